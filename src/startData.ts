/**
 * Imported first by main.ts, so that it runs before the rest of the app is evaluated: asks for
 * the page's dataset at once (see state/earlyData.ts).
 */
import { BUILT_IN_DATA } from './builtInData.ts';
import { startEarly } from './state/earlyData.ts';
import { startValidateWorker } from './state/validateWorker.ts';

startEarly(window.location, BUILT_IN_DATA, startValidateWorker);
