/**
 * After `npm run build`: the `<movement-atlas>` element's size beside the app's own first-load
 * JavaScript (the scripts index.html loads and preloads, and the two workers it starts), both
 * gzipped. The element carries more (the built-in dataset, its styles, inlined workers); it must
 * stay within 20% of the app's. Bytes are deterministic, so this check fails the build.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const LIMIT = 1.2;

const gz = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/<(?:script|link)[^>]*(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)]
  .map((m) => m[1]!)
  .filter((path, i, all) => all.indexOf(path) === i);
const workers = readdirSync(join(DIST, 'assets'))
  .filter((f) => /^(layout|validate)\.worker-.*\.js$/.test(f))
  .map((f) => `assets/${f}`);

const rows = [...scripts, ...workers].map((path) => ({ path, bytes: gz(join(DIST, path)) }));
const app = rows.reduce((sum, r) => sum + r.bytes, 0);
const element = gz(join(DIST, 'embed', 'movement-atlas.js'));
const ratio = element / app;

console.log('App first-load JavaScript (gzip):');
for (const r of rows) console.log(`  ${r.path.padEnd(48)} ${kb(r.bytes).padStart(10)}`);
console.log(`  ${'total'.padEnd(48)} ${kb(app).padStart(10)}`);
console.log(
  `<movement-atlas> dist/embed/movement-atlas.js (gzip): ${kb(element)}, ${(ratio * 100).toFixed(0)}% of the app's (limit ${LIMIT * 100}%)`,
);
if (ratio > LIMIT) {
  console.error(
    `The element is more than ${Math.round((LIMIT - 1) * 100)}% larger than the app's first-load JavaScript.`,
  );
  process.exit(1);
}
