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
 *
 * It is several times slower than `JSON.parse` and leaves much more garbage: the validator reads
 * a file with `JSON.parse` first and builds this document only when it needs a position, to
 * place an issue or to explain why a file is not JSON or repeats a key (jsonFast.ts).
 */

import { msg, type Message } from './message.ts';
import { quote } from './text.ts';

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
  /** Reads after the path: `expected "," or "}", found ...` (`validate-json-*` messages). */
  message: Message;
  /** The file goes beyond a limit (size, nesting, time): not a syntax error as such. */
  limit?: boolean;
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
  /** The first MAX_DUPLICATE_KEYS repeated keys; `duplicateKeyCount` counts them all. */
  readonly duplicateKeys: readonly DuplicateKey[];
  readonly duplicateKeyCount: number;
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

/**
 * Bounds checked while parsing, so that memory and time stay proportional to what a dataset
 * can hold: a collection has at most 50,000 records (LIMITS.records in schema.ts), no list or
 * object of the format comes near these, and a 20 MB file of `{}` is refused at its 50,001st.
 */
export const PARSE_LIMITS = {
  arrayItems: 50_000,
  objectKeys: 10_000,
  containers: 1_000_000,
} as const;
/** Repeated keys kept for reporting; the rest are only counted. */
export const MAX_DUPLICATE_KEYS = 1000;

export interface ParseOptions {
  /** Called every few thousand values with the offset reached; returning false stops parsing. */
  onProgress?: (offset: number) => boolean | void;
  /** What a stop by `onProgress` is reported as. */
  stopMessage?: Message;
}

/**
 * Where the keys and values of a non-empty object start (empty ones need no record). Arrays,
 * not Maps: a Map per object cost about 460 bytes for each `{}` of a file.
 */
interface ObjectInfo {
  keys: string[];
  /** Offsets of key i and of its value: [key0, value0, key1, value1, ...]. */
  offsets: number[];
  /** Built on the first lookup in a large object. */
  index?: Map<string, number>;
}
/** Where the items of a non-empty array start. */
type ArrayInfo = number[];

class SyntaxFailure {
  constructor(
    readonly offset: number,
    readonly message: Message,
    readonly limit = false,
  ) {}
}

/** Index of a key in an object's record (keys are unique there), or -1. */
function keyIndex(info: ObjectInfo, key: string): number {
  if (info.keys.length <= 16) return info.keys.indexOf(key);
  if (!info.index) {
    info.index = new Map();
    info.keys.forEach((k, i) => info.index!.set(k, i));
  }
  return info.index.get(key) ?? -1;
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
export function describeChar(text: string, offset: number): string | Message {
  if (offset >= text.length) return msg('validate-json-end-of-file');
  const code = text.codePointAt(offset) ?? 0;
  const shown = String.fromCodePoint(code);
  if (
    code < 0x20 ||
    (code >= 0x7f && code <= 0xa0) ||
    code > 0xffff ||
    (code !== 0x20 && /\p{C}|\p{Z}/u.test(shown))
  ) {
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return JSON.stringify(shown);
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
export function parseJson(text: string, options: ParseOptions = {}): JsonDocument {
  const source = typeof text === 'string' ? text : '';
  const begin = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const starts = lineStarts(source, begin);
  const objects = new WeakMap<object, ObjectInfo | ArrayInfo>();
  const duplicateKeys: DuplicateKey[] = [];
  let duplicateKeyCount = 0;
  const path: JsonPathSegment[] = [];
  let i = begin;
  let depth = 0;
  let containers = 0;
  let values = 0;
  const { onProgress } = options;

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
  const at = (offset: number): [number, number] => {
    const p = position(offset);
    return [p.line, p.column];
  };

  function fail(offset: number, message: Message, limit = false): never {
    throw new SyntaxFailure(offset, message, limit);
  }

  function skipSpace(): void {
    for (;;) {
      const c = source.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else if (c === 47 && (source[i + 1] === '/' || source[i + 1] === '*')) {
        fail(i, msg('validate-json-comment'));
      } else return;
    }
  }

  function unexpected(expected: Message): never {
    if (i >= source.length) fail(i, msg('validate-json-ends-expecting', expected));
    fail(i, msg('validate-json-expected', expected, describeChar(source, i)));
  }

  function parseString(): string {
    const open = i;
    i++;
    let out = '';
    let chunk = i;
    for (;;) {
      if (i >= source.length) fail(open, msg('validate-json-string-not-closed'));
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
            fail(i, msg('validate-json-invalid-escape', quote(source.slice(i, i + 6))));
          }
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else if (e !== undefined && Object.hasOwn(ESCAPES, e)) {
          out += ESCAPES[e];
          i += 2;
        } else if (e === undefined) {
          fail(open, msg('validate-json-string-not-closed'));
        } else {
          fail(i, msg('validate-json-invalid-escape', quote(source.slice(i, i + 2))));
        }
        chunk = i;
        continue;
      }
      if (c < 0x20) {
        if (c === 10 || c === 13) {
          fail(open, msg('validate-json-string-not-closed-line'));
        }
        if (c === 9) fail(i, msg('validate-json-tab'));
        fail(i, msg('validate-json-control', describeChar(source, i)));
      }
      i++;
    }
  }

  function parseNumber(): number {
    const sign = source.charCodeAt(i);
    const after = sign === 45 || sign === 43 ? source.charCodeAt(i + 1) : 0;
    if (after === 73 || after === 78) {
      // -Infinity, +NaN: JSON has neither; say so rather than "invalid number".
      const word = /^[-+](?:Infinity|NaN)/.exec(source.slice(i, i + 9))?.[0];
      if (word) fail(i, msg('validate-json-not-number', word));
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(source);
    NUMBER_LIKE.lastIndex = i;
    const like = NUMBER_LIKE.exec(source)?.[0] ?? source[i] ?? '';
    if (!m || m[0].length !== like.length) {
      const shown = JSON.stringify(like.slice(0, 40));
      if (/^-?0\d/.test(like)) fail(i, msg('validate-json-leading-zero', shown));
      fail(i, msg('validate-json-invalid-number', shown));
    }
    i += m[0].length;
    return Number(m[0]);
  }

  function parseWord(): boolean | null {
    WORD.lastIndex = i;
    const word = WORD.exec(source)?.[0];
    if (word === 'Infinity' || word === 'NaN') {
      fail(i, msg('validate-json-not-number', word));
    }
    if (word === 'true' || word === 'false' || word === 'null') {
      i += word.length;
      return word === 'true' ? true : word === 'false' ? false : null;
    }
    if (word !== undefined) {
      fail(i, msg('validate-json-bare-word', JSON.stringify(word.slice(0, 40))));
    }
    return unexpected(msg('validate-json-a-value'));
  }

  function parseValue(): unknown {
    if ((++values & 0x3fff) === 0 && onProgress && onProgress(i) === false) {
      fail(i, options.stopMessage ?? msg('validate-json-stopped'), true);
    }
    skipSpace();
    const c = source.charCodeAt(i);
    if (c === 123) return parseObject();
    if (c === 91) return parseArray();
    if (c === 34) return parseString();
    if (c === 45 || c === 43 || c === 46 || (c >= 48 && c <= 57)) return parseNumber();
    if (c === 39) fail(i, msg('validate-json-single-quotes'));
    if (c === 93 || c === 125) unexpected(msg('validate-json-a-value'));
    return parseWord();
  }

  function enter(open: number): void {
    depth++;
    if (depth > MAX_DEPTH) {
      // The path would be hundreds of steps long: keep its first two, and say how deep.
      path.length = Math.min(path.length, 2);
      fail(open, msg('validate-json-too-deep', MAX_DEPTH), true);
    }
    if (++containers > PARSE_LIMITS.containers) {
      path.length = Math.min(path.length, 2);
      fail(open, msg('validate-json-too-many-containers', PARSE_LIMITS.containers), true);
    }
  }

  function parseObject(): Record<string, unknown> {
    const start = i;
    enter(start);
    i++;
    const result: Record<string, unknown> = {};
    const info: ObjectInfo = { keys: [], offsets: [] };
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
        if (c === 125 && info.keys.length > 0) {
          const comma = source.lastIndexOf(',', i);
          fail(comma, msg('validate-json-trailing-comma-object'));
        }
        if (c === 39) fail(i, msg('validate-json-key-single-quotes'));
        WORD.lastIndex = i;
        if (WORD.test(source)) fail(i, msg('validate-json-key-unquoted'));
        if (i >= source.length) fail(i, msg('validate-json-object-not-closed', ...at(start)));
        unexpected(msg('validate-json-a-key'));
      }
      const keyOffset = i;
      const key = parseString();
      skipSpace();
      if (source.charCodeAt(i) !== 58)
        unexpected(msg('validate-json-colon-after', JSON.stringify(key.slice(0, 40))));
      i++;
      path.push(key);
      skipSpace();
      const valueOffset = i;
      const value = parseValue();
      path.pop();
      if (Object.hasOwn(result, key)) {
        // The last value wins, as with JSON.parse; the key is placed at its first occurrence.
        const k = keyIndex(info, key);
        duplicateKeyCount++;
        if (duplicateKeys.length < MAX_DUPLICATE_KEYS) {
          const first = info.offsets[k * 2] ?? keyOffset;
          duplicateKeys.push({ path: [...path, key], offset: keyOffset, firstOffset: first });
        }
        info.offsets[k * 2 + 1] = valueOffset;
      } else {
        if (info.keys.length >= PARSE_LIMITS.objectKeys) {
          const key =
            path.length === 0 ? 'validate-json-too-many-keys-root' : 'validate-json-too-many-keys';
          fail(keyOffset, msg(key, PARSE_LIMITS.objectKeys), true);
        }
        if (info.keys.length === 0) objects.set(result, info);
        info.index?.set(key, info.keys.length);
        info.keys.push(key);
        info.offsets.push(keyOffset, valueOffset);
      }
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
      if (i >= source.length) fail(i, msg('validate-json-object-not-closed', ...at(start)));
      if (isValueStart(next))
        fail(i, msg('validate-json-comma-missing-object', describeChar(source, i)));
      unexpected(msg('validate-json-comma-or-brace'));
    }
  }

  function parseArray(): unknown[] {
    const start = i;
    enter(start);
    i++;
    const result: unknown[] = [];
    const info: ArrayInfo = [];
    skipSpace();
    if (source.charCodeAt(i) === 93) {
      i++;
      depth--;
      return result;
    }
    for (;;) {
      skipSpace();
      if (source.charCodeAt(i) === 93 && result.length > 0) {
        fail(source.lastIndexOf(',', i), msg('validate-json-trailing-comma-array'));
      }
      if (i >= source.length) fail(i, msg('validate-json-array-not-closed', ...at(start)));
      if (result.length >= PARSE_LIMITS.arrayItems) {
        const key =
          path.length === 1 ? 'validate-json-too-many-records' : 'validate-json-too-many-items';
        fail(i, msg(key, PARSE_LIMITS.arrayItems), true);
      }
      if (result.length === 0) objects.set(result, info);
      path.push(result.length);
      info.push(i);
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
      if (i >= source.length) fail(i, msg('validate-json-array-not-closed', ...at(start)));
      if (isValueStart(next))
        fail(i, msg('validate-json-comma-missing-array', describeChar(source, i)));
      unexpected(msg('validate-json-comma-or-bracket'));
    }
  }

  let value: unknown;
  let syntaxError: JsonSyntaxError | undefined;
  let rootOffset = begin;
  try {
    if (begin === 1 && source.charCodeAt(1) === 0xfeff) {
      fail(1, msg('validate-json-second-bom'));
    }
    skipSpace();
    rootOffset = i;
    if (i >= source.length) fail(begin, msg('validate-json-empty'));
    value = parseValue();
    skipSpace();
    if (i < source.length) {
      fail(i, msg('validate-json-after-end', describeChar(source, i)));
    }
  } catch (e) {
    value = undefined;
    if (e instanceof SyntaxFailure) {
      syntaxError = { offset: Math.max(begin, e.offset), path: [...path], message: e.message };
      if (e.limit) syntaxError.limit = true;
    } else {
      // A RangeError from an exhausted stack or memory: report it, never let it escape.
      syntaxError = {
        offset: i,
        path: [...path],
        message: msg('validate-json-cannot-read', String(e)),
      };
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
      if (Array.isArray(info) && typeof seg === 'number') next = info[seg];
      else if (info && !Array.isArray(info) && typeof seg === 'string') {
        const k = keyIndex(info, seg);
        next = k < 0 ? undefined : info.offsets[k * 2 + 1];
      }
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
    duplicateKeyCount,
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
      if (!info || Array.isArray(info) || typeof key !== 'string') return undefined;
      const k = keyIndex(info, key);
      return k < 0 ? undefined : info.offsets[k * 2];
    },
    position,
  };
}
