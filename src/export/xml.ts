/**
 * Escaping for XML 1.0 text and attribute values (GEXF, SVG). Data is never markup: `<`, `&`,
 * quotes and `>` are escaped, and characters XML 1.0 cannot carry at all (C0 controls other than
 * tab, LF and CR, lone surrogates, U+FFFE and U+FFFF) are replaced by U+FFFD, so a file with
 * odd text still parses. The validator already refuses such characters in a dataset's text;
 * this is the second lock. Pure.
 */

const NOT_XML =
  // eslint-disable-next-line no-control-regex -- these are the characters to find
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlEscape(text: string): string {
  return text
    .replace(NOT_XML, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Numbers as XML attributes: finite, at most 2 decimals, never `-0`. */
export function xmlNumber(n: number, digits = 2): string {
  if (!Number.isFinite(n)) return '0';
  const f = 10 ** digits;
  const r = Math.round(n * f) / f;
  return String(r === 0 ? 0 : r);
}
