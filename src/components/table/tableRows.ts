/**
 * The rows of the data table: for each tab, its columns and, for each record the filters leave,
 * the text of every cell and the value it sorts by. Computed once per (tab, result, language);
 * sorting then compares precomputed keys, so 20,000 rows sort in a few milliseconds.
 */
import type { Atlas } from '../../model/atlas.ts';
import type { FilterResult } from '../../model/filters.ts';
import type { Meetup, Network, Organization } from '../../model/schema.ts';
import { formatDateRange, formatPartialDate } from '../../i18n/format.ts';
import { localName, shownName } from '../../model/localNames.ts';

export const TABLE_TABS = ['organizations', 'meetups', 'networks'] as const;
export type TableTab = (typeof TABLE_TABS)[number];

/** What the rows need from the i18n layer (the I18n class fits). */
export interface Labels {
  locale: string;
  t(key: string, ...params: (string | number)[]): string;
  countryName(code: string): string;
  languageName(code: string): string;
}

export interface Column {
  key: string;
  numeric: boolean;
}

export type SortKey = string | number | null;

export interface Row {
  id: string;
  /** Cell texts, the first being the name (in the UI language where the record has one). */
  cells: string[];
  keys: SortKey[];
  /** The English name, shown under a local name. */
  english?: string;
}

const COLUMNS: Record<TableTab, Column[]> = {
  organizations: ['name', 'kind', 'status', 'countries', 'languages', 'networks', 'recognized'].map(
    (key) => ({ key, numeric: false }),
  ),
  meetups: [
    ...['name', 'dates', 'place', 'format'].map((key) => ({ key, numeric: false })),
    { key: 'organizers', numeric: true },
    { key: 'participants', numeric: true },
  ],
  networks: [
    ...['name', 'kind', 'founded'].map((key) => ({ key, numeric: false })),
    { key: 'members', numeric: true },
    { key: 'languages', numeric: false },
  ],
};

export function columnsOf(tab: TableTab): readonly Column[] {
  return COLUMNS[tab];
}

/** A cell whose text is also its sort key; empty text sorts last. */
const text = (s: string | undefined): [string, SortKey] => [s ?? '', s || null];

function row(id: string, cells: [string, SortKey][], english?: string): Row {
  const r: Row = { id, cells: cells.map((c) => c[0]), keys: cells.map((c) => c[1]) };
  if (english !== undefined) r.english = english;
  return r;
}

/** Memoizes a function of a string: 20,000 rows share a few hundred distinct labels. */
function memo(f: (key: string) => string): (key: string) => string {
  const cache = new Map<string, string>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined) cache.set(key, (v = f(key)));
    return v;
  };
}

export function buildRows(tab: TableTab, atlas: Atlas, result: FilterResult, l: Labels): Row[] {
  const list = new Intl.ListFormat(l.locale, { style: 'short', type: 'unit' });
  const numbers = new Intl.NumberFormat(l.locale);
  const t = memo((key) => l.t(key));
  const country = memo((code) => l.countryName(code));
  const language = memo((code) => l.languageName(code));
  /** Lists by their items joined with a character that no name contains. */
  const format = memo((joined) => list.format(joined.split('\u0000')));
  const join = (items: readonly string[]) =>
    text(items.length > 1 ? format(items.join('\u0000')) : items[0]);
  const count = (n: number): [string, SortKey] => [numbers.format(n), n];
  /** A partial ISO date, shown short in the UI language, sorted by its ISO text. */
  const date = (d: string | undefined): [string, SortKey] =>
    d ? [formatPartialDate(l.locale, d, 'short'), d] : ['', null];
  const join2 = (a: string, b: string) => l.t('table-date-range', a, b);
  const networkName = (n: Network) => localName(n, l.locale) ?? n.name;
  switch (tab) {
    case 'organizations':
      return result.organizations.map((o: Organization) => {
        const shown = shownName(o, l.locale);
        return row(
          o.id,
          [
            text(shown.name),
            text(t(`filter-kind-${o.kind}`)),
            text(t(`filter-status-${o.status}`)),
            join(o.countries.map(country)),
            join(o.languages.map(language)),
            join((atlas.networksOf.get(o.id) ?? []).map((m) => networkName(m.network))),
            date(o.recognized),
          ],
          shown.english,
        );
      });
    case 'meetups':
      return result.meetups.map((m: Meetup) => {
        const dates = m.start
          ? formatDateRange(l.locale, m.start, m.end ?? m.start, 'short', join2)
          : undefined;
        const city = m.location?.city;
        const land = m.location?.country ? country(m.location.country) : undefined;
        // City and country are one place, not a list: "Buenos Aires, Argentina".
        const place = city && land ? l.t('details-city-country', city, land) : (city ?? land);
        return row(m.id, [
          text(m.name),
          [dates ?? '', m.start ?? null],
          text(place),
          text(t(`timeline-format-${m.format}`)),
          count(m.organizers.length),
          count(m.participants.length),
        ]);
      });
    case 'networks':
      return atlas.dataset.networks
        .filter((n) => result.visibleIds.has(n.id))
        .map((n: Network) => {
          const shown = shownName(n, l.locale);
          return row(
            n.id,
            [
              text(shown.name),
              text(t(`table-network-kind-${n.kind}`)),
              date(n.founded),
              count(n.members.length),
              join(n.languages.map(language)),
            ],
            shown.english,
          );
        });
  }
}

/** Rows sorted by one column; empty cells last in either direction; ties keep dataset order. */
export function sortRows(
  rows: readonly Row[],
  column: number,
  descending: boolean,
  collator: Intl.Collator,
): Row[] {
  const sign = descending ? -1 : 1;
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      const x = a.r.keys[column] ?? null;
      const y = b.r.keys[column] ?? null;
      if (x === null || y === null) return x === y ? a.i - b.i : x === null ? 1 : -1;
      const c =
        typeof x === 'number' && typeof y === 'number'
          ? x - y
          : collator.compare(String(x), String(y));
      return sign * c || a.i - b.i;
    })
    .map((e) => e.r);
}
