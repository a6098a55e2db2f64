/** The built-in Wikimedia dataset, served beside the app (its URL, as Vite emits it). */
import url from '../data/wikimedia.json?url';
import type { DataSource } from './embed/options.ts';

export const BUILT_IN_DATA: DataSource = { url, label: 'data/wikimedia.json' };
