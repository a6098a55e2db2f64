/**
 * The design tokens the app uses: Codex defines some 380 custom properties on `:root`; the app
 * reads a few dozen. The build (vite.config.ts `pruneDesignTokens`) keeps the declarations of
 * the tokens the sources name (`var(--name)` in a style, `'--name'` read by a script) and of
 * the tokens their values read, and drops the rest. Pure: strings in, strings out.
 */

/** Custom properties a source file names: in `var(--name)` and as quoted strings. */
export function namedProperties(source: string): Set<string> {
  const names = new Set<string>();
  for (const m of source.matchAll(/var\(\s*(--[\w-]+)|["'`](--[\w-]+)["'`]/g)) {
    names.add((m[1] ?? m[2])!);
  }
  return names;
}

/** A `--name: value` declaration, up to its `;` or the end of its rule. */
const DECLARATION = /(--[\w-]+)\s*:([^;{}]*)(;|(?=\}))/g;

/**
 * The token stylesheet with only the declarations of `named` tokens and of the tokens their
 * values read (`--size-absolute-1` in `--max-width-breakpoint-mobile`), in their order.
 */
export function pruneTokens(css: string, named: ReadonlySet<string>): string {
  const values = new Map<string, string>();
  for (const m of css.matchAll(DECLARATION)) values.set(m[1]!, m[2]!);
  const kept = new Set([...named].filter((n) => values.has(n)));
  const queue = [...kept];
  while (queue.length) {
    for (const m of (values.get(queue.pop()!) ?? '').matchAll(/var\(\s*(--[\w-]+)/g)) {
      if (values.has(m[1]!) && !kept.has(m[1]!)) {
        kept.add(m[1]!);
        queue.push(m[1]!);
      }
    }
  }
  return css.replace(DECLARATION, (whole, name: string) => (kept.has(name) ? whole : ''));
}
