/** The built-in Wikimedia dataset, served beside the app (its URL, as Vite emits it). */
import url from '../data/wikimedia.json?url';
import type { DataSource } from './embed/options.ts';

/** Validated by the build (vite.config.ts `checkBuiltInData`): the page only parses it. */
export const BUILT_IN_DATA: DataSource = { url, label: 'data/wikimedia.json', checked: true };
