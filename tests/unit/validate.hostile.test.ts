/**
 * Hostile input: the text rules, safe quoting in messages, the small cases of the hostile corpus
 * (tests/hostile/generate.ts; the large ones run in `npm run bench:hostile`), fast-check
 * properties over mutated copies of the real dataset, and the app's time budget.
 */
import { english } from '../../src/i18n/english.ts';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runValidate } from '../../src/cli/validate.ts';
import { decodeDataset } from '../../src/model/decode.ts';
import {
  displayText,
  escapeText,
  firstForbidden,
  isolate,
  mixedScriptWord,
  quote,
  SAFE_TEXT,
  VISIBLE_TEXT,
} from '../../src/model/text.ts';
import {
  formatIssue,
  formatPath,
  MAX_ISSUES,
  validateDataset,
  type ValidationResult,
} from '../../src/model/validate.ts';
import { DatasetState } from '../../src/state/dataset.svelte.ts';
import { CASES } from '../hostile/generate.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-hostile-'));
  made.push(dir);
  return dir;
}

/** The lines `npm run validate` prints for a result (errors, then warnings). */
function lines(result: ValidationResult): string[] {
  return [
    ...result.errors.map(formatIssue),
    ...result.warnings.map((w) => `warning: ${formatIssue(w)}`),
  ];
}

describe('text rules', () => {
  it.each([
    ['Wikimedia España', true],
    ['ويكيميديا', true],
    ['維基媒體 😀', true],
    ['a\u200Fb', true],
    ['Wikimedia \u202Eanitnegra', false],
    ['x\u2066y', false],
    ['x\u0000', false],
    ['x\u001B[31m', false],
    ['x\u0085', false],
    ['x\u2028y', false],
    ['x\uD800', false],
    ['\uDC00x', false],
  ])('SAFE_TEXT on %j is %s, with or without the u flag', (text, ok) => {
    expect(SAFE_TEXT.test(text)).toBe(ok);
    expect(new RegExp(SAFE_TEXT.source, 'u').test(text)).toBe(ok);
  });

  it.each([
    ['a', true],
    ['\u00A0a', true],
    ['😀', true],
    ['\u200B\u200C\u200D\u2060\uFEFF', false],
    ['\u00AD\u034F\u3164', false],
    [' \t', false],
    ['\u{E0041}\u{E0042}', false],
  ])('VISIBLE_TEXT on %j is %s', (text, ok) => {
    expect(VISIBLE_TEXT.test(text)).toBe(ok);
  });

  it('names the first refused character', () => {
    expect(firstForbidden('ok 😀')).toBeUndefined();
    expect(firstForbidden('ab\u202Ecd')?.index).toBe(2);
    const why = (text: string): string => english(firstForbidden(text)!.why);
    expect(why('ab\u202Ecd')).toBe('U+202E (a bidirectional control)');
    expect(why('a\uD800')).toBe('a lone surrogate (U+D800)');
    expect(why('a\u2029')).toBe('U+2029 (a paragraph separator)');
  });

  it('finds words mixing look-alike scripts, not names in one script per word', () => {
    expect(mixedScriptWord('Wikimedia Argentina')).toBeUndefined();
    expect(mixedScriptWord('Викимедиа Россия')).toBeUndefined();
    expect(mixedScriptWord('Wikimedia Россия')).toBeUndefined();
    expect(mixedScriptWord('Wikimediа')).toEqual({
      word: 'Wikimediа',
      scripts: ['Latin', 'Cyrillic'],
    });
    expect(mixedScriptWord('Ελλάδα wikipedia')).toBeUndefined();
  });

  it('escapes controls, bidirectional and invisible characters in messages, on one line', () => {
    expect(escapeText('a\u202Eb\u2028c\u0085d\u200Be\uD800')).toBe(
      'a\\u202eb\\u2028c\\u0085d\\u200be\\ud800',
    );
    expect(quote('x"\n')).toBe('"x\\"\\n"');
    expect(quote('x'.repeat(70))).toBe(`"${'x'.repeat(60)}…"`);
    expect(quote('😀'.repeat(40), 61)).toBe(`"${'😀'.repeat(30)}…"`);
  });

  it('quotes path segments that are not identifiers, without spaces', () => {
    expect(formatPath(['organizations', 0, 'names', 'x 3:4 y'])).toBe(
      'organizations[0].names["x\\u00203:4\\u0020y"]',
    );
    expect(formatPath(['a\u202Eb'])).toBe('["a\\u202eb"]');
  });

  it('cleans text for canvas labels and isolates names in sentences', () => {
    expect(displayText('Wiki\u202Emedia\u0000 "x"')).toBe('Wikimedia "x"');
    expect(isolate('ويكي\u202E')).toBe('\u2068ويكي\u2069');
  });
});

describe('the hostile corpus (small cases, in process)', () => {
  const small = CASES.map((c) => ({ c, content: c.build() })).filter(
    ({ content }) => content.length < 200_000,
  );
  it.each(small.map(({ c, content }) => [c.name, c, content] as const))(
    '%s',
    (name, c, content) => {
      const file = `tests/hostile/out/${name}.json`;
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
      const decoded = decodeDataset(bytes);
      const out = decoded.ok
        ? lines(validateDataset(decoded.text, file))
        : [`${file}:${decoded.line}:${decoded.column} ${english(decoded.message)}`];
      const errors = out.filter((l) => !l.startsWith('warning: '));
      expect(errors.length > 0 ? 1 : 0).toBe(c.exit);
      expect(
        out.some((l) => c.line.test(l)),
        out.join('\n'),
      ).toBe(true);
      for (const line of out) {
        expect(line).not.toMatch(
          // eslint-disable-next-line no-control-regex -- no control character may reach a line
          /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/,
        );
        // `<file>:<line>:<column> <path> <message>` splits at the first space after the position.
        expect(line).toMatch(/^(?:warning: )?[^ ]+:\d+:\d+ /);
      }
    },
  );
});

describe('mutated copies of the real dataset (properties)', () => {
  const real = readFileSync('data/wikimedia.json', 'utf8');
  const hostileSnippets = [
    '"\\u202e"',
    '"\\u0000"',
    '"\\ud800"',
    '"\\u200b"',
    '-Infinity',
    '1e400',
    '"https://u:p@x.org/"',
    '[[[[[[[[',
    '{"__proto__": 1}',
    '"a\\u2028b"',
    '\uFEFF',
    ',',
    '}',
  ];
  const mutation = fc.oneof(
    // A hostile snippet inserted anywhere in the text.
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(real.length),
      snippet: fc.constantFrom(...hostileSnippets),
    }),
    // A string value replaced by a hostile one: still valid JSON.
    fc.record({
      kind: fc.constant('replace' as const),
      at: fc.nat(real.length),
      snippet: fc.constantFrom(...hostileSnippets.filter((s) => s.startsWith('"'))),
    }),
  );
  function apply(
    text: string,
    m: { kind: 'insert' | 'replace'; at: number; snippet: string },
  ): string {
    const at = m.at % (text.length + 1);
    if (m.kind === 'insert') return text.slice(0, at) + m.snippet + text.slice(at);
    const start = text.indexOf(': "', at);
    if (start < 0) return text;
    const end = text.indexOf('"', start + 3);
    return text.slice(0, start + 2) + m.snippet + text.slice(end + 1);
  }

  it('never throws, prints at most 1,000 problems and one more line, exits 1 exactly on errors', () => {
    const dir = tempDir();
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const text = mutations.reduce(apply, real);
        const file = join(dir, 'mutated.json');
        writeFileSync(file, text);
        const out: string[] = [];
        const err: string[] = [];
        const code = runValidate([file], { out: (l) => out.push(l), err: (l) => err.push(l) });
        expect(out.length).toBeLessThanOrEqual(MAX_ISSUES + 1);
        expect(out.join('\n')).not.toMatch(/failed unexpectedly/);
        const errors = out.filter((l) => !l.startsWith('warning: ') && !l.startsWith('ok: '));
        if (code === 1) {
          expect(errors.length).toBeGreaterThan(0);
          expect(err).toEqual([expect.stringMatching(/^validation failed: /)]);
        } else {
          expect(code).toBe(0);
          expect(errors).toEqual([]);
          expect(out[out.length - 1]).toMatch(/^ok: /);
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('keeps at most 1,000 errors and counts the rest', () => {
    const data = JSON.parse(real) as { organizations: Record<string, unknown>[] };
    for (const org of data.organizations) org.programs = Array(20).fill(1);
    const result = validateDataset(JSON.stringify(data), 'many.json');
    expect(result.errors).toHaveLength(MAX_ISSUES);
    expect(result.errorCount).toBe(data.organizations.length * 20);
  });
});

describe('DatasetState', () => {
  it('refuses a file that takes longer than its time budget', async () => {
    const hostile = CASES.find((c) => c.name === 'unknown-references')!.build() as string;
    const state = new DatasetState({ createWorker: null, budgetMs: 0 });
    const fetcher = (async () => new Response(hostile)) as unknown as typeof fetch;
    await state.load('./hostile.json', 'hostile.json', fetcher);
    expect(state.status).toBe('invalid');
    expect(state.timedOut).toBe(0);
    expect(state.errors.at(-1)?.message).toMatch(/^validation took more than 0 seconds/);
  });

  it('reads bytes strictly: UTF-16 and a second byte order mark are refused', async () => {
    const state = new DatasetState({ createWorker: null });
    const utf16 = CASES.find((c) => c.name === 'utf16le-no-bom')!.build() as Uint8Array;
    await state.load(
      './x.json',
      'x.json',
      (async () =>
        new Response(new Blob([utf16 as Uint8Array<ArrayBuffer>]))) as unknown as typeof fetch,
    );
    expect(state.errors.map((e) => e.message)).toEqual([
      'the file is UTF-16 (little-endian), not UTF-8: save it as UTF-8',
    ]);
    const boms = CASES.find((c) => c.name === 'two-boms')!.build() as string;
    await state.load(
      './y.json',
      'y.json',
      (async () => new Response(boms)) as unknown as typeof fetch,
    );
    expect(state.errors[0]?.message).toMatch(/a second byte order mark/);
  });
});
