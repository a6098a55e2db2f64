/**
 * A strict JSON parser (RFC 8259) that remembers where every value and every key starts, so
 * that an error found later at a JSON path (`organizations[3].website`) can be reported at its
 * line and column. Pure TypeScript: it runs in the CLI and in the browser alike.
 *
 * It accepts exactly what `JSON.parse` accepts (tested against it), plus a leading byte order
 * mark, and builds the same values. On top of that it records duplicate keys (the last one wins,
 * as with `JSON.parse`) so that the validator can refuse them. At the first syntax error it
 * stops: what follows a broken token cannot be trusted, and cascades of errors only hide the
 * real one. It never throws.
 */

/** One step of a JSON path: a property name or an array index. */
export type JsonPathSegment = string | number;

/** Line and column, both 1-based; columns count UTF-16 code units, as editors do. */
export interface LineColumn {
  line: number;
  column: number;
}

export interface JsonSyntaxError {
  /** Offset in the text where the problem is. */
  offset: number;
  /** Path of the value being read when the error was met. */
  path: JsonPathSegment[];
  message: string;
}

export interface DuplicateKey {
  /** Path of the property, ending with the repeated key. */
  path: JsonPathSegment[];
  /** Offset of the repeated key (the later one). */
  offset: number;
  /** Offset of the first occurrence of the key in the same object. */
  firstOffset: number;
}

export interface JsonDocument {
  readonly text: string;
  /** The parsed value; `undefined` when there is a syntax error. */
  readonly value: unknown;
  readonly syntaxError: JsonSyntaxError | undefined;
  readonly duplicateKeys: readonly DuplicateKey[];
  /** The value at a path, if every step of the path exists. */
  lookup(path: readonly JsonPathSegment[]): { found: true; value: unknown } | { found: false };
  /** Offset of the value at a path, or of the deepest existing ancestor. */
  valueOffset(path: readonly JsonPathSegment[]): number;
  /** Offset of the key of the last step of a path, if that property exists. */
  keyOffset(path: readonly JsonPathSegment[]): number | undefined;
  /** Line and column of an offset. */
  position(offset: number): LineColumn;
}

/** Deeper than this is not a dataset: refuse it rather than risk the call stack. */
export const MAX_DEPTH = 256;

interface ObjectInfo {
  start: number;
  keys: Map<string, number>;
  values: Map<string, number>;
}
interface ArrayInfo {
  start: number;
  items: number[];
}

class SyntaxFailure {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const NUMBER_LIKE = /[-+0-9.eE]+/y;
const WORD = /[A-Za-z_$][A-Za-z0-9_$]*/y;
const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** Offsets at which lines start; a line ends at \n, \r\n or a lone \r. */
function lineStarts(text: string, first: number): number[] {
  const starts = [first];
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** How a character found in the text is named in a message. */
export function describeChar(text: string, offset: number): string {
  if (offset >= text.length) return 'the end of the file';
  const code = text.codePointAt(offset) ?? 0;
  if (code < 0x20 || (code >= 0x7f && code <= 0xa0) || code === 0xfeff || code > 0xffff) {
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return JSON.stringify(String.fromCodePoint(code));
}

function isValueStart(c: number): boolean {
  // " { [ - digits t f n
  return (
    c === 34 ||
    c === 123 ||
    c === 91 ||
    c === 45 ||
    (c >= 48 && c <= 57) ||
    c === 116 ||
    c === 102 ||
    c === 110
  );
}

/** Parses JSON text, recording the position of every value and key. Never throws. */
export function parseJson(text: string): JsonDocument {
  const source = typeof text === 'string' ? text : '';
  const begin = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const starts = lineStarts(source, begin);
  const objects = new WeakMap<object, ObjectInfo | ArrayInfo>();
  const duplicateKeys: DuplicateKey[] = [];
  const path: JsonPathSegment[] = [];
  let i = begin;
  let depth = 0;

  function position(offset: number): LineColumn {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = starts[lo] ?? 0;
    return { line: lo + 1, column: Math.max(0, offset - lineStart) + 1 };
  }
  const at = (offset: number): string => {
    const p = position(offset);
    return `${p.line}:${p.column}`;
  };

  function fail(offset: number, message: string): never {
    throw new SyntaxFailure(offset, message);
  }

  function skipSpace(): void {
    for (;;) {
      const c = source.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else if (c === 47 && (source[i + 1] === '/' || source[i + 1] === '*')) {
        fail(i, 'comments are not allowed in JSON');
      } else return;
    }
  }

  function unexpected(expected: string): never {
    if (i >= source.length) fail(i, `the file ends where ${expected} was expected`);
    fail(i, `expected ${expected}, found ${describeChar(source, i)}`);
  }

  function parseString(): string {
    const open = i;
    i++;
    let out = '';
    let chunk = i;
    for (;;) {
      if (i >= source.length) fail(open, 'this string is not closed (missing closing quote)');
      const c = source.charCodeAt(i);
      if (c === 34) {
        out += source.slice(chunk, i);
        i++;
        return out;
      }
      if (c === 92) {
        out += source.slice(chunk, i);
        const e = source[i + 1];
        if (e === 'u') {
          const hex = source.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
            fail(i, `invalid escape ${JSON.stringify(source.slice(i, i + 6))} in a string`);
          }
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else if (e !== undefined && Object.hasOwn(ESCAPES, e)) {
          out += ESCAPES[e];
          i += 2;
        } else if (e === undefined) {
          fail(open, 'this string is not closed (missing closing quote)');
        } else {
          fail(i, `invalid escape ${JSON.stringify('\\' + e)} in a string`);
        }
        chunk = i;
        continue;
      }
      if (c < 0x20) {
        if (c === 10 || c === 13) {
          fail(
            open,
            'this string is not closed before the end of the line (missing closing quote?)',
          );
        }
        if (c === 9) fail(i, 'a tab inside a string must be written \\t');
        fail(i, `control character ${describeChar(source, i)} inside a string must be escaped`);
      }
      i++;
    }
  }

  function parseNumber(): number {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(source);
    NUMBER_LIKE.lastIndex = i;
    const like = NUMBER_LIKE.exec(source)?.[0] ?? source[i] ?? '';
    if (!m || m[0].length !== like.length) {
      const shown = JSON.stringify(like.slice(0, 40));
      if (/^-?0\d/.test(like)) fail(i, `invalid number ${shown}: numbers cannot start with 0`);
      fail(i, `invalid number ${shown}`);
    }
    i += m[0].length;
    return Number(m[0]);
  }

  function parseWord(): boolean | null {
    WORD.lastIndex = i;
    const word = WORD.exec(source)?.[0];
    if (word === 'true' || word === 'false' || word === 'null') {
      i += word.length;
      return word === 'true' ? true : word === 'false' ? false : null;
    }
    if (word !== undefined) {
      fail(
        i,
        `${JSON.stringify(word.slice(0, 40))} is not a JSON value (strings need double quotes)`,
      );
    }
    return unexpected('a value');
  }

  function parseValue(): unknown {
    skipSpace();
    const c = source.charCodeAt(i);
    if (c === 123) return parseObject();
    if (c === 91) return parseArray();
    if (c === 34) return parseString();
    if (c === 45 || c === 43 || c === 46 || (c >= 48 && c <= 57)) return parseNumber();
    if (c === 39) fail(i, 'strings must use double quotes, not single quotes');
    if (c === 93 || c === 125) unexpected('a value');
    return parseWord();
  }

  function enter(open: number): void {
    depth++;
    if (depth > MAX_DEPTH) fail(open, `nesting is deeper than ${MAX_DEPTH} levels`);
  }

  function parseObject(): Record<string, unknown> {
    const start = i;
    enter(start);
    i++;
    const result: Record<string, unknown> = {};
    const info: ObjectInfo = { start, keys: new Map(), values: new Map() };
    objects.set(result, info);
    skipSpace();
    if (source.charCodeAt(i) === 125) {
      i++;
      depth--;
      return result;
    }
    for (;;) {
      skipSpace();
      const c = source.charCodeAt(i);
      if (c !== 34) {
        if (c === 125 && info.keys.size > 0) {
          const comma = source.lastIndexOf(',', i);
          fail(comma, 'a trailing comma before "}" is not allowed in JSON');
        }
        if (c === 39) fail(i, 'property names must use double quotes, not single quotes');
        WORD.lastIndex = i;
        if (WORD.test(source)) fail(i, 'property names must be in double quotes');
        if (i >= source.length)
          fail(i, `the file ends before the object opened at ${at(start)} is closed`);
        unexpected('a property name in double quotes');
      }
      const keyOffset = i;
      const key = parseString();
      skipSpace();
      if (source.charCodeAt(i) !== 58)
        unexpected(`":" after the property name ${JSON.stringify(key.slice(0, 40))}`);
      i++;
      path.push(key);
      skipSpace();
      const valueOffset = i;
      const value = parseValue();
      path.pop();
      const first = info.keys.get(key);
      if (first !== undefined)
        duplicateKeys.push({ path: [...path, key], offset: keyOffset, firstOffset: first });
      else info.keys.set(key, keyOffset);
      info.values.set(key, valueOffset);
      if (key === '__proto__') {
        // As with JSON.parse, a "__proto__" key is a plain property, never the prototype.
        Object.defineProperty(result, key, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      } else result[key] = value;
      skipSpace();
      const next = source.charCodeAt(i);
      if (next === 44) {
        i++;
        continue;
      }
      if (next === 125) {
        i++;
        depth--;
        return result;
      }
      if (i >= source.length)
        fail(i, `the file ends before the object opened at ${at(start)} is closed`);
      if (isValueStart(next))
        fail(i, `expected "," or "}", found ${describeChar(source, i)} (is a comma missing?)`);
      unexpected('"," or "}"');
    }
  }

  function parseArray(): unknown[] {
    const start = i;
    enter(start);
    i++;
    const result: unknown[] = [];
    const info: ArrayInfo = { start, items: [] };
    objects.set(result, info);
    skipSpace();
    if (source.charCodeAt(i) === 93) {
      i++;
      depth--;
      return result;
    }
    for (;;) {
      skipSpace();
      if (source.charCodeAt(i) === 93 && result.length > 0) {
        fail(source.lastIndexOf(',', i), 'a trailing comma before "]" is not allowed in JSON');
      }
      if (i >= source.length)
        fail(i, `the file ends before the array opened at ${at(start)} is closed`);
      path.push(result.length);
      info.items.push(i);
      result.push(parseValue());
      path.pop();
      skipSpace();
      const next = source.charCodeAt(i);
      if (next === 44) {
        i++;
        continue;
      }
      if (next === 93) {
        i++;
        depth--;
        return result;
      }
      if (i >= source.length)
        fail(i, `the file ends before the array opened at ${at(start)} is closed`);
      if (isValueStart(next))
        fail(i, `expected "," or "]", found ${describeChar(source, i)} (is a comma missing?)`);
      unexpected('"," or "]"');
    }
  }

  let value: unknown;
  let syntaxError: JsonSyntaxError | undefined;
  let rootOffset = begin;
  try {
    skipSpace();
    rootOffset = i;
    if (i >= source.length) fail(begin, 'the file is empty: expected a JSON object');
    value = parseValue();
    skipSpace();
    if (i < source.length) {
      fail(i, `unexpected ${describeChar(source, i)} after the end of the JSON data`);
    }
  } catch (e) {
    value = undefined;
    if (e instanceof SyntaxFailure) {
      syntaxError = { offset: Math.max(begin, e.offset), path: [...path], message: e.message };
    } else {
      // A RangeError from an exhausted stack or memory: report it, never let it escape.
      syntaxError = { offset: i, path: [...path], message: `cannot be read: ${String(e)}` };
    }
  }

  function walk(p: readonly JsonPathSegment[]): {
    value: unknown;
    offset: number;
    depth: number;
    found: boolean;
  } {
    let current: unknown = value;
    let offset = rootOffset;
    for (let d = 0; d < p.length; d++) {
      const seg = p[d];
      const info =
        current !== null && typeof current === 'object' ? objects.get(current) : undefined;
      let next: number | undefined;
      if (info && 'items' in info && typeof seg === 'number') next = info.items[seg];
      else if (info && 'keys' in info && typeof seg === 'string') next = info.values.get(seg);
      if (next === undefined) return { value: current, offset, depth: d, found: false };
      offset = next;
      current = (current as Record<string | number, unknown>)[seg as string | number];
    }
    return { value: current, offset, depth: p.length, found: syntaxError === undefined };
  }

  return {
    text: source,
    value,
    syntaxError,
    duplicateKeys,
    lookup(p) {
      const w = walk(p);
      return w.found ? { found: true, value: w.value } : { found: false };
    },
    valueOffset(p) {
      return walk(p).offset;
    },
    keyOffset(p) {
      if (p.length === 0) return undefined;
      const parent = walk(p.slice(0, -1));
      const key = p[p.length - 1];
      if (!parent.found || parent.value === null || typeof parent.value !== 'object')
        return undefined;
      const info = objects.get(parent.value);
      return info && 'keys' in info && typeof key === 'string' ? info.keys.get(key) : undefined;
    },
    position,
  };
}
