/**
 * Search over organizations, networks, meetup series, meetups and programs by any of their
 * names, case- and accent-insensitive (`espana` finds Wikimedia España, `tunisie` finds the
 * Tunisian user group, `cee meeting` the series of CEE Meetings and each edition).
 * The index is built once per dataset; queries are a scan of short normalized strings.
 */
import type { Atlas, EntityKind } from './atlas.ts';
import { meetupSeries } from './series.ts';
import { SLICE_BUDGET_MS } from './steps.ts';

export type SearchKind =
  Extract<EntityKind, 'organization' | 'network' | 'meetup' | 'program'> | 'series';
export const SEARCH_KINDS: readonly SearchKind[] = [
  'organization',
  'network',
  'series',
  'meetup',
  'program',
];

export interface SearchHit {
  id: string;
  kind: SearchKind;
  /** The record's main name. */
  name: string;
  /** The name that matched when it is not the main one (a local name), for display. */
  matched?: string;
  score: number;
}

interface Entry {
  id: string;
  kind: SearchKind;
  name: string;
  /** [original, normalized] for every name of the record. */
  names: [string, string][];
}

export interface SearchIndex {
  /** Every entry, in dataset order (organizations, networks, meetups, programs, series). */
  readonly entries: readonly Entry[];
}

/** Lower case, no diacritics, punctuation as spaces: `Wikimédia España` -> `wikimedia espana`. */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function entry(id: string, kind: SearchKind, name: string, others: (string | undefined)[]): Entry {
  const all = [name, ...others.filter((n): n is string => !!n)];
  const seen = new Set<string>();
  const names: [string, string][] = [];
  for (const n of all) {
    const key = normalize(n);
    if (key && !seen.has(key)) {
      seen.add(key);
      names.push([n, key]);
    }
  }
  return { id, kind, name, names };
}

function* entriesOf(atlas: Atlas): Generator<Entry> {
  const d = atlas.dataset;
  for (const r of d.organizations)
    yield entry(r.id, 'organization', r.name, [
      ...Object.values(r.names ?? {}),
      ...(r.aliases ?? []),
      r.location?.city,
    ]);
  for (const r of d.networks)
    yield entry(r.id, 'network', r.name, [...Object.values(r.names ?? {}), ...(r.aliases ?? [])]);
  for (const r of d.meetups)
    yield entry(r.id, 'meetup', r.name, [r.series, r.location?.city, r.venue]);
  for (const r of d.programs)
    yield entry(r.id, 'program', r.name, [...Object.values(r.names ?? {}), ...(r.aliases ?? [])]);
  for (const s of meetupSeries(atlas).values()) yield entry(s.selectionId, 'series', s.name, []);
}

/**
 * The search index of a dataset, built without a long task: where the page has idle callbacks,
 * in slices of a few milliseconds while it is idle; the rest at once when `entries` is first
 * read (a query before the slices are done). Nobody searches in the first instant, and an
 * empty query does not read it. Same entries in the same order either way.
 */
export function buildSearchIndex(atlas: Atlas): SearchIndex {
  const pending = entriesOf(atlas);
  const entries: Entry[] = [];
  let done = false;
  const take = (until: number): void => {
    while (!done) {
      for (let k = 0; k < 32; k++) {
        const next = pending.next();
        if (next.done) {
          done = true;
          return;
        }
        entries.push(next.value);
      }
      if (performance.now() >= until) return;
    }
  };
  if (typeof requestIdleCallback === 'function') {
    const step = (idle: IdleDeadline): void => {
      take(performance.now() + Math.min(SLICE_BUDGET_MS, idle.timeRemaining()));
      if (!done) requestIdleCallback(step);
    };
    requestIdleCallback(step);
  }
  return {
    get entries() {
      take(Infinity);
      return entries;
    },
  };
}

/** How well one normalized name matches every query word; 0 when it does not. */
function scoreName(name: string, words: string[], whole: string): number {
  if (name === whole) return 100;
  let score = name.startsWith(whole) ? 60 : 0;
  for (const w of words) {
    const at = name.indexOf(w);
    if (at < 0) return 0;
    score += at === 0 || name[at - 1] === ' ' ? 10 : 3;
  }
  return score;
}

/**
 * Hits for `query`, best first, at most `limit` per kind; ties by name, so the order is stable.
 * The main name outranks a local name or a city with the same match.
 */
export function search(index: SearchIndex, query: string, limit = 8): SearchHit[] {
  // No query, no work (normalizing compiles its Unicode patterns on first use: ~20 ms).
  if (!query.trim()) return [];
  const whole = normalize(query);
  if (!whole) return [];
  const words = whole.split(' ');
  const hits: SearchHit[] = [];
  for (const e of index.entries) {
    let best = 0;
    let matched: string | undefined;
    e.names.forEach(([original, key], i) => {
      const s = scoreName(key, words, whole) - (i === 0 ? 0 : 1);
      if (s > best) {
        best = s;
        matched = i === 0 ? undefined : original;
      }
    });
    if (best > 0) hits.push({ id: e.id, kind: e.kind, name: e.name, matched, score: best });
  }
  hits.sort(
    (a, b) => b.score - a.score || a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id),
  );
  const perKind = new Map<SearchKind, number>();
  return hits.filter((h) => {
    const n = perKind.get(h.kind) ?? 0;
    perKind.set(h.kind, n + 1);
    return n < limit;
  });
}

export interface HitGroup {
  kind: SearchKind;
  /** The hits listed, best first. */
  hits: SearchHit[];
  /** How many more matched and are not listed ("N more"). */
  more: number;
}

/**
 * Hits grouped by kind in SEARCH_KINDS order, for a combobox with group headings: at most
 * `limit` per group, except the groups in `full`, with how many more each has.
 */
export function groupHits(
  hits: readonly SearchHit[],
  limit = Infinity,
  full: ReadonlySet<SearchKind> = new Set(),
): HitGroup[] {
  return SEARCH_KINDS.map((kind) => {
    const all = hits.filter((h) => h.kind === kind);
    const shown = full.has(kind) ? all : all.slice(0, limit);
    return { kind, hits: shown, more: all.length - shown.length };
  }).filter((g) => g.hits.length > 0);
}
