/**
 * The fast way to read a dataset file: `JSON.parse`, with the positions of values and keys
 * (jsonPositions.ts) worked out only when a problem is to be reported. A file without problems
 * never needs a position, and the native parser is about ten times faster than the
 * position-keeping one (2 MB: 9 ms against 60-100 ms in Node) and leaves far less garbage.
 *
 * It gives the same document as `parseJson`, or none: the text is first scanned once (strings
 * jumped over) to count its keys and check `parseJson`'s limits, and the file is left to
 * `parseJson` whenever it breaks a limit, is not JSON, or repeats a key (the parsed value then
 * has fewer keys than the text), since reporting those needs positions anyway. Key order needs
 * no care: both parsers create properties the same way, in file order but for integer-like keys.
 */
import {
  MAX_DEPTH,
  PARSE_LIMITS,
  type JsonDocument,
  type JsonPathSegment,
} from './jsonPositions.ts';

const OBJECT = 1;
const ARRAY = 2;

/**
 * The number of keys in a JSON text (a ':' outside strings separates a key from its value),
 * or undefined when `parseJson` would refuse the text for nesting deeper than MAX_DEPTH or for
 * more items, keys or containers than PARSE_LIMITS allow (or when the text is clearly broken).
 */
export function countKeys(text: string, begin: number): number | undefined {
  const kinds = new Uint8Array(MAX_DEPTH + 1);
  // Commas directly inside each open container: one fewer than its items or keys.
  const commas = new Int32Array(MAX_DEPTH + 1);
  const maxCommas = [0, PARSE_LIMITS.objectKeys, PARSE_LIMITS.arrayItems];
  let depth = 0;
  let containers = 0;
  let keys = 0;
  for (let i = begin; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // To the closing quote: the first one not escaped by an odd number of backslashes.
      for (;;) {
        const close = text.indexOf('"', i + 1);
        if (close < 0) return undefined;
        let k = close - 1;
        while (text.charCodeAt(k) === 92) k--;
        i = close;
        if ((close - 1 - k) % 2 === 0) break;
      }
    } else if (c === 58) keys++;
    else if (c === 44) {
      if (++commas[depth]! >= maxCommas[kinds[depth]!]!) return undefined;
    } else if (c === 123 || c === 91) {
      if (++depth > MAX_DEPTH || ++containers > PARSE_LIMITS.containers) return undefined;
      kinds[depth] = c === 123 ? OBJECT : ARRAY;
      commas[depth] = 0;
    } else if (c === 125 || c === 93) {
      if (--depth < 0) return undefined;
    }
  }
  return keys;
}

/**
 * The keys of every object in a parsed value (nesting is bounded by the scan). `for...in` lists
 * an object's own keys here (JSON.parse's objects inherit no enumerable key) without making an
 * array of them: a quarter of the time of `Object.keys`, cold, at 5,000 organizations.
 */
function keysIn(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let n = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item !== null && typeof item === 'object') n += keysIn(item);
    }
    return n;
  }
  const object = value as Record<string, unknown>;
  for (const key in object) {
    n++;
    const item = object[key];
    if (item !== null && typeof item === 'object') n += keysIn(item);
  }
  return n;
}

/**
 * The value at a path, found as `parseJson`'s documents find it: a number steps into an array,
 * a string into an object's own property, and nothing else is found.
 */
function lookup(
  root: unknown,
  path: readonly JsonPathSegment[],
): { found: true; value: unknown } | { found: false } {
  let current = root;
  for (const seg of path) {
    if (Array.isArray(current)) {
      if (typeof seg !== 'number' || !Number.isInteger(seg) || seg < 0 || seg >= current.length)
        return { found: false };
    } else if (current === null || typeof current !== 'object') return { found: false };
    else if (typeof seg !== 'string' || !Object.hasOwn(current, seg)) return { found: false };
    current = (current as Record<string | number, unknown>)[seg];
  }
  return { found: true, value: current };
}

/**
 * The document of a JSON text read with `JSON.parse`, or undefined when the text must be read
 * by `parseJson` (see the header). `positions` builds the `parseJson` document when a position
 * is first asked for; the document is kept for the next ones.
 */
export function fastDocument(
  text: string,
  positions: () => JsonDocument,
): JsonDocument | undefined {
  const begin = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const keys = countKeys(text, begin);
  if (keys === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(begin === 0 ? text : text.slice(begin));
  } catch {
    return undefined;
  }
  if (keysIn(value) !== keys) return undefined;
  let built: JsonDocument | undefined;
  const doc = (): JsonDocument => (built ??= positions());
  return {
    text,
    value,
    syntaxError: undefined,
    duplicateKeys: [],
    duplicateKeyCount: 0,
    lookup: (path) => lookup(value, path),
    valueOffset: (path) => doc().valueOffset(path),
    keyOffset: (path) => doc().keyOffset(path),
    position: (offset) => doc().position(offset),
  };
}
