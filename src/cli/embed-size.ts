/**
 * After `npm run build`: the `<movement-atlas>` element's size beside the app's own JavaScript
 * (the scripts index.html loads and preloads, the two workers, and every chunk they import, at
 * once or when needed), both gzipped; the fine world outlines, which the element leaves out,
 * are not counted. The element carries more (the built-in dataset, its styles, inlined workers);
 * it must stay within 20% of the app's. Bytes are deterministic, so this check fails the build.
 * (The app's first load alone is checked by first-load-size.ts.)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const LIMIT = 1.2;

const gz = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const scripts: string[] = [];
/** A script and every chunk it imports (`import ... from "./x.js"`, `import("./x.js")`). */
const add = (path: string): void => {
  if (scripts.includes(path) || path.includes('countries-50m')) return;
  scripts.push(path);
  const code = readFileSync(join(DIST, path), 'utf8');
  for (const m of code.matchAll(
    /\bimport\s*(?:\(\s*|[\w*{}\s,$]+\s*from\s*)?["'`]\.\/([^"'`]+\.js)["'`]/g,
  )) {
    add(`assets/${m[1]!}`);
  }
};
for (const m of html.matchAll(/<(?:script|link)[^>]*(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)) {
  add(m[1]!);
}
// The workers, and the chunks they import (the validation worker loads its validator).
for (const f of readdirSync(join(DIST, 'assets'))) {
  if (/^(layout|validate)\.worker-.*\.js$/.test(f)) add(`assets/${f}`);
}

const rows = scripts.map((path) => ({ path, bytes: gz(join(DIST, path)) }));
const app = rows.reduce((sum, r) => sum + r.bytes, 0);
const element = gz(join(DIST, 'embed', 'movement-atlas.js'));
const ratio = element / app;

console.log('App JavaScript, all chunks but the fine world outlines (gzip):');
for (const r of rows) console.log(`  ${r.path.padEnd(48)} ${kb(r.bytes).padStart(10)}`);
console.log(`  ${'total'.padEnd(48)} ${kb(app).padStart(10)}`);
console.log(
  `<movement-atlas> dist/embed/movement-atlas.js (gzip): ${kb(element)}, ${(ratio * 100).toFixed(0)}% of the app's (limit ${LIMIT * 100}%)`,
);
if (ratio > LIMIT) {
  console.error(
    `The element is more than ${Math.round((LIMIT - 1) * 100)}% larger than the app's JavaScript.`,
  );
  process.exit(1);
}
