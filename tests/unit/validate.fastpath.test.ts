/**
 * The validator reads a file with JSON.parse and works out positions only when it has something
 * to report (src/model/jsonFast.ts). These tests hold it to the results of reading every file
 * with the position-keeping parser first (`positionsFirst`), on real, synthetic, fixture,
 * hostile and mutated files, and check that a file without issues is never parsed twice; and
 * the validator's other shortcuts against the rules they stand for.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { countKeys, fastDocument } from '../../src/model/jsonFast.ts';
import { MAX_DEPTH, PARSE_LIMITS, parseJson } from '../../src/model/jsonPositions.ts';
import { Id, isWellFormedId } from '../../src/model/schema.ts';
import { synthesizeDataset } from '../../src/model/synthetic.ts';
import type { Issue, ValidateOptions, ValidationResult } from '../../src/model/validate.ts';
import { CASES } from '../hostile/generate.ts';

const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/model/jsonPositions.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/model/jsonPositions.ts')>();
  return {
    ...actual,
    parseJson: (...args: Parameters<typeof actual.parseJson>) => {
      parses.count++;
      return actual.parseJson(...args);
    },
  };
});
beforeEach(() => {
  parses.count = 0;
});
// The setup file has loaded the validator already: load it again, reading the counting parser.
vi.resetModules();
const { validateDataset } = await import('../../src/model/validate.ts');

interface Run {
  result: ValidationResult;
  issues: Issue[];
  progress: number[];
}

function run(text: string, options: ValidateOptions = {}): Run {
  const issues: Issue[] = [];
  const progress: number[] = [];
  const result = validateDataset(text, 'file.json', {
    ...options,
    onIssue: (issue) => issues.push(issue),
    onProgress: (fraction) => progress.push(fraction),
  });
  return { result, issues, progress };
}

/** Validates both ways and expects the same results; returns the fast way's. */
function same(text: string): Run {
  const fast = run(text);
  const slow = run(text, { positionsFirst: true });
  expect(fast.result).toStrictEqual(slow.result);
  // The same keys in the same order, in the dataset too.
  expect(JSON.stringify(fast.result)).toBe(JSON.stringify(slow.result));
  expect(fast.issues).toStrictEqual(slow.issues);
  for (const { progress } of [fast, slow]) {
    expect(progress).toStrictEqual([...progress].sort((a, b) => a - b));
    for (const p of progress) expect(p >= 0 && p <= 1).toBe(true);
  }
  return fast;
}

const read = (file: string): string => readFileSync(file, 'utf8');
const small = read('tests/fixtures/small.json');

describe('validation read with JSON.parse first', () => {
  it('gives the same results for the real dataset (warnings only)', () => {
    const { result } = same(read('data/wikimedia.json'));
    expect(result.warnings.length).toBeGreaterThan(0);
    expect(result.dataset).toBeDefined();
  });

  it.each(readdirSync('tests/fixtures').filter((f) => f.endsWith('.json')))(
    'gives the same results for tests/fixtures/%s',
    (file) => {
      same(read(`tests/fixtures/${file}`));
    },
  );

  it.each([1, 7, 20_261_125])(
    'gives the same results for a synthetic dataset (seed %i)',
    (seed) => {
      const text = JSON.stringify(synthesizeDataset(500, seed));
      const { result } = same(text);
      expect(result.dataset).toBeDefined();
      expect(result.errors).toEqual([]);
    },
  );

  // The large cases take seconds each; the limits they try are tried below on smaller files.
  const hostile = CASES.map((c) => [c.name, c.build()] as const).filter(
    ([, content]) => content.length < 1_000_000,
  );
  it.each(hostile)('gives the same results for the hostile case %s', (_, content) => {
    same(typeof content === 'string' ? content : new TextDecoder().decode(content));
  });

  const data = JSON.parse(small) as { organizations: Record<string, unknown>[] };
  const withOrg = (extra: string): string =>
    small.replace('"organizations": [\n    {', `"organizations": [\n    {${extra}`);
  it.each([
    ['a byte order mark', `\uFEFF${small}`],
    ['two byte order marks', `\uFEFF\uFEFF${small}`],
    ['a byte order mark and an error', `\uFEFF${withOrg('"colour": 1,')}`],
    ['CRLF line ends and an error', withOrg('\r\n"colour": 1,').replaceAll('\n', '\r\n')],
    ['lone CR line ends and an error', withOrg('"colour": 1,').replaceAll('\n', '\r')],
    ['an escaped quote before an error', withOrg('"x\\"y\\\\": "a\\"b", "colour": 1,')],
    ['a repeated key in a record', withOrg('"kind": "chapter",')],
    ['a repeated key at the root', small.replace('{', '{"title": "a", "title": "b",')],
    ['a repeated key in names', withOrg('"names": {"es": "a", "es": "b"},')],
    ['__proto__ and constructor keys', withOrg('"__proto__": {"x": 1}, "constructor": 1,')],
    ['__proto__ at the root', small.replace('{', '{"__proto__": [], "constructor": {},')],
    ['integer-like keys in a record', withOrg('"1": 1, "0": 2,')],
    ['integer-like keys at the root', small.replace('{', '{"2": 1, "10": 1, "0": 1,')],
    ['names keys: bad, recased and integer-like', withOrg('"names": {"PT-br": "a", "1": "b"},')],
    [
      'a meetup place without a country',
      small.replace(
        '"city": "Buenos Aires",\n        "country": "AR",\n        "lat": -34.6,\n        "lon": -58.38,\n        "precision": "city"\n      },\n      "organizers"',
        '"city": "Buenos Aires",\n        "lat": -34.6,\n        "lon": -58.38,\n        "precision": "city"\n      },\n      "organizers"',
      ),
    ],
    ['collections in another order', JSON.stringify({ sources: [], ...data })],
    ['a syntax error', withOrg('"colour": 1')],
    ['an empty file', ''],
    ['only spaces', ' \n\t '],
    ['an array', '[]'],
    ['a number', '1'],
    ['null', 'null'],
    ['an empty object', '{}'],
    ['nesting at the limit', `{"organizations":[${'['.repeat(255)}${']'.repeat(255)}]}`],
    ['nesting over the limit', `{"organizations":[${'['.repeat(256)}${']'.repeat(256)}]}`],
    ['a string with brackets', withOrg(`"x": "${'['.repeat(300)}{:,",`)],
    ['items at the limit', `{"x":[${'0,'.repeat(PARSE_LIMITS.arrayItems - 1)}0]}`],
    ['items over the limit', `{"x":[${'0,'.repeat(PARSE_LIMITS.arrayItems)}0]}`],
    ['records over the limit', `{"sources":[${'{},'.repeat(PARSE_LIMITS.arrayItems)}{}]}`],
    ['more errors than are kept', withOrg(`"programs": [${Array(1500).fill(1).join()}],`)],
    ['many repeated keys', `{"title":"x",${'"title":"x",'.repeat(2000)}"sources":[]}`],
    [
      'keys at the limit',
      `{${Array.from({ length: PARSE_LIMITS.objectKeys }, (_, i) => `"k${i}":0`).join()}}`,
    ],
    [
      'keys over the limit',
      `{${Array.from({ length: PARSE_LIMITS.objectKeys + 1 }, (_, i) => `"k${i}":0`).join()}}`,
    ],
    ['a comment', `/* x */${small}`],
    ['a trailing comma', `${small.trimEnd().slice(0, -1)},}`],
  ])('gives the same results for %s', (_, text) => {
    same(text);
  });

  it('gives the same results for mutated copies of a dataset (property)', () => {
    const snippets = [',', '}', ']', '"', ':', '\\', '{', '[', '"1": 0,', '"id": "x",', '\r'];
    const mutation = fc.record({
      at: fc.nat(small.length),
      length: fc.nat(40),
      snippet: fc.constantFrom(...snippets),
      kind: fc.constantFrom('insert', 'delete', 'repeat'),
    });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        let text = small;
        for (const m of mutations) {
          const at = m.at % (text.length + 1);
          if (m.kind === 'insert') text = text.slice(0, at) + m.snippet + text.slice(at);
          else if (m.kind === 'delete') text = text.slice(0, at) + text.slice(at + m.length);
          else text = text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at);
        }
        same(text);
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('reads a file without issues once, and one with issues twice', () => {
    const clean = run(JSON.stringify(synthesizeDataset(100, 3)));
    expect(clean.result.dataset).toBeDefined();
    expect(parses.count).toBe(0);
    expect(clean.progress.at(-1)).toBe(1);
    // Local names, the dataset's meta block, every collection, pretty-printed.
    const real = JSON.parse(read('data/wikimedia.json')) as { meta: unknown };
    const fixture = JSON.parse(small) as typeof data & { meta?: unknown };
    for (const o of fixture.organizations) o.wikidata ??= 'Q1';
    fixture.meta = real.meta;
    const named = run(JSON.stringify(fixture, null, 2));
    expect([named.result.errors, named.result.warnings]).toEqual([[], []]);
    expect(parses.count).toBe(0);
    run(read('data/wikimedia.json'));
    expect(parses.count).toBe(1);
    run(withOrg('"colour": 1,'));
    expect(parses.count).toBe(2);
  });

  it('stops over budget when the positions are built', () => {
    // Enough values for parseJson to look at the time (every 16,384 values) before the end.
    const dataset = synthesizeDataset(2000, 1) as unknown as { organizations: object[] };
    dataset.organizations[0] = { colour: 1, ...dataset.organizations[0] };
    const fast = run(JSON.stringify(dataset), { budgetMs: -1 });
    expect(fast.result.stopped?.key).toBe('validate-over-budget');
    expect(fast.result.errors.map((e) => [e.line, e.column, e.path])).toEqual([[1, 1, '']]);
  });
});

describe('fastDocument', () => {
  const positions = (text: string) => () => parseJson(text);

  it('counts keys outside strings, and refuses what parseJson would refuse for a limit', () => {
    expect(countKeys('{"a:": {"b": "\\":"}, "c\\\\": [1, {"d": 2}]}', 0)).toBe(4);
    expect(countKeys(`${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}`, 0)).toBe(0);
    expect(countKeys(`${'['.repeat(MAX_DEPTH + 1)}`, 0)).toBeUndefined();
    expect(countKeys(`[${'0,'.repeat(PARSE_LIMITS.arrayItems)}0]`, 0)).toBeUndefined();
    expect(countKeys('{"a": "not closed}', 0)).toBeUndefined();
    expect(countKeys(']', 0)).toBeUndefined();
  });

  it('leaves repeated keys, limits and syntax errors to parseJson', () => {
    const doc = (text: string) => fastDocument(text, positions(text));
    expect(doc('{"a": 1, "b": {"a": 2}}')).toBeDefined();
    expect(doc('\uFEFF{"a": 1}')?.value).toEqual({ a: 1 });
    expect(doc('{"a": 1, "b": {"c": 2, "c": 3}}')).toBeUndefined();
    expect(doc('{"__proto__": 1, "__proto__": 2}')).toBeUndefined();
    expect(doc('\uFEFF\uFEFF{}')).toBeUndefined();
    expect(doc('{"a": 1,}')).toBeUndefined();
    expect(doc(`${'['.repeat(MAX_DEPTH + 1)}${']'.repeat(MAX_DEPTH + 1)}`)).toBeUndefined();
  });

  it('finds values and positions as parseJson does, building positions once', () => {
    const text = '{\n  "a": [10, {"b": 1, "__proto__": 2, "1": 3}],\n  "c": {}\n}';
    let built = 0;
    const doc = fastDocument(text, () => {
      built++;
      return parseJson(text);
    })!;
    const slow = parseJson(text);
    const paths = [
      [],
      ['a'],
      ['a', 0],
      ['a', 1, 'b'],
      ['a', 1, '__proto__'],
      ['a', 1, '1'],
      ['a', 1, 1],
      ['a', '0'],
      ['a', 2],
      ['a', -1],
      ['a', 0.5],
      ['c', 'x'],
      ['c', 'toString'],
      ['a', 'length'],
      ['missing'],
    ];
    for (const path of paths) expect(doc.lookup(path)).toStrictEqual(slow.lookup(path));
    expect(built).toBe(0);
    for (const path of paths) {
      expect(doc.valueOffset(path)).toBe(slow.valueOffset(path));
      expect(doc.keyOffset(path)).toBe(slow.keyOffset(path));
    }
    expect(doc.position(20)).toEqual(slow.position(20));
    expect(built).toBe(1);
  });
});

describe('isWellFormedId', () => {
  it('agrees with the Id schema', () => {
    const id = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom('a', 'z', '0', '9', '-', 'A', '_', ' '), maxLength: 90 }),
    );
    fc.assert(
      fc.property(id, (s) => {
        expect(isWellFormedId(s)).toBe(Id.safeParse(s).success);
      }),
      { numRuns: 2000 },
    );
    for (const s of ['', 'a', 'a-b', '-a', 'a-', 'a--b', 'x'.repeat(80), 'x'.repeat(81)])
      expect(isWellFormedId(s)).toBe(Id.safeParse(s).success);
  });
});
