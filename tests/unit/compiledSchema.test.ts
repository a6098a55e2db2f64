/**
 * The schema compiled at build time (src/model/compileSchema.ts, `virtual:compiled-schema`)
 * against zod, which it stands in for in the validation worker: on every value it takes, it
 * gives what zod's parse gives; on JSON it takes every value zod takes (but a `__proto__` key,
 * left to zod); and whole files validated through it (validateCompiled.ts, falling back to zod)
 * give the results of validate.ts, on real, synthetic, fixture, hostile and mutated files.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as compiled from 'virtual:compiled-schema';
import { z, type ZodType } from 'zod';
import { compileSchemas } from '../../src/model/compileSchema.ts';
import { decodeDataset } from '../../src/model/decode.ts';
import {
  COLLECTIONS,
  DatasetShell,
  HttpUrl,
  RECORD_SCHEMAS,
  type Collection,
} from '../../src/model/schema.ts';
import { synthesizeDataset } from '../../src/model/synthetic.ts';
import {
  overBudgetMessage,
  validateDataset,
  type ValidationResult,
} from '../../src/model/validate.ts';
import { validateCompiled } from '../../src/model/validateCompiled.ts';
import { validateBytes } from '../../src/model/validateProtocol.ts';
import { CASES } from '../hostile/generate.ts';

const read = (file: string): string => readFileSync(file, 'utf8');
const real = read('data/wikimedia.json');
const realData = JSON.parse(real) as Record<Collection, unknown[]>;
/** The real dataset's own fields, with one record of each collection: the shell's sample. */
const shellSample = {
  ...realData,
  ...Object.fromEntries(COLLECTIONS.map((c) => [c, realData[c].slice(0, 1)])),
};

const PAIRS: readonly (readonly [string, ZodType, (value: unknown) => unknown])[] = [
  ['shell', DatasetShell, compiled.shell],
  ...COLLECTIONS.map((c) => [c, RECORD_SCHEMAS[c], compiled[c]] as const),
];

/** Holds the compiled schema to zod on one value; `json`: the value came from JSON text. */
function agree(schema: ZodType, parse: (value: unknown) => unknown, value: unknown): boolean {
  const mine = parse(value);
  const theirs = schema.safeParse(value);
  if (mine !== compiled.FAIL) {
    expect(theirs.success).toBe(true);
    expect(mine).toStrictEqual(theirs.data);
    // The same keys in the same order.
    expect(JSON.stringify(mine)).toBe(JSON.stringify(theirs.data));
  } else if (theirs.success) {
    // Stricter than zod only where zod drops a key silently.
    expect(JSON.stringify(value)).toContain('"__proto__"');
  }
  return mine !== compiled.FAIL;
}

describe('the compiled schema', () => {
  it('takes every record of the real dataset and of synthetic ones, as zod parses them', () => {
    const files = [realData, ...[1, 20_261_125].map((seed) => synthesizeDataset(300, seed))];
    for (const data of files) {
      expect(agree(DatasetShell, compiled.shell, data)).toBe(true);
      for (const c of COLLECTIONS) {
        for (const record of (data as Record<Collection, unknown[]>)[c]) {
          expect(agree(RECORD_SCHEMAS[c], compiled[c], record)).toBe(true);
        }
      }
    }
  });

  /** Every place in a value: object fields and array items, with the value itself. */
  function places(value: unknown, path: (string | number)[] = []): (string | number)[][] {
    const out = [path];
    if (Array.isArray(value)) value.forEach((v, i) => out.push(...places(v, [...path, i])));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) out.push(...places(v, [...path, k]));
    return out;
  }

  const AWKWARD: readonly unknown[] = [
    '',
    ' ',
    '  padded  ',
    'a\u202eb',
    '\u200b',
    'a\u0000',
    '\ud800',
    'javascript:alert(1)',
    'https://user:pw@example.org/',
    'https://example.org/a b',
    'https://example.org/',
    'http://',
    'http://[::1',
    'https://%zz/',
    'x'.repeat(3000),
    'es',
    'ES',
    'chapter',
    'wikimedia-argentina',
    'Q42',
    '2017-13-40',
    '2017',
    -0,
    1.5,
    -91,
    2 ** 60,
    1990,
    0,
    null,
    true,
    [],
    {},
    ['a', 'b'],
    { en: 'Name' },
    { en: ' Name ' },
    { x: 1 },
    { '1': 'a', '0': 'b' },
  ];
  const awkward = fc.constantFrom(...AWKWARD);

  it.each(PAIRS)(
    'with each awkward value at each place of %s values, gives what zod gives',
    (name, schema, parse) => {
      const samples: unknown[] =
        name === 'shell' ? [shellSample] : realData[name as Collection].slice(0, 5);
      let answered = 0;
      for (const sample of samples) {
        for (const path of places(sample)) {
          if (path.length === 0) continue;
          for (const replacement of AWKWARD) {
            const value = structuredClone(sample);
            const parent = path
              .slice(0, -1)
              .reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value);
            (parent as Record<string | number, unknown>)[path[path.length - 1]!] =
              structuredClone(replacement);
            if (agree(schema, parse, value)) answered++;
          }
        }
      }
      expect(answered).toBeGreaterThan(0);
    },
  );

  it.each(PAIRS)(
    'on mutated %s values, gives what zod gives whenever it answers, and answers as often',
    (name, schema, parse) => {
      const samples: unknown[] =
        name === 'shell' ? [shellSample] : realData[name as Collection].slice(0, 40);
      fc.assert(
        fc.property(
          fc.nat(samples.length - 1),
          fc.array(
            fc.record({
              at: fc.nat(),
              op: fc.constantFrom('set', 'delete', 'add', 'proto'),
              key: fc.constantFrom('id', 'name', 'colour', 'names', 'lat', 'x'),
              value: fc.oneof(awkward, fc.jsonValue({ maxDepth: 2 })),
            }),
            { minLength: 1, maxLength: 3 },
          ),
          (which, mutations) => {
            const value = structuredClone(samples[which]) as Record<string, unknown>;
            for (const m of mutations) {
              const all = places(value);
              const path = all[m.at % all.length]!;
              const parent = path
                .slice(0, -1)
                .reduce<unknown>(
                  (v, k) => (v as Record<string | number, unknown>)[k],
                  value,
                ) as Record<string | number, unknown>;
              const target = path.reduce<unknown>(
                (v, k) => (v as Record<string | number, unknown>)[k],
                value,
              ) as Record<string, unknown>;
              const last = path[path.length - 1];
              if (m.op === 'set' && last !== undefined) parent[last] = structuredClone(m.value);
              else if (m.op === 'delete' && last !== undefined) {
                if (Array.isArray(parent)) parent.splice(Number(last), 1);
                else delete parent[last];
              } else if (target && typeof target === 'object' && !Array.isArray(target)) {
                if (m.op === 'add') target[m.key] = structuredClone(m.value);
                else
                  Object.defineProperty(target, '__proto__', {
                    value: structuredClone(m.value),
                    enumerable: true,
                    configurable: true,
                    writable: true,
                  });
              }
            }
            // As the validator receives values: read from JSON text.
            agree(schema, parse, JSON.parse(JSON.stringify(value)));
          },
        ),
        { numRuns: name === 'shell' ? 100 : 300 },
      );
    },
  );

  it('is refused at build time for what it cannot compile exactly', () => {
    const cases: [ZodType, RegExp][] = [
      [z.object({ a: z.string() }), /not strict/],
      [z.strictObject({ a: z.union([z.string(), z.number()]) }), /type union/],
      [z.string().transform((s) => s.toUpperCase()), /type pipe/],
      [z.string().refine((s) => s.length > 1), /refinement not listed/],
      [z.string().toLowerCase(), /transform/],
      [z.email(), /format email/],
      [z.number().multipleOf(2), /multiple_of/],
      [z.strictObject({ a: z.string().optional().optional() }), /doubly optional/],
    ];
    for (const [schema, message] of cases) {
      expect(() => compileSchemas({ x: schema }, 'text.ts')).toThrow(message);
    }
    // The link rule is compiled as a call of text.ts's predicate.
    expect(compileSchemas({ x: HttpUrl }, '/text.ts')).toContain(
      'import { isHttpUrl } from "/text.ts";',
    );
  });
});

describe('validation through the compiled schema', () => {
  /** Validates as the worker does, and as the CLI does, and expects the same results. */
  async function same(content: string | Uint8Array): Promise<ValidationResult | undefined> {
    const text = typeof content === 'string' ? content : new TextDecoder().decode(content);
    const zod = validateDataset(text, 'file.json');
    const mine = validateCompiled(text, 'file.json');
    if (mine) {
      expect(mine).toStrictEqual(zod);
      expect(JSON.stringify(mine)).toBe(JSON.stringify(zod));
    }
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    // Bytes that do not decode are refused before validation, with a message of their own.
    if (decodeDataset(bytes).ok) {
      const request = { bytes: bytes.slice().buffer, label: 'file.json', budgetMs: 60_000 };
      expect(await validateBytes(request)).toStrictEqual(zod);
    }
    return mine;
  }

  it('answers for the real dataset, with its warnings', async () => {
    const result = await same(real);
    expect(result?.dataset).toBeDefined();
    expect(result?.warnings.length).toBeGreaterThan(0);
  });

  it.each([1, 7, 20_261_125])('answers for a synthetic dataset (seed %i)', async (seed) => {
    const result = await same(JSON.stringify(synthesizeDataset(500, seed)));
    expect(result?.dataset).toBeDefined();
  });

  it.each(readdirSync('tests/fixtures').filter((f) => f.endsWith('.json')))(
    'gives the results of zod for tests/fixtures/%s',
    async (file) => {
      await same(read(`tests/fixtures/${file}`));
    },
  );

  it('answers for a file whose errors the checks find, not the schema', async () => {
    const data = structuredClone(realData) as Record<Collection, Record<string, unknown>[]>;
    data.organizations[1]!.id = data.organizations[0]!.id;
    data.networks[0]!.members = ['no-such-organization'];
    data.organizations[2]!.countries = ['ZZ'];
    const result = await same(JSON.stringify(data));
    expect(result?.errors.length).toBeGreaterThanOrEqual(3);
  });

  it('leaves a file with a schema error to zod', async () => {
    const data = structuredClone(realData) as Record<Collection, Record<string, unknown>[]>;
    data.organizations[3]!.website = 'javascript:alert(1)';
    expect(await same(JSON.stringify(data))).toBeUndefined();
  });

  it('keeps one time budget when zod takes over: its run starts on the same clock', () => {
    const result = validateDataset(real, 'file.json', {
      budgetMs: 1_000,
      startedAt: Date.now() - 2_000,
    });
    expect(result.stopped?.key).toBe(overBudgetMessage(1_000).key);
    expect(result.dataset).toBeUndefined();
  });

  const hostile = CASES.map((c) => [c.name, c.build()] as const).filter(
    ([, content]) => content.length < 1_000_000,
  );
  it.each(hostile)('gives the results of zod for the hostile case %s', async (_, content) => {
    await same(content);
  });
});
