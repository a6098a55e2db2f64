/**
 * Checks that need the whole dataset or knowledge beyond the zod schema: unique ids, references,
 * country codes, language tags, calendar dates and their order, links, and the warnings. They
 * read the raw parsed JSON defensively (any shape may be there), so that they still run, and
 * report, when the schema has already found errors elsewhere in the file.
 */
import { checkLanguageTag } from './bcp47.ts';
import { COUNTRY_CODE_HINTS, isCountryCode } from './iso3166.ts';
import type { JsonDocument } from './jsonPositions.ts';
import { COLLECTIONS, Id, type Collection } from './schema.ts';
import {
  closest,
  isObject,
  listCodes,
  quote,
  urlMessage,
  type Found,
  type Path,
  type Severity,
} from './validateMessages.ts';

type JsonObject = Record<string, unknown>;

/** Dates outside these years are allowed but warned about (likely typos). */
export const PLAUSIBLE_YEARS = { min: 1990, max: 2100 } as const;

/** Every reference in the format: which field of which collection points to which collection. */
export const REFERENCES: readonly { from: Collection; field: string; to: Collection }[] = [
  { from: 'organizations', field: 'programs', to: 'programs' },
  { from: 'organizations', field: 'sources', to: 'sources' },
  { from: 'networks', field: 'members', to: 'organizations' },
  { from: 'networks', field: 'inferredMembers', to: 'organizations' },
  { from: 'networks', field: 'sources', to: 'sources' },
  { from: 'meetups', field: 'organizers', to: 'organizations' },
  { from: 'meetups', field: 'participants', to: 'organizations' },
  { from: 'meetups', field: 'networks', to: 'networks' },
  { from: 'meetups', field: 'programs', to: 'programs' },
  { from: 'meetups', field: 'sources', to: 'sources' },
  { from: 'programs', field: 'sources', to: 'sources' },
  { from: 'collaborations', field: 'organizations', to: 'organizations' },
  { from: 'collaborations', field: 'programs', to: 'programs' },
  { from: 'collaborations', field: 'sources', to: 'sources' },
];

const A_RECORD_OF: Readonly<Record<Collection, string>> = {
  organizations: 'an organization',
  networks: 'a network',
  meetups: 'a meetup',
  programs: 'a program',
  collaborations: 'a collaboration',
  sources: 'a source',
};

/** Fields holding a partial date, per collection (the dataset's `updated` is checked apart). */
const DATE_FIELDS: readonly [Collection, readonly string[]][] = [
  ['organizations', ['recognized', 'founded', 'ended']],
  ['networks', ['founded']],
  ['meetups', ['start', 'end']],
];

const URL_FIELDS: readonly [Collection, string][] = [
  ['organizations', 'website'],
  ['networks', 'website'],
  ['meetups', 'website'],
  ['programs', 'website'],
  ['sources', 'url'],
];

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const HTTP_START = /^https?:\/\/\S/;
const MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );

/** Above this many candidates, "did you mean" is not worth its cost. */
const MAX_SUGGESTION_POOL = 5000;

function own(o: JsonObject, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

const idChecks = new Map<string, boolean>();
/** Whether a value is a well-formed id (by the schema's own rule, remembered per string). */
function isId(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  let ok = idChecks.get(v);
  if (ok === undefined) {
    ok = Id.safeParse(v).success;
    if (idChecks.size < 100_000) idChecks.set(v, ok);
  }
  return ok;
}

interface DateRange {
  year: number;
  /** First and last day the (partial) date can mean, as YYYYMMDD numbers. */
  first: number;
  last: number;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Calendar check of a string already shaped YYYY[-MM[-DD]]; `undefined` for other strings. */
export function parsePartialDate(value: string): DateRange | { message: string } | undefined {
  const m = DATE.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const base = year * 10000;
  if (m[2] === undefined) return { year, first: base + 101, last: base + 1231 };
  const month = Number(m[2]);
  if (month < 1 || month > 12) {
    return { message: `${quote(value)} is not a calendar date: there is no month ${m[2]}` };
  }
  const days = daysInMonth(year, month);
  if (m[3] === undefined)
    return { year, first: base + month * 100 + 1, last: base + month * 100 + days };
  const day = Number(m[3]);
  if (day < 1 || day > days) {
    return {
      message: `${quote(value)} is not a calendar date: ${MONTHS[month - 1]} ${year} has ${days} days`,
    };
  }
  return { year, first: base + month * 100 + day, last: base + month * 100 + day };
}

/** State shared by the checks: the raw dataset, where to report, and the id index. */
class Checker {
  readonly ids = new Map<string, { collection: Collection; index: number }>();
  private readonly pools = new Map<Collection, string[]>();

  constructor(
    readonly root: JsonObject,
    readonly doc: JsonDocument,
    readonly out: Found[],
  ) {}

  report(
    severity: Severity,
    path: Path,
    message: string,
    offset = this.doc.valueOffset(path),
  ): void {
    this.out.push({ offset, path, message, severity });
  }
  error(path: Path, message: string, offset?: number): void {
    this.report('error', path, message, offset);
  }
  warn(path: Path, message: string, offset?: number): void {
    this.report('warning', path, message, offset);
  }

  /** The records of a collection that are objects, with their index. */
  records(collection: Collection): [JsonObject, number][] {
    const list = own(this.root, collection);
    const result: [JsonObject, number][] = [];
    if (Array.isArray(list)) list.forEach((r, i) => isObject(r) && result.push([r, i]));
    return result;
  }

  /** The ids of a collection, for suggestions; empty when too many to search. */
  pool(collection: Collection): string[] {
    let pool = this.pools.get(collection);
    if (!pool) {
      pool = [...this.ids].filter(([, at]) => at.collection === collection).map(([id]) => id);
      if (pool.length > MAX_SUGGESTION_POOL) pool = [];
      this.pools.set(collection, pool);
    }
    return pool;
  }

  /** Warns about an entry that repeats an earlier one of the same list. */
  listedTwice(path: Path, list: unknown, normalize: (s: string) => string = (s) => s): void {
    if (!Array.isArray(list)) return;
    const field = String(path[path.length - 1]);
    const seen = new Map<string, number>();
    list.forEach((item, j) => {
      if (typeof item !== 'string') return;
      const first = seen.get(normalize(item));
      if (first === undefined) seen.set(normalize(item), j);
      else this.warn([...path, j], `${quote(item)} is listed twice (first at ${field}[${first}])`);
    });
  }
}

function checkIds(c: Checker): void {
  for (const collection of COLLECTIONS) {
    for (const [record, index] of c.records(collection)) {
      const id = own(record, 'id');
      if (!isId(id)) continue;
      const previous = c.ids.get(id);
      if (!previous) c.ids.set(id, { collection, index });
      else
        c.error(
          [collection, index, 'id'],
          `${quote(id)} is already used by ${previous.collection}[${previous.index}]`,
        );
    }
  }
}

function checkReferences(c: Checker): void {
  for (const { from, field, to } of REFERENCES) {
    for (const [record, index] of c.records(from)) {
      const list = own(record, field);
      if (!Array.isArray(list)) continue;
      c.listedTwice([from, index, field], list);
      list.forEach((ref, j) => {
        if (!isId(ref)) return;
        const target = c.ids.get(ref);
        if (target?.collection === to) return;
        const path = [from, index, field, j];
        if (target) {
          c.error(
            path,
            `${quote(ref)} is ${A_RECORD_OF[target.collection]}, not ${A_RECORD_OF[to]}`,
          );
          return;
        }
        const guess = closest(ref, c.pool(to));
        const hint = guess ? ` (did you mean ${quote(guess)}?)` : '';
        c.error(path, `${quote(ref)} is not ${A_RECORD_OF[to]} in this dataset${hint}`);
      });
    }
  }
}

function checkSourcesCited(c: Checker): void {
  for (const collection of [
    'organizations',
    'networks',
    'meetups',
    'programs',
    'collaborations',
  ] as const) {
    for (const [record, index] of c.records(collection)) {
      const sources = own(record, 'sources');
      if (Array.isArray(sources) && sources.length === 0) {
        c.warn([collection, index, 'sources'], 'is empty: this record cites no source');
      }
    }
  }
}

function checkCountries(c: Checker): void {
  const check = (path: Path, code: unknown): void => {
    if (typeof code !== 'string' || !/^[A-Z]{2}$/.test(code) || isCountryCode(code)) return;
    const hint = Object.hasOwn(COUNTRY_CODE_HINTS, code) ? COUNTRY_CODE_HINTS[code] : undefined;
    c.error(
      path,
      `${quote(code)} is not an ISO 3166-1 alpha-2 country code${hint ? ` (${hint})` : ''}`,
    );
  };
  for (const [org, index] of c.records('organizations')) {
    const countries = own(org, 'countries');
    if (Array.isArray(countries))
      countries.forEach((code, j) => check(['organizations', index, 'countries', j], code));
    c.listedTwice(['organizations', index, 'countries'], countries);
    const location = own(org, 'location');
    const country = isObject(location) ? own(location, 'country') : undefined;
    const list = strings(countries);
    if (
      typeof country === 'string' &&
      isCountryCode(country) &&
      list.length > 0 &&
      !list.includes(country)
    ) {
      c.warn(
        ['organizations', index, 'location', 'country'],
        `${quote(country)} is not one of the organization's countries (${listCodes(list)})`,
      );
    }
  }
  for (const collection of ['organizations', 'networks', 'meetups'] as const) {
    for (const [record, index] of c.records(collection)) {
      const location = own(record, 'location');
      if (!isObject(location)) continue;
      const path = [collection, index, 'location'];
      check([...path, 'country'], own(location, 'country'));
      // The contract: meetups need the country of their place; organizations have `countries`.
      if (collection === 'meetups' && own(location, 'country') === undefined) {
        c.error([...path, 'country'], 'is required for a meetup', c.doc.valueOffset(path));
      }
    }
  }
}

function checkLanguages(c: Checker): void {
  const check = (path: Path, tag: unknown, offset?: number, label = ''): void => {
    // Tags of the wrong length are already refused by the schema.
    if (typeof tag !== 'string' || tag.length < 2 || tag.length > 35) return;
    const result = checkLanguageTag(tag);
    if (!result.ok) c.error(path, `${label}${quote(tag)} ${result.message}`, offset);
    else if (result.recased)
      c.warn(path, `${label}${quote(tag)} is usually written ${quote(result.recased)}`, offset);
  };
  for (const collection of ['organizations', 'networks'] as const) {
    for (const [record, index] of c.records(collection)) {
      const languages = own(record, 'languages');
      if (!Array.isArray(languages)) continue;
      languages.forEach((tag, j) => check([collection, index, 'languages', j], tag));
      c.listedTwice([collection, index, 'languages'], languages, (s) => s.toLowerCase());
    }
  }
  for (const collection of ['organizations', 'networks', 'programs'] as const) {
    for (const [record, index] of c.records(collection)) {
      const names = own(record, 'names');
      if (!isObject(names)) continue;
      const path = [collection, index, 'names'];
      for (const key of Object.keys(names))
        check(path, key, c.doc.keyOffset([...path, key]), 'key ');
    }
  }
}

function checkDates(c: Checker): void {
  const date = (path: Path, value: unknown): DateRange | undefined => {
    if (typeof value !== 'string') return undefined;
    const result = parsePartialDate(value);
    if (!result) return undefined;
    if ('message' in result) {
      c.error(path, result.message);
      return undefined;
    }
    if (result.year < PLAUSIBLE_YEARS.min || result.year > PLAUSIBLE_YEARS.max) {
      c.warn(
        path,
        `${quote(value)} is outside ${PLAUSIBLE_YEARS.min}-${PLAUSIBLE_YEARS.max}: is the year a typo?`,
      );
    }
    return result;
  };
  date(['updated'], own(c.root, 'updated'));
  for (const [collection, fields] of DATE_FIELDS) {
    for (const [record, index] of c.records(collection)) {
      const ranges = new Map<string, DateRange>();
      for (const field of fields) {
        const range = date([collection, index, field], own(record, field));
        if (range) ranges.set(field, range);
      }
      const shown = (field: string): string => quote(String(own(record, field)));
      const start = ranges.get('start');
      const end = ranges.get('end');
      // Partial dates: a start means its first day, an end its last day.
      if (start && end && start.first > end.last) {
        c.error([collection, index, 'end'], `${shown('end')} is before start ${shown('start')}`);
      }
      const ended = ranges.get('ended');
      for (const field of ['founded', 'recognized']) {
        const begun = ranges.get(field);
        if (ended && begun && begun.first > ended.last) {
          c.warn(
            [collection, index, 'ended'],
            `${shown('ended')} is before ${field} ${shown(field)}`,
          );
        }
      }
      if (
        collection === 'organizations' &&
        own(record, 'status') === 'active' &&
        own(record, 'ended') !== undefined
      ) {
        c.warn([collection, index, 'ended'], 'is set, but status is "active"');
      }
    }
  }
}

function checkLinks(c: Checker): void {
  // The schema's URL check follows the WHATWG parser, which also takes `https:example.org`.
  for (const [collection, field] of URL_FIELDS) {
    for (const [record, index] of c.records(collection)) {
      const url = own(record, field);
      if (typeof url === 'string' && !HTTP_START.test(url)) {
        c.error(
          [collection, index, field],
          `${urlMessage(url)}: it must start with http:// or https://`,
        );
      }
    }
  }
}

function checkNetworkMembers(c: Checker): void {
  const organizations = new Map<string, JsonObject>();
  for (const [org] of c.records('organizations')) {
    const id = own(org, 'id');
    if (typeof id === 'string' && !organizations.has(id)) organizations.set(id, org);
  }
  const primary = (tag: string): string => tag.split('-')[0]!.toLowerCase();
  for (const [network, index] of c.records('networks')) {
    const networkLanguages = strings(own(network, 'languages'));
    const spoken = new Set(networkLanguages.map(primary));
    const members = strings(own(network, 'members'));
    for (const field of ['members', 'inferredMembers']) {
      const list = own(network, field);
      if (!Array.isArray(list)) continue;
      list.forEach((id, j) => {
        if (typeof id !== 'string') return;
        const path = ['networks', index, field, j];
        if (field === 'inferredMembers' && members.includes(id)) {
          c.warn(
            path,
            `${quote(id)} is also in members (members[${members.indexOf(id)}]): list it once`,
          );
        }
        const org = organizations.get(id);
        const orgLanguages = org ? strings(own(org, 'languages')) : [];
        if (orgLanguages.length === 0 || spoken.size === 0) return;
        if (!orgLanguages.some((l) => spoken.has(primary(l)))) {
          c.warn(
            path,
            `${quote(id)} shares no language with the network (${listCodes(orgLanguages)} vs ${listCodes(networkLanguages)})`,
          );
        }
      });
    }
  }
}

/** The `meta` block: a calendar date and http(s) links, like the same fields elsewhere. */
function checkMeta(c: Checker): void {
  const meta = own(c.root, 'meta');
  if (!isObject(meta)) return;
  const asOf = own(meta, 'dataAsOf');
  const parsed = typeof asOf === 'string' ? parsePartialDate(asOf) : undefined;
  if (parsed && 'message' in parsed) c.error(['meta', 'dataAsOf'], parsed.message);
  const licence = own(meta, 'licence');
  const links: [Path, unknown][] = [
    [['meta', 'licence', 'url'], isObject(licence) ? own(licence, 'url') : undefined],
    [['meta', 'attributionUrl'], own(meta, 'attributionUrl')],
  ];
  for (const [path, url] of links) {
    if (typeof url === 'string' && !HTTP_START.test(url))
      c.error(path, `${urlMessage(url)}: it must start with http:// or https://`);
  }
}

/**
 * An affiliate without a Wikidata item cannot be refreshed by `npm run import:wikidata` (which
 * matches by item first) and is harder to tell from a namesake: worth a warning, not an error.
 */
function checkWikidataIds(c: Checker): void {
  for (const [org, index] of c.records('organizations')) {
    if (own(org, 'wikidata') !== undefined) continue;
    const name = own(org, 'name');
    const named = typeof name === 'string' ? `${quote(name)} ` : '';
    c.warn(
      ['organizations', index],
      `${named}has no Wikidata item id (\`wikidata\`): add it, or find it with \`npm run import:wikidata\``,
    );
  }
}

/** Runs every whole-dataset check on the raw parsed JSON, adding what it finds to `out`. */
export function checkDataset(root: JsonObject, doc: JsonDocument, out: Found[]): void {
  const c = new Checker(root, doc, out);
  checkIds(c);
  checkReferences(c);
  checkSourcesCited(c);
  checkCountries(c);
  checkLanguages(c);
  checkDates(c);
  checkLinks(c);
  checkNetworkMembers(c);
  checkMeta(c);
  checkWikidataIds(c);
}
