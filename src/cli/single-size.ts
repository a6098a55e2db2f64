/**
 * After `npm run build:single`: the size of dist-single/movement-atlas.html (the whole app, its
 * dataset and tours, basemap, workers and styles in one file), raw and gzipped. It must stay
 * under 2 MB raw, the size a venue's USB stick or an e-mail attachment takes without thought.
 * Bytes are deterministic, so this check fails the build.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const FILE = 'dist-single/movement-atlas.html';
const LIMIT = 2 * 1024 * 1024;

const bytes = readFileSync(FILE);
const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(2)} MB`;
const gzip = gzipSync(bytes, { level: 9 }).length;
console.log(`${FILE}: ${mb(bytes.length)} (${mb(gzip)} gzip), limit ${mb(LIMIT)}`);
if (bytes.length > LIMIT) {
  console.error(`${FILE} is larger than ${mb(LIMIT)}.`);
  process.exit(1);
}
