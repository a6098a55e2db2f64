/**
 * A stylesheet without the selectors that name classes a page never uses: those of the
 * `families` (`leaflet-popup` is `.leaflet-popup`, `.leaflet-popup-tip`, ...; a `-pane` class,
 * which Leaflet always creates, is kept). Each rule loses those selectors, and goes when none
 * is left; comments go; rules inside at-rules (`@media print { ... }`) stay as they are. For
 * Leaflet's stylesheet (vite.config.ts `leafletWithoutUnused`). Pure.
 */
export function dropSelectors(css: string, families: readonly string[]): string {
  const unused = (selector: string) =>
    [...selector.matchAll(/\.([\w-]+)/g)].some(
      ([, c = '']) =>
        !c.endsWith('-pane') && families.some((f) => c === f || c.startsWith(`${f}-`)),
    );
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let out = '';
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('{', at);
    if (open < 0) {
      out += text.slice(at);
      break;
    }
    const prelude = text.slice(at, open);
    // The block's end, counting nested braces (at-rules hold rules).
    let depth = 0;
    let end = open;
    for (; end < text.length; end++) {
      if (text[end] === '{') depth++;
      else if (text[end] === '}' && --depth === 0) break;
    }
    const block = text.slice(open, end + 1);
    if (prelude.trim().startsWith('@')) {
      out += prelude + block;
    } else {
      const selectors = prelude
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s && !unused(s));
      if (selectors.length) out += `\n${selectors.join(',\n')} ${block}`;
    }
    at = end + 1;
  }
  return out;
}
