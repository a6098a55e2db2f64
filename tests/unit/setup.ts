import '@testing-library/jest-dom/vitest';
import { provideTextValidator } from '../../src/state/dataset.svelte.ts';
import { validateDataset } from '../../src/model/validate.ts';

// The page validates in a worker; tests load text in place (AtlasState.loadText).
provideTextValidator(validateDataset);
