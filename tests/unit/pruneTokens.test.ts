import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { namedProperties, pruneTokens } from '../../src/styles/pruneTokens.ts';

describe('pruneTokens', () => {
  it('keeps the named tokens and those their values read, in order, and drops the rest', () => {
    const css = ':root{--a:1px;--b:calc(var(--a) * 2);--c:red;--d:var(--c, blue)}';
    expect(pruneTokens(css, new Set(['--b']))).toBe(':root{--a:1px;--b:calc(var(--a) * 2);}');
    expect(pruneTokens(css, new Set(['--d', '--unknown']))).toBe(
      ':root{--c:red;--d:var(--c, blue)}',
    );
    expect(pruneTokens(':root {\n  --a: 1px;\n  --b: 2px;\n}', new Set(['--b']))).toBe(
      ':root {\n  \n  --b: 2px;\n}',
    );
  });

  it('finds names in var() and in quoted strings, not in command-line flags', () => {
    const names = namedProperties(
      "a { color: var(--color-base, #000); margin: var( --spacing-50) } css.getPropertyValue('--map-land'); run('--help x')",
    );
    expect([...names].sort()).toEqual(['--color-base', '--map-land', '--spacing-50']);
  });

  it('leaves every token the sources read declared, with what it reads', () => {
    const require = createRequire(import.meta.url);
    const codex = readFileSync(
      require.resolve('@wikimedia/codex-design-tokens/theme-wikimedia-ui.css'),
      'utf8',
    );
    const src = fileURLToPath(new URL('../../src/', import.meta.url));
    const named = new Set<string>();
    for (const file of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
      if (/\.(svelte|css|ts)$/.test(file)) {
        for (const n of namedProperties(readFileSync(src + file, 'utf8'))) named.add(n);
      }
    }
    const pruned = pruneTokens(codex, named);
    const declared = (css: string) =>
      new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]));
    const all = declared(codex);
    const kept = declared(pruned);
    expect(kept.size).toBeLessThan(all.size / 4);
    for (const name of named) if (all.has(name)) expect(kept.has(name), name).toBe(true);
    for (const m of pruned.matchAll(/var\(\s*(--[\w-]+)/g)) expect(kept.has(m[1]), m[1]).toBe(true);
  });
});
