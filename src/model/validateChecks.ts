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
const DATE_FIELDS: Partial<Readonly<Record<Collection, readonly string[]>>> = {
  organizations: ['recognized', 'founded', 'ended'],
  networks: ['founded'],
  meetups: ['start', 'end'],
};
/** Dates that an `ended` date may not precede. */
const BEGUN_FIELDS = ['founded', 'recognized'] as const;

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

/**
 * A finding's path: the record's, then the field's steps. The checks build one only for a
 * finding: they made one for every field and list item of every record, nearly all unused (in
 * the validation worker at 5,000 organizations, the record checks went from 159 ms to 90-97 and
 * its garbage collection from 110 ms to 73-87, in profiles).
 */
function at(base: Path, ...steps: (string | number)[]): Path {
  return [...base, ...steps];
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

/** Lists up to this long are searched for repeats pairwise rather than with a map. */
const SHORT_LIST = 16;

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
      const list = own(root, collection);
      if (!Array.isArray(list)) continue;
      for (let index = 0; index < list.length; index++) {
        const record: unknown = list[index];
        if (!isObject(record)) continue;
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

  /**
   * Warns about an entry of `base`'s list `field` that repeats an earlier one (in any case, with
   * `anyCase`). Short lists, nearly all of them, are compared pairwise, making nothing.
   */
  listedTwice(base: Path, field: string, list: unknown, anyCase = false): void {
    if (!Array.isArray(list) || list.length < 2) return;
    const key = (item: string): string => (anyCase ? item.toLowerCase() : item);
    const repeated = (item: string, j: number, first: number): void =>
      this.warn(at(base, field, j), msg('validate-listed-twice', quote(item), field, first));
    if (list.length <= SHORT_LIST) {
      for (let j = 1; j < list.length; j++) {
        const item: unknown = list[j];
        if (typeof item !== 'string') continue;
        const k = key(item);
        for (let i = 0; i < j; i++) {
          const other: unknown = list[i];
          if (typeof other === 'string' && key(other) === k) {
            repeated(item, j, i);
            break;
          }
        }
      }
      return;
    }
    const seen = new Map<string, number>();
    for (let j = 0; j < list.length; j++) {
      const item: unknown = list[j];
      if (typeof item !== 'string') continue;
      const first = seen.get(key(item));
      if (first === undefined) seen.set(key(item), j);
      else repeated(item, j, first);
    }
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

/** The references made by each collection's records. */
const REFERENCES_FROM = new Map(
  COLLECTIONS.map((collection) => [
    collection,
    REFERENCES.filter((ref) => ref.from === collection),
  ]),
);

function checkReferences(c: Checker, r: RecordAt): void {
  for (const { field, to } of REFERENCES_FROM.get(r.collection) ?? []) {
    const list = own(r.record, field);
    if (!Array.isArray(list)) continue;
    c.listedTwice(r.path, field, list);
    for (let j = 0; j < list.length; j++) {
      const ref: unknown = list[j];
      // An id found is well-formed (only those are indexed): the pattern is tested for others.
      const target = typeof ref === 'string' ? c.ids.get(ref) : undefined;
      if (target?.collection === to || !isId(ref)) continue;
      const path = at(r.path, field, j);
      if (target) {
        const [found, wanted] = [msg(A_RECORD_OF[target.collection]), msg(A_RECORD_OF[to])];
        c.error(path, msg('validate-wrong-kind', quote(ref), found, wanted));
        continue;
      }
      const guess = c.keeping() ? c.suggest(ref, to) : undefined;
      c.error(
        path,
        guess
          ? msg('validate-unknown-ref-suggest', quote(ref), msg(A_RECORD_OF[to]), quote(guess))
          : msg('validate-unknown-ref', quote(ref), msg(A_RECORD_OF[to])),
      );
    }
  }
}

function checkSourcesCited(c: Checker, r: RecordAt): void {
  if (r.collection === 'sources') return;
  const sources = own(r.record, 'sources');
  if (Array.isArray(sources) && sources.length === 0) {
    c.warn(at(r.path, 'sources'), msg('validate-no-source'));
  }
}

/** Checks the country code at `base`'s `steps`. */
function checkCountry(c: Checker, code: unknown, base: Path, ...steps: (string | number)[]): void {
  if (typeof code !== 'string' || isCountryCode(code) || !/^[A-Z]{2}$/.test(code)) return;
  const hint = Object.hasOwn(COUNTRY_CODE_HINTS, code) ? COUNTRY_CODE_HINTS[code] : undefined;
  c.error(
    at(base, ...steps),
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
      for (let j = 0; j < countries.length; j++)
        checkCountry(c, countries[j], r.path, 'countries', j);
    c.listedTwice(r.path, 'countries', countries);
    const country = isObject(location) ? own(location, 'country') : undefined;
    if (
      typeof country === 'string' &&
      isCountryCode(country) &&
      Array.isArray(countries) &&
      !countries.includes(country)
    ) {
      const list = strings(countries);
      if (list.length > 0) {
        c.warn(
          at(r.path, 'location', 'country'),
          msg('validate-country-not-listed', quote(country), listCodes(list)),
        );
      }
    }
  }
  if (r.collection !== 'organizations' && r.collection !== 'networks' && r.collection !== 'meetups')
    return;
  if (!isObject(location)) return;
  checkCountry(c, own(location, 'country'), r.path, 'location', 'country');
  // The contract: meetups need the country of their place; organizations have `countries`.
  if (r.collection === 'meetups' && own(location, 'country') === undefined) {
    const path = at(r.path, 'location');
    c.error(at(path, 'country'), msg('validate-meetup-country'), c.doc.valueOffset(path));
  }
}

/**
 * Checks a tag in `base`'s list `field` (at index `step`), or a key of its `names` map (`step`
 * is then the key, and problems are placed at the map).
 */
function checkTag(
  c: Checker,
  tag: unknown,
  base: Path,
  field: string,
  step: string | number,
): void {
  // Tags of the wrong length are already refused by the schema.
  if (typeof tag !== 'string' || tag.length < 2 || tag.length > 35) return;
  const result = checkLanguageTag(tag);
  if (result.ok && !result.recased) return;
  const isKey = typeof step === 'string';
  const path = isKey ? at(base, field) : at(base, field, step);
  // Positions are only looked up for a finding (see jsonFast.ts).
  const offset = isKey ? c.doc.keyOffset([...path, tag]) : undefined;
  if (!result.ok) {
    const id = isKey ? 'validate-key-tag-problem' : 'validate-tag-problem';
    c.error(path, msg(id, quote(tag), result.message), offset);
  } else if (result.recased) {
    const id = isKey ? 'validate-key-tag-recased' : 'validate-tag-recased';
    c.warn(path, msg(id, quote(tag), quote(result.recased)), offset);
  }
}

function checkLanguages(c: Checker, r: RecordAt): void {
  if (r.collection === 'organizations' || r.collection === 'networks') {
    const languages = own(r.record, 'languages');
    if (Array.isArray(languages)) {
      for (let j = 0; j < languages.length; j++) checkTag(c, languages[j], r.path, 'languages', j);
      c.listedTwice(r.path, 'languages', languages, true);
    }
  }
  if (
    r.collection === 'organizations' ||
    r.collection === 'networks' ||
    r.collection === 'programs'
  ) {
    const names = own(r.record, 'names');
    if (!isObject(names)) return;
    for (const key of Object.keys(names)) checkTag(c, key, r.path, 'names', key);
  }
}

/** Checks the date in `base`'s field `field`. */
function checkDate(c: Checker, value: unknown, base: Path, field: string): DateRange | undefined {
  if (typeof value !== 'string') return undefined;
  const result = parsePartialDate(value);
  if (!result) return undefined;
  if ('message' in result) {
    c.error(at(base, field), result.message);
    return undefined;
  }
  if (result.year < PLAUSIBLE_YEARS.min || result.year > PLAUSIBLE_YEARS.max) {
    c.warn(
      at(base, field),
      msg('validate-date-implausible', quote(value), PLAUSIBLE_YEARS.min, PLAUSIBLE_YEARS.max),
    );
  }
  return result;
}

function checkDates(c: Checker, r: RecordAt): void {
  const fields = DATE_FIELDS[r.collection];
  if (!fields) return;
  const ranges: Partial<Record<string, DateRange>> = {};
  for (const field of fields) ranges[field] = checkDate(c, own(r.record, field), r.path, field);
  const shown = (field: string): string => quote(String(own(r.record, field)));
  const { start, end, ended } = ranges;
  // Partial dates: a start means its first day, an end its last day.
  if (start && end && start.first > end.last) {
    c.error(at(r.path, 'end'), msg('validate-end-before-start', shown('end'), shown('start')));
  }
  for (const field of BEGUN_FIELDS) {
    const begun = ranges[field];
    if (ended && begun && begun.first > ended.last) {
      c.warn(
        at(r.path, 'ended'),
        msg('validate-ended-before', shown('ended'), field, shown(field)),
      );
    }
  }
  if (
    r.collection === 'organizations' &&
    own(r.record, 'status') === 'active' &&
    own(r.record, 'ended') !== undefined
  ) {
    c.warn(at(r.path, 'ended'), msg('validate-ended-active'));
  }
}

/** A language tag's primary subtag, in lower case (`pt` for `pt-BR`). */
function primaryTag(tag: string): string {
  const dash = tag.indexOf('-');
  return (dash < 0 ? tag : tag.slice(0, dash)).toLowerCase();
}

const MEMBER_FIELDS = ['members', 'inferredMembers'] as const;

function checkNetworkMembers(c: Checker, r: RecordAt): void {
  if (r.collection !== 'networks') return;
  const networkLanguages = strings(own(r.record, 'languages'));
  const spoken = new Set(networkLanguages.map(primaryTag));
  const members = strings(own(r.record, 'members'));
  const memberSet = new Set(members);
  for (const field of MEMBER_FIELDS) {
    const list = own(r.record, field);
    if (!Array.isArray(list)) continue;
    for (let j = 0; j < list.length; j++) {
      const id: unknown = list[j];
      if (typeof id !== 'string') continue;
      if (field === 'inferredMembers' && memberSet.has(id)) {
        c.warn(at(r.path, field, j), msg('validate-member-twice', quote(id), members.indexOf(id)));
      }
      if (spoken.size === 0) continue;
      const org = c.organizations.get(id);
      const languages = org ? own(org, 'languages') : undefined;
      if (!Array.isArray(languages)) continue;
      // A member speaking one of the network's languages (or none listed) is fine.
      let listed = false;
      let shared = false;
      for (const tag of languages) {
        if (typeof tag !== 'string') continue;
        listed = true;
        if (spoken.has(primaryTag(tag))) {
          shared = true;
          break;
        }
      }
      if (!listed || shared) continue;
      c.warn(
        at(r.path, field, j),
        msg(
          'validate-member-language',
          quote(id),
          listCodes(strings(languages)),
          listCodes(networkLanguages),
        ),
      );
    }
  }
}

/** Warns about a word mixing look-alike scripts (`Wikimediа` with a Cyrillic `а`). */
export function checkMixedScripts(c: Checker, path: Path, value: unknown): void {
  mixedScriptsAt(c, value, path);
}

/** As `checkMixedScripts`, for the text at `base`'s `steps`. */
function mixedScriptsAt(c: Checker, value: unknown, base: Path, ...steps: (string | number)[]) {
  if (typeof value !== 'string' || value.length > 1000) return;
  const mixed = mixedScriptWord(value);
  if (mixed) {
    const scripts = mixed.scripts.join(' and ');
    c.warn(at(base, ...steps), msg('validate-mixed-scripts', quote(mixed.word, 40), scripts));
  }
}

/** Of a list of texts, only the first so many are looked at. */
const TEXTS_LOOKED_AT = 1000;

function checkTexts(c: Checker, r: RecordAt): void {
  for (const field of TEXT_FIELDS[r.collection]) {
    const value = own(r.record, field);
    if (Array.isArray(value)) {
      const n = Math.min(value.length, TEXTS_LOOKED_AT);
      for (let j = 0; j < n; j++) mixedScriptsAt(c, value[j], r.path, field, j);
    } else if (field === 'names' && isObject(value)) {
      for (const key of Object.keys(value)) mixedScriptsAt(c, value[key], r.path, field, key);
    } else mixedScriptsAt(c, value, r.path, field);
  }
  const location = own(r.record, 'location');
  if (isObject(location)) mixedScriptsAt(c, own(location, 'city'), r.path, 'location', 'city');
}

/** The checks of the dataset's own fields (`updated`, `title`, `meta`), into `c.out`. */
export function checkRoot(c: Checker): void {
  checkDate(c, own(c.root, 'updated'), [], 'updated');
  checkMixedScripts(c, ['title'], own(c.root, 'title'));
  const meta = own(c.root, 'meta');
  if (isObject(meta)) {
    checkDate(c, own(meta, 'dataAsOf'), ['meta'], 'dataAsOf');
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
