import fc from 'fast-check';
import { english } from '../../src/i18n/english.ts';
import { describe, expect, it } from 'vitest';
import { parseJson, type JsonPathSegment } from '../../src/model/jsonPositions.ts';

/** What JSON.parse makes of a text, with the byte order mark that files may carry removed. */
function reference(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch {
    return { ok: false };
  }
}

/** Every path of a JSON value, containers included, with the value there. */
function paths(value: unknown, prefix: JsonPathSegment[] = []): [JsonPathSegment[], unknown][] {
  const out: [JsonPathSegment[], unknown][] = [[prefix, value]];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  }
  return out;
}

function naivePosition(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** Texts near JSON: valid documents with one character inserted, deleted or replaced. */
const nearJson = fc
  .tuple(
    fc.json(),
    fc.nat(),
    fc.constantFrom('', ',', '}', ']', '"', '\\', ' ', '\n', '0', '-', 'e', '\u0001', '/', "'"),
    fc.boolean(),
  )
  .map(([text, at, insert, remove]) => {
    const i = text.length === 0 ? 0 : at % text.length;
    return text.slice(0, i) + insert + text.slice(remove ? i + 1 : i);
  });

describe('parseJson', () => {
  it('accepts exactly what JSON.parse accepts, and builds the same value', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.json(), nearJson, fc.string(), fc.string({ unit: 'binary' })),
        (text) => {
          const doc = parseJson(text);
          const expected = reference(text);
          expect(doc.syntaxError === undefined).toBe(expected.ok);
          if (expected.ok) expect(doc.value).toEqual(expected.value);
        },
      ),
      { numRuns: 500 },
    );
  }, 60_000);

  it('knows where every value and key starts', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2, '\t'), (input, indent) => {
        const text = JSON.stringify(input, null, indent);
        const doc = parseJson(text);
        for (const [path, value] of paths(doc.value)) {
          const offset = doc.valueOffset(path);
          if (Array.isArray(value)) expect(text[offset]).toBe('[');
          else if (value !== null && typeof value === 'object') expect(text[offset]).toBe('{');
          else expect(text.startsWith(JSON.stringify(value), offset)).toBe(true);
          const last = path[path.length - 1];
          if (typeof last === 'string') {
            expect(text.startsWith(JSON.stringify(last), doc.keyOffset(path)!)).toBe(true);
          }
          expect(doc.position(offset)).toEqual(naivePosition(text, offset));
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('gives syntax errors positions inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(nearJson, fc.string()), (text) => {
        const { syntaxError } = parseJson(text);
        if (syntaxError) {
          expect(syntaxError.offset).toBeGreaterThanOrEqual(0);
          expect(syntaxError.offset).toBeLessThanOrEqual(text.length);
          expect(english(syntaxError.message)).not.toContain('\n');
        }
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it.each([
    ['{"a": 1,}', 7, 'a trailing comma before "}" is not allowed in JSON'],
    ['[1, 2,]', 5, 'a trailing comma before "]" is not allowed in JSON'],
    ['{"a" 1}', 5, 'expected ":" after the property name "a", found "1"'],
    ['{"a": 1 "b": 2}', 8, 'expected "," or "}", found "\\"" (is a comma missing?)'],
    ['[1 2]', 3, 'expected "," or "]", found "2" (is a comma missing?)'],
    ['{"a": [1, 2}', 11, 'expected "," or "]", found "}"'],
    ['{"a": tru}', 6, '"tru" is not a JSON value (strings need double quotes)'],
    ['{"a": undefined}', 6, '"undefined" is not a JSON value (strings need double quotes)'],
    ['{"a": .5}', 6, 'invalid number ".5"'],
    ['{"a": 1.}', 6, 'invalid number "1."'],
    ['{"a": +1}', 6, 'invalid number "+1"'],
    ['{"a": "x\ty"}', 8, 'a tab inside a string must be written \\t'],
    ['{"a": "x\u0001"}', 8, 'control character U+0001 inside a string must be escaped'],
    ['{"a": "\\u12G4"}', 7, 'invalid escape "\\\\u12G4" in a string'],
    ['{"a": "x', 6, 'this string is not closed (missing closing quote)'],
    ['{"a": 1', 7, 'the file ends before the object opened at 1:1 is closed'],
    ['{"a": ', 6, 'the file ends where a value was expected'],
    ['{/* c */}', 1, 'comments are not allowed in JSON'],
    ["{'a': 1}", 1, 'property names must use double quotes, not single quotes'],
    ['{"a": 1}}', 8, 'unexpected "}" after the end of the JSON data'],
    ['\u00a0{}', 0, 'expected a value, found U+00A0'],
  ])('explains %j', (text, offset, message) => {
    const { syntaxError } = parseJson(text);
    expect(syntaxError?.offset).toBe(offset);
    expect(english(syntaxError!.message)).toBe(message);
  });

  it('records duplicate keys, keeping the last value like JSON.parse', () => {
    const text = '{"a": {"b": 1, "b": 2}}';
    const doc = parseJson(text);
    expect(doc.value).toEqual({ a: { b: 2 } });
    expect(doc.duplicateKeys).toEqual([{ path: ['a', 'b'], offset: 15, firstOffset: 7 }]);
    expect(doc.valueOffset(['a', 'b'])).toBe(20);
  });

  it('skips a byte order mark and counts lines ending in \\n, \\r\\n or \\r', () => {
    const doc = parseJson('\uFEFF{\r\n"a":\r[1,\n2]}');
    expect(doc.value).toEqual({ a: [1, 2] });
    expect(doc.position(doc.valueOffset([]))).toEqual({ line: 1, column: 1 });
    expect(doc.position(doc.valueOffset(['a']))).toEqual({ line: 3, column: 1 });
    expect(doc.position(doc.valueOffset(['a', 1]))).toEqual({ line: 4, column: 1 });
  });

  it('falls back to the nearest existing ancestor for paths that do not exist', () => {
    const doc = parseJson('{"a": [10, {"b": 1}]}');
    expect(doc.valueOffset(['a', 1, 'missing'])).toBe(11);
    expect(doc.valueOffset(['a', 7])).toBe(6);
    expect(doc.keyOffset(['a', 1, 'missing'])).toBeUndefined();
    expect(doc.lookup(['a', 1, 'b'])).toEqual({ found: true, value: 1 });
    expect(doc.lookup(['a', 2])).toEqual({ found: false });
  });

  it('refuses nesting deeper than its limit instead of overflowing the stack', () => {
    const { syntaxError } = parseJson(`${'['.repeat(300)}${']'.repeat(300)}`);
    expect(syntaxError).toMatchObject({ offset: 256, path: [0, 0], limit: true });
    expect(english(syntaxError!.message)).toBe(
      'nests arrays and objects more than 256 levels deep',
    );
    expect(parseJson(`${'['.repeat(256)}${']'.repeat(256)}`).syntaxError).toBeUndefined();
  });
});
