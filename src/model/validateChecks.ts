/**
 * Checks that need the whole dataset or knowledge beyond the zod schema: unique ids, references,
 * country codes, language tags, calendar dates and their order, and the warnings (uncited
 * records, homoglyphs, ...). They read the raw parsed JSON defensively (any shape may be there),
 * so that they still run, and report, when the schema has already found errors elsewhere.
 *
 * They run record by record, in file order, so that the validator can report each record's
 * problems as soon as it is checked: one pass first indexes the ids of every collection, then
 * `checkRecord` looks at one record. Each costs time proportional to the record (a "did you
 * mean" suggestion looks ids up in a trigram index, not in the whole list).
 */
import { checkLanguageTag } from './bcp47.ts';
import { COUNTRY_CODE_HINTS, isCountryCode } from './iso3166.ts';
import type { JsonDocument } from './jsonPositions.ts';
import { COLLECTIONS, isWellFormedId, type Collection } from './vocabulary.ts';
import { msg, type Message } from './message.ts';
import { mixedScriptWord } from './text.ts';
import {
  editDistance,
  isObject,
  listCodes,
  quote,
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

/** "an organization", "a network", ... */
export const A_RECORD_OF: Readonly<Record<Collection, string>> = {
  organizations: 'validate-an-organization',
  networks: 'validate-a-network',
  meetups: 'validate-a-meetup',
  programs: 'validate-a-program',
  collaborations: 'validate-a-collaboration',
  sources: 'validate-a-source',
};

/** Fields holding a partial date, per collection (the dataset's `updated` is checked apart). */
const DATE_FIELDS: readonly [Collection, readonly string[]][] = [
  ['organizations', ['recognized', 'founded', 'ended']],
  ['networks', ['founded']],
  ['meetups', ['start', 'end']],
];

/** Fields of human-readable text, per collection: single strings, lists, and `names` maps. */
const TEXT_FIELDS: Readonly<Record<Collection, readonly string[]>> = {
  organizations: ['name', 'aliases', 'names'],
  networks: ['name', 'aliases', 'names'],
  meetups: ['name', 'series', 'venue', 'partners'],
  programs: ['name', 'aliases', 'names'],
  collaborations: ['title'],
  sources: ['title'],
};

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function own(o: JsonObject, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** Whether a value is a well-formed id (by the schema's own rule). */
function isId(v: unknown): v is string {
  return typeof v === 'string' && isWellFormedId(v);
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
export function parsePartialDate(value: string): DateRange | { message: Message } | undefined {
  const m = DATE.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const base = year * 10000;
  if (m[2] === undefined) return { year, first: base + 101, last: base + 1231 };
  const month = Number(m[2]);
  if (month < 1 || month > 12) {
    return { message: msg('validate-date-no-month', quote(value), m[2]!) };
  }
  const days = daysInMonth(year, month);
  if (m[3] === undefined)
    return { year, first: base + month * 100 + 1, last: base + month * 100 + days };
  const day = Number(m[3]);
  if (day < 1 || day > days) {
    // The month as a date: the message names it in the reader's language ("February 2017").
    return {
      message: msg('validate-date-no-day', quote(value), { date: value.slice(0, 7) }, days),
    };
  }
  return { year, first: base + month * 100 + day, last: base + month * 100 + day };
}

/**
 * The ids of one collection, indexed by trigram for "did you mean": an edit changes at most three
 * trigrams, so only ids sharing one of the word's rarest trigrams are compared letter by letter.
 * The same answer as comparing with every id, in a fraction of the time with 50,000 ids.
 */
class SuggestionIndex {
  private readonly ids: string[] = [];
  private readonly byTrigram = new Map<string, number[]>();
  private readonly lower = new Map<string, string>();
  /** Comparisons left: a crafted file cannot make suggestions cost more than about a second. */
  private budget = 500_000;

  add(id: string): void {
    const n = this.ids.length;
    this.ids.push(id);
    if (!this.lower.has(id.toLowerCase())) this.lower.set(id.toLowerCase(), id);
    for (const t of trigrams(id)) {
      let list = this.byTrigram.get(t);
      if (!list) this.byTrigram.set(t, (list = []));
      list.push(n);
    }
  }

  /**
   * The id nearest to a mistyped one (edit distance 1, or 2 for words over 4 letters; ties go
   * to the id listed first), or undefined, also when the comparison budget is spent.
   */
  closest(word: string): string | undefined {
    if (word.length > 100) return undefined;
    const exact = this.lower.get(word.toLowerCase());
    if (exact !== undefined) return exact;
    const max = word.length <= 4 ? 1 : 2;
    // An id within `max` edits keeps all but 3 * max of the word's trigrams, so it has one of
    // any 3 * max + 1 of them: the rarest are enough to find every candidate.
    const lists = [...trigrams(word)].map((t) => this.byTrigram.get(t) ?? []);
    let candidates: Iterable<number>;
    if (lists.length <= 3 * max) candidates = this.ids.keys();
    else {
      lists.sort((x, y) => x.length - y.length);
      const union = new Set<number>();
      for (const list of lists.slice(0, 3 * max + 1)) for (const n of list) union.add(n);
      candidates = union;
    }
    let best = -1;
    let bestDistance = max + 1;
    for (const n of candidates) {
      if (--this.budget < 0) return undefined;
      const d = editDistance(word, this.ids[n]!, bestDistance);
      if (d < bestDistance || (d === bestDistance && n < best)) {
        best = n;
        bestDistance = d;
      }
    }
    return best < 0 ? undefined : this.ids[best];
  }
}

function trigrams(word: string): Set<string> {
  const padded = `  ${word} `;
  const set = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) set.add(padded.slice(i, i + 3));
  return set;
}

/** State shared by the checks: the raw dataset, where to report, and the id index. */
export class Checker {
  /** First record of each id. */
  readonly ids = new Map<string, { collection: Collection; index: number }>();
  /** Organizations by id, for the network checks. */
  readonly organizations = new Map<string, JsonObject>();
  private readonly indexes = new Map<Collection, SuggestionIndex>();
  /** Where the current record's findings go. */
  out: Found[] = [];

  constructor(
    readonly root: JsonObject,
    readonly doc: JsonDocument,
    /** Whether an error found now would still be shown: suggestions are only sought then. */
    readonly keeping: () => boolean = () => true,
  ) {
    for (const collection of COLLECTIONS) {
      for (const [record, index] of this.records(collection)) {
        const id = own(record, 'id');
        if (!isId(id)) continue;
        if (!this.ids.has(id)) this.ids.set(id, { collection, index });
        if (collection === 'organizations' && !this.organizations.has(id))
          this.organizations.set(id, record);
      }
    }
  }

  report(severity: Severity, path: Path, message: Message, offset?: number): void {
    this.out.push(
      offset === undefined ? { path, message, severity } : { offset, path, message, severity },
    );
  }
  error(path: Path, message: Message, offset?: number): void {
    this.report('error', path, message, offset);
  }
  warn(path: Path, message: Message, offset?: number): void {
    this.report('warning', path, message, offset);
  }

  /** The records of a collection that are objects, with their index. */
  records(collection: Collection): [JsonObject, number][] {
    const list = own(this.root, collection);
    const result: [JsonObject, number][] = [];
    if (Array.isArray(list)) list.forEach((r, i) => isObject(r) && result.push([r, i]));
    return result;
  }

  /** The id of `collection` nearest to a mistyped one. */
  suggest(ref: string, collection: Collection): string | undefined {
    let index = this.indexes.get(collection);
    if (!index) {
      index = new SuggestionIndex();
      for (const [id, at] of this.ids) if (at.collection === collection) index.add(id);
      this.indexes.set(collection, index);
    }
    return index.closest(ref);
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
      else this.warn([...path, j], msg('validate-listed-twice', quote(item), field, first));
    });
  }
}

interface RecordAt {
  collection: Collection;
  record: JsonObject;
  index: number;
  path: Path;
}

function checkId(c: Checker, r: RecordAt): void {
  const id = own(r.record, 'id');
  if (!isId(id)) return;
  const first = c.ids.get(id);
  if (first && (first.collection !== r.collection || first.index !== r.index)) {
    c.error(
      [...r.path, 'id'],
      msg('validate-id-used', quote(id), `${first.collection}[${first.index}]`),
    );
  }
}

function checkReferences(c: Checker, r: RecordAt): void {
  for (const { from, field, to } of REFERENCES) {
    if (from !== r.collection) continue;
    const list = own(r.record, field);
    if (!Array.isArray(list)) continue;
    c.listedTwice([...r.path, field], list);
    list.forEach((ref, j) => {
      if (!isId(ref)) return;
      const target = c.ids.get(ref);
      if (target?.collection === to) return;
      const path = [...r.path, field, j];
      if (target) {
        const [found, wanted] = [msg(A_RECORD_OF[target.collection]), msg(A_RECORD_OF[to])];
        c.error(path, msg('validate-wrong-kind', quote(ref), found, wanted));
        return;
      }
      const guess = c.keeping() ? c.suggest(ref, to) : undefined;
      c.error(
        path,
        guess
          ? msg('validate-unknown-ref-suggest', quote(ref), msg(A_RECORD_OF[to]), quote(guess))
          : msg('validate-unknown-ref', quote(ref), msg(A_RECORD_OF[to])),
      );
    });
  }
}

function checkSourcesCited(c: Checker, r: RecordAt): void {
  if (r.collection === 'sources') return;
  const sources = own(r.record, 'sources');
  if (Array.isArray(sources) && sources.length === 0) {
    c.warn([...r.path, 'sources'], msg('validate-no-source'));
  }
}

function checkCountry(c: Checker, path: Path, code: unknown): void {
  if (typeof code !== 'string' || !/^[A-Z]{2}$/.test(code) || isCountryCode(code)) return;
  const hint = Object.hasOwn(COUNTRY_CODE_HINTS, code) ? COUNTRY_CODE_HINTS[code] : undefined;
  c.error(
    path,
    hint
      ? msg('validate-country-code-hint', quote(code), hint)
      : msg('validate-country-code', quote(code)),
  );
}

function checkCountries(c: Checker, r: RecordAt): void {
  const location = own(r.record, 'location');
  if (r.collection === 'organizations') {
    const countries = own(r.record, 'countries');
    if (Array.isArray(countries))
      countries.forEach((code, j) => checkCountry(c, [...r.path, 'countries', j], code));
    c.listedTwice([...r.path, 'countries'], countries);
    const country = isObject(location) ? own(location, 'country') : undefined;
    const list = strings(countries);
    if (
      typeof country === 'string' &&
      isCountryCode(country) &&
      list.length > 0 &&
      !list.includes(country)
    ) {
      c.warn(
        [...r.path, 'location', 'country'],
        msg('validate-country-not-listed', quote(country), listCodes(list)),
      );
    }
  }
  if (r.collection !== 'organizations' && r.collection !== 'networks' && r.collection !== 'meetups')
    return;
  if (!isObject(location)) return;
  const path = [...r.path, 'location'];
  checkCountry(c, [...path, 'country'], own(location, 'country'));
  // The contract: meetups need the country of their place; organizations have `countries`.
  if (r.collection === 'meetups' && own(location, 'country') === undefined) {
    c.error([...path, 'country'], msg('validate-meetup-country'), c.doc.valueOffset(path));
  }
}

function checkLanguages(c: Checker, r: RecordAt): void {
  /** Checks a tag in a list, or a key of `names` (its problems are placed at the key). */
  const check = (path: Path, tag: unknown, isKey = false): void => {
    // Tags of the wrong length are already refused by the schema.
    if (typeof tag !== 'string' || tag.length < 2 || tag.length > 35) return;
    const result = checkLanguageTag(tag);
    if (result.ok && !result.recased) return;
    // Positions are only looked up for a finding (see jsonFast.ts).
    const offset = isKey ? c.doc.keyOffset([...path, tag]) : undefined;
    if (!result.ok) {
      const id = isKey ? 'validate-key-tag-problem' : 'validate-tag-problem';
      c.error(path, msg(id, quote(tag), result.message), offset);
    } else if (result.recased) {
      const id = isKey ? 'validate-key-tag-recased' : 'validate-tag-recased';
      c.warn(path, msg(id, quote(tag), quote(result.recased)), offset);
    }
  };
  if (r.collection === 'organizations' || r.collection === 'networks') {
    const languages = own(r.record, 'languages');
    if (Array.isArray(languages)) {
      languages.forEach((tag, j) => check([...r.path, 'languages', j], tag));
      c.listedTwice([...r.path, 'languages'], languages, (s) => s.toLowerCase());
    }
  }
  if (
    r.collection === 'organizations' ||
    r.collection === 'networks' ||
    r.collection === 'programs'
  ) {
    const names = own(r.record, 'names');
    if (!isObject(names)) return;
    const path = [...r.path, 'names'];
    for (const key of Object.keys(names)) check(path, key, true);
  }
}

function checkDate(c: Checker, path: Path, value: unknown): DateRange | undefined {
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
      msg('validate-date-implausible', quote(value), PLAUSIBLE_YEARS.min, PLAUSIBLE_YEARS.max),
    );
  }
  return result;
}

function checkDates(c: Checker, r: RecordAt): void {
  const fields = DATE_FIELDS.find(([collection]) => collection === r.collection)?.[1];
  if (!fields) return;
  const ranges = new Map<string, DateRange>();
  for (const field of fields) {
    const range = checkDate(c, [...r.path, field], own(r.record, field));
    if (range) ranges.set(field, range);
  }
  const shown = (field: string): string => quote(String(own(r.record, field)));
  const start = ranges.get('start');
  const end = ranges.get('end');
  // Partial dates: a start means its first day, an end its last day.
  if (start && end && start.first > end.last) {
    c.error([...r.path, 'end'], msg('validate-end-before-start', shown('end'), shown('start')));
  }
  const ended = ranges.get('ended');
  for (const field of ['founded', 'recognized']) {
    const begun = ranges.get(field);
    if (ended && begun && begun.first > ended.last) {
      c.warn(
        [...r.path, 'ended'],
        msg('validate-ended-before', shown('ended'), field, shown(field)),
      );
    }
  }
  if (
    r.collection === 'organizations' &&
    own(r.record, 'status') === 'active' &&
    own(r.record, 'ended') !== undefined
  ) {
    c.warn([...r.path, 'ended'], msg('validate-ended-active'));
  }
}

function checkNetworkMembers(c: Checker, r: RecordAt): void {
  if (r.collection !== 'networks') return;
  const primary = (tag: string): string => tag.split('-')[0]!.toLowerCase();
  const networkLanguages = strings(own(r.record, 'languages'));
  const spoken = new Set(networkLanguages.map(primary));
  const members = strings(own(r.record, 'members'));
  const memberSet = new Set(members);
  for (const field of ['members', 'inferredMembers']) {
    const list = own(r.record, field);
    if (!Array.isArray(list)) continue;
    list.forEach((id, j) => {
      if (typeof id !== 'string') return;
      const path = [...r.path, field, j];
      if (field === 'inferredMembers' && memberSet.has(id)) {
        c.warn(path, msg('validate-member-twice', quote(id), members.indexOf(id)));
      }
      const org = c.organizations.get(id);
      const orgLanguages = org ? strings(own(org, 'languages')) : [];
      if (orgLanguages.length === 0 || spoken.size === 0) return;
      if (!orgLanguages.some((l) => spoken.has(primary(l)))) {
        c.warn(
          path,
          msg(
            'validate-member-language',
            quote(id),
            listCodes(orgLanguages),
            listCodes(networkLanguages),
          ),
        );
      }
    });
  }
}

/** Warns about a word mixing look-alike scripts (`Wikimediа` with a Cyrillic `а`). */
export function checkMixedScripts(c: Checker, path: Path, value: unknown): void {
  if (typeof value !== 'string' || value.length > 1000) return;
  const mixed = mixedScriptWord(value);
  if (mixed) {
    const scripts = mixed.scripts.join(' and ');
    c.warn(path, msg('validate-mixed-scripts', quote(mixed.word, 40), scripts));
  }
}

function checkTexts(c: Checker, r: RecordAt): void {
  for (const field of TEXT_FIELDS[r.collection]) {
    const value = own(r.record, field);
    const path = [...r.path, field];
    if (Array.isArray(value))
      value.slice(0, 1000).forEach((v, j) => checkMixedScripts(c, [...path, j], v));
    else if (field === 'names' && isObject(value)) {
      for (const key of Object.keys(value)) checkMixedScripts(c, [...path, key], value[key]);
    } else checkMixedScripts(c, path, value);
  }
  const location = own(r.record, 'location');
  if (isObject(location))
    checkMixedScripts(c, [...r.path, 'location', 'city'], own(location, 'city'));
}

/** The checks of the dataset's own fields (`updated`, `title`, `meta`), into `c.out`. */
export function checkRoot(c: Checker): void {
  checkDate(c, ['updated'], own(c.root, 'updated'));
  checkMixedScripts(c, ['title'], own(c.root, 'title'));
  const meta = own(c.root, 'meta');
  if (isObject(meta)) {
    checkDate(c, ['meta', 'dataAsOf'], own(meta, 'dataAsOf'));
    for (const field of ['title', 'attribution'])
      checkMixedScripts(c, ['meta', field], own(meta, field));
  }
}

/**
 * An affiliate without a Wikidata item cannot be refreshed by `npm run import:wikidata` (which
 * matches by item first) and is harder to tell from a namesake: worth a warning, not an error.
 */
function checkWikidataId(c: Checker, r: RecordAt): void {
  if (r.collection !== 'organizations' || own(r.record, 'wikidata') !== undefined) return;
  const name = own(r.record, 'name');
  c.warn(
    r.path,
    typeof name === 'string'
      ? msg('validate-no-wikidata-named', quote(name))
      : msg('validate-no-wikidata'),
  );
}

/** Every check of one record, into `c.out`. */
export function checkRecord(
  c: Checker,
  collection: Collection,
  record: JsonObject,
  index: number,
): void {
  const r: RecordAt = { collection, record, index, path: [collection, index] };
  checkId(c, r);
  checkReferences(c, r);
  checkSourcesCited(c, r);
  checkCountries(c, r);
  checkLanguages(c, r);
  checkDates(c, r);
  checkNetworkMembers(c, r);
  checkTexts(c, r);
  checkWikidataId(c, r);
}
