import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '../../src/model/iso3166.ts';
import {
  Collaboration,
  COLLECTIONS,
  Meetup,
  Network,
  Organization,
  Program,
  Source,
  type Collection,
  type Dataset,
} from '../../src/model/schema.ts';
import { SAFE_TEXT, VISIBLE_TEXT } from '../../src/model/text.ts';
import { REFERENCES, validateDataset, type ValidationResult } from '../../src/model/validate.ts';

const LANGUAGES = [
  'es',
  'pt',
  'pt-BR',
  'ca',
  'de',
  'fr',
  'ar',
  'zh-Hant',
  'be-tarask',
  'sr-Latn',
  'yue',
];

/** Text the format accepts: trimmed, visible, without control or bidirectional characters. */
const trimmedText = (max: number): fc.Arbitrary<string> =>
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: max })
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && SAFE_TEXT.test(s) && VISIBLE_TEXT.test(s));

/** A date on the calendar, full or partial, between 1990 and 2100. */
const date = fc
  .tuple(
    fc.integer({ min: 1990, max: 2100 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 31 }),
    fc.nat(2),
  )
  .map(([y, m, d, precision]) => {
    const day = Math.min(d, new Date(Date.UTC(y, m, 0)).getUTCDate());
    const iso = `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return iso.slice(0, [4, 7, 10][precision]);
  });

const url = fc
  .webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true })
  .filter((u) => u.length <= 2000);
const coordinate = (limit: number): fc.Arbitrary<number> =>
  fc.double({ min: -limit, max: limit, noNaN: true }).map((v) => (Object.is(v, -0) ? 0 : v));
const location = fc.record(
  {
    city: trimmedText(40),
    country: fc.constantFrom(...COUNTRY_CODES),
    lat: coordinate(90),
    lon: coordinate(180),
    precision: fc.constantFrom('city' as const, 'country' as const),
  },
  { requiredKeys: ['country', 'lat', 'lon', 'precision'] },
);

const some = (ids: string[], minLength = 0): fc.Arbitrary<string[]> =>
  fc.subarray(ids, { minLength });

/** Valid datasets: every reference resolves, every date is real, every code is known. */
const validDataset: fc.Arbitrary<Dataset> = fc
  .record({
    organizations: fc.integer({ min: 2, max: 6 }),
    networks: fc.integer({ min: 0, max: 3 }),
    meetups: fc.integer({ min: 0, max: 3 }),
    programs: fc.integer({ min: 0, max: 3 }),
    collaborations: fc.integer({ min: 0, max: 2 }),
    sources: fc.integer({ min: 1, max: 3 }),
  })
  .chain((n) => {
    const ids = (prefix: string, count: number): string[] =>
      Array.from({ length: count }, (_, i) => `${prefix}-${i + 1}`);
    const orgs = ids('wikimedia-org', n.organizations);
    const nets = ids('network', n.networks);
    const meets = ids('meetup', n.meetups);
    const progs = ids('program', n.programs);
    const collabs = ids('joint-project', n.collaborations);
    const srcs = ids('source', n.sources);
    const organization = (id: string) =>
      fc.record(
        {
          id: fc.constant(id),
          name: trimmedText(60),
          names: fc.dictionary(fc.constantFrom(...LANGUAGES), trimmedText(60), { maxKeys: 2 }),
          kind: fc.constantFrom('chapter' as const, 'user_group' as const, 'thematic_org' as const),
          status: fc.constantFrom('active' as const, 'former' as const),
          countries: fc.uniqueArray(fc.constantFrom(...COUNTRY_CODES), { maxLength: 3 }),
          location,
          languages: fc.uniqueArray(fc.constantFrom(...LANGUAGES), { maxLength: 3 }),
          programs: some(progs),
          recognized: date,
          website: url,
          wikidata: fc.integer({ min: 1, max: 200_000_000 }).map((q) => `Q${q}`),
          sources: some(srcs, 1),
          uncertain: fc.subarray(['name', 'location', 'founded'] as const),
        },
        {
          requiredKeys: [
            'id',
            'name',
            'kind',
            'status',
            'countries',
            'languages',
            'programs',
            'sources',
          ],
        },
      );
    const network = (id: string) =>
      fc.record(
        {
          id: fc.constant(id),
          name: trimmedText(60),
          kind: fc.constantFrom('regional' as const, 'language' as const, 'thematic' as const),
          founded: date,
          languages: fc.uniqueArray(fc.constantFrom(...LANGUAGES), { maxLength: 3 }),
          members: some(orgs),
          sources: some(srcs, 1),
        },
        { requiredKeys: ['id', 'name', 'kind', 'languages', 'members', 'sources'] },
      );
    const meetup = (id: string) =>
      fc
        .record(
          {
            id: fc.constant(id),
            name: trimmedText(60),
            series: trimmedText(30),
            dates: fc.tuple(date, date).map((pair) => [...pair].sort()),
            format: fc.constantFrom('in-person' as const, 'online' as const, 'hybrid' as const),
            status: fc.constantFrom('held' as const, 'planned' as const, 'cancelled' as const),
            location,
            organizers: some(orgs),
            participants: some(orgs),
            partners: fc.array(trimmedText(30), { maxLength: 2 }),
            networks: some(nets),
            programs: some(progs),
            attendance: fc.nat(5000),
            sources: some(srcs, 1),
          },
          {
            requiredKeys: [
              'id',
              'name',
              'series',
              'dates',
              'format',
              'organizers',
              'participants',
              'networks',
              'programs',
              'sources',
            ],
          },
        )
        .map(({ dates, ...rest }) => {
          // Sorted strings put a partial date before its longer forms: 2014 <= 2014-11 <= 2014-11-21.
          const [start, end] = dates as [string, string];
          return { ...rest, start, end };
        });
    return fc.record({
      $schema: fc.constant('../public/schema/dataset.schema.json'),
      updated: date,
      organizations: fc.tuple(...orgs.map(organization)),
      networks: nets.length ? fc.tuple(...nets.map(network)) : fc.constant([]),
      meetups: meets.length ? fc.tuple(...meets.map(meetup)) : fc.constant([]),
      programs: fc.tuple(
        ...progs.map((id) => fc.record({ id: fc.constant(id), name: trimmedText(40) })),
      ),
      collaborations: fc.tuple(
        ...collabs.map((id) =>
          fc.record({
            id: fc.constant(id),
            title: trimmedText(80),
            organizations: some(orgs, 2),
            programs: some(progs),
            years: fc.uniqueArray(fc.integer({ min: 1990, max: 2100 }), { maxLength: 3 }),
            sources: some(srcs, 1),
          }),
        ),
      ),
      sources: fc.tuple(
        ...srcs.map((id) =>
          fc.record(
            { id: fc.constant(id), url, title: trimmedText(80) },
            { requiredKeys: ['id', 'title'] },
          ),
        ),
      ),
    }) as fc.Arbitrary<Dataset>;
  });

/** The records of a collection, as plain objects that tests may edit. */
function recordsOf(data: Dataset, collection: Collection): Record<string, unknown>[] {
  return data[collection] as unknown as Record<string, unknown>[];
}

const SHAPES = {
  organizations: Organization,
  networks: Network,
  meetups: Meetup,
  programs: Program,
  collaborations: Collaboration,
  sources: Source,
};
/** Required fields of each record type, read from the schema itself. */
const REQUIRED = Object.fromEntries(
  COLLECTIONS.map((c) => [
    c,
    Object.entries(SHAPES[c].shape)
      .filter(([, field]) => !field.safeParse(undefined).success)
      .map(([name]) => name),
  ]),
) as Record<Collection, string[]>;

/** A record of a non-empty collection: [collection, index]. */
const pickRecord = (data: Dataset): fc.Arbitrary<[Collection, number]> =>
  fc
    .constantFrom(...COLLECTIONS.filter((c) => data[c].length > 0))
    .chain((c) => fc.tuple(fc.constant(c), fc.nat(data[c].length - 1)));

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** Invariants of every result, valid input or not. */
function checkInvariants(result: ValidationResult, text: string): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const issue of [...result.errors, ...result.warnings]) {
    expect(issue.line).toBeGreaterThanOrEqual(1);
    expect(issue.line).toBeLessThanOrEqual(lines.length);
    expect(issue.column).toBeGreaterThanOrEqual(1);
    expect(issue.column).toBeLessThanOrEqual((lines[issue.line - 1]?.length ?? 0) + 1);
    expect(issue.message).not.toMatch(/\n|failed unexpectedly/);
  }
  expect(result.dataset !== undefined).toBe(result.errors.length === 0);
}

describe('validateDataset on generated datasets', () => {
  it('accepts every valid dataset, and returns it as parsed', () => {
    fc.assert(
      fc.property(validDataset, fc.constantFrom(0, 2), (data, indent) => {
        const text = JSON.stringify(data, null, indent);
        const result = validateDataset(text, 'generated.json');
        expect(result.errors).toEqual([]);
        expect(result.dataset).toEqual(data);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('reports a deleted required field at the object that lacks it', () => {
    fc.assert(
      fc.property(
        validDataset.chain((data) =>
          pickRecord(data).chain(([c, i]) =>
            fc.tuple(
              fc.constant(data),
              fc.constant([c, i] as const),
              fc.constantFrom(...REQUIRED[c]),
            ),
          ),
        ),
        ([generated, [collection, index], field]) => {
          const data = structuredClone(generated);
          delete recordsOf(data, collection)[index]![field];
          const text = JSON.stringify(data, null, 2);
          const result = validateDataset(text, 'deleted.json');
          checkInvariants(result, text);
          const issue = result.errors.find((e) => e.path === `${collection}[${index}].${field}`);
          expect(issue?.message).toBe('is required');
          // The object of the record: the n-th "{" of the collection's array.
          const start = text.indexOf(`\n  "${collection}": [`);
          let offset = text.indexOf('{', start);
          for (let k = 0; k < index; k++) offset = text.indexOf('\n    {', offset + 1) + 5;
          expect(issue).toMatchObject(positionOf(text, offset));
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);

  it('reports a field of the wrong type at its value', () => {
    fc.assert(
      fc.property(
        validDataset.chain((data) =>
          pickRecord(data).chain(([c, i]) =>
            fc.tuple(
              fc.constant(data),
              fc.constant([c, i] as const),
              fc.constantFrom(...REQUIRED[c]),
            ),
          ),
        ),
        fc.constantFrom(true, null, { wrong: 1 }),
        ([generated, [collection, index], field], wrong) => {
          const data = structuredClone(generated);
          recordsOf(data, collection)[index]![field] = wrong;
          const text = JSON.stringify(data, null, 2);
          const result = validateDataset(text, 'typed.json');
          checkInvariants(result, text);
          const issue = result.errors.find((e) => e.path === `${collection}[${index}].${field}`);
          expect(issue?.message).toMatch(/^must be /);
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);

  it('reports a broken reference, naming the missing id', () => {
    fc.assert(
      fc.property(
        validDataset.chain((data) => {
          const usable = REFERENCES.filter((r) => data[r.from].length > 0);
          return fc.tuple(
            fc.constant(data),
            fc
              .constantFrom(...usable)
              .chain((r) => fc.tuple(fc.constant(r), fc.nat(data[r.from].length - 1))),
          );
        }),
        ([generated, [{ from, field }, index]]) => {
          const data = structuredClone(generated);
          const record = recordsOf(data, from)[index]!;
          const list = [...((record[field] as string[] | undefined) ?? []), 'no-such-record'];
          record[field] = list;
          const text = JSON.stringify(data, null, 2);
          const result = validateDataset(text, 'broken.json');
          checkInvariants(result, text);
          const issue = result.errors.find(
            (e) => e.path === `${from}[${index}].${field}[${list.length - 1}]`,
          );
          expect(issue?.message).toMatch(/^"no-such-record" is not an? \w+ in this dataset$/);
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);

  it('never throws on text with garbage inserted, and reports syntax errors where JSON.parse fails', () => {
    fc.assert(
      fc.property(
        validDataset,
        fc.nat(),
        fc.oneof(
          fc.string({ minLength: 1, maxLength: 5 }),
          fc.constantFrom(',', '}', '"', '\\', '/*', '\uFEFF', '\u2028'),
        ),
        (data, at, garbage) => {
          const text = JSON.stringify(data, null, 2);
          const i = at % (text.length + 1);
          const broken = text.slice(0, i) + garbage + text.slice(i);
          const result = validateDataset(broken, 'garbage.json');
          checkInvariants(result, broken);
          let parses = true;
          try {
            JSON.parse(broken.replace(/^\uFEFF/, ''));
          } catch {
            parses = false;
          }
          if (!parses)
            expect(result.errors.some((e) => e.message.startsWith('JSON syntax error'))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  it('reports every truncated file', () => {
    fc.assert(
      fc.property(validDataset, fc.nat(), (data, at) => {
        const text = JSON.stringify(data, null, 2);
        const broken = text.slice(0, at % text.length);
        const result = validateDataset(broken, 'truncated.json');
        checkInvariants(result, broken);
        expect(result.errors).toHaveLength(1);
        expect(result.errors[0]!.message).toMatch(/^JSON syntax error: /);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('never throws on arbitrary JSON, and never accepts it', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.dictionary(fc.constantFrom(...COLLECTIONS, 'title'), fc.jsonValue()),
        ),
        (value) => {
          const text = JSON.stringify(value, null, 1) ?? 'null';
          const result = validateDataset(text, 'arbitrary.json');
          checkInvariants(result, text);
          expect(result.errors.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
  }, 60_000);

  it('never throws on records with arbitrary JSON values in their fields', () => {
    fc.assert(
      fc.property(
        validDataset.chain((data) =>
          pickRecord(data).chain(([c, i]) =>
            fc.tuple(
              fc.constant(data),
              fc.constant([c, i] as const),
              fc.constantFrom(...Object.keys(SHAPES[c].shape), 'extra'),
            ),
          ),
        ),
        fc.jsonValue(),
        ([generated, [collection, index], field], value) => {
          const data = structuredClone(generated);
          recordsOf(data, collection)[index]![field] = value;
          const text = JSON.stringify(data, null, 2);
          checkInvariants(validateDataset(text, 'fields.json'), text);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});
