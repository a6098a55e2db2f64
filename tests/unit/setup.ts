import '@testing-library/jest-dom/vitest';
import { provideTextValidator } from '../../src/state/dataset.svelte.ts';
import { validateDataset } from '../../src/model/validate.ts';

// The page validates in a worker; tests load text in place (AtlasState.loadText).
provideTextValidator(validateDataset);

// The page fetches a UI language's messages when it is chosen; tests have them all at hand.
import { loadMessages } from '../../src/i18n/catalog.ts';
import { UI_LANGUAGES } from '../../src/i18n/languages.ts';

await Promise.all(UI_LANGUAGES.map(loadMessages));
