/**
 * Faceted filtering: which records the map, the graph, the table and the timeline show, and for
 * every facet value how many organizations it would leave given the other facets (the counts
 * update as other facets change).
 *
 * Within a facet, values are alternatives (OR); across facets, all must hold (AND).
 */
import { isSourced, type Atlas } from './atlas.ts';
import {
  facetValuesOf,
  FACETS,
  NO_FACET_VALUES,
  type Facet,
  type FacetValues,
  type OrganizationFacets,
} from './facets.ts';
import type { Meetup, Organization } from './schema.ts';
import { runSteps, stepsCache, type StepsCache } from './steps.ts';

export { FACETS, type Facet } from './facets.ts';

/**
 * What a year range asks of an organization: `active` (it existed at some point in the range:
 * recognized or founded before its end, not ended before its start) or `recognized` (its
 * recognition date falls in the range). Meetups are always asked when they were held.
 */
export const YEAR_MEANINGS = ['active', 'recognized'] as const;
export type YearMeaning = (typeof YEAR_MEANINGS)[number];

/** Every filter a person can set: the facets (see facets.ts), a year range, sourced only. */
export interface Filters extends FacetValues {
  from: number | null;
  to: number | null;
  /** What the year range means for organizations. */
  years: YearMeaning;
  /**
   * With a year range, also show the records whose date the range asks about is unknown (they
   * are counted either way, never silently kept or dropped).
   */
  undated: boolean;
  /** Hide records whose only source is general knowledge. */
  sourcedOnly: boolean;
}

export const NO_FILTERS: Filters = {
  ...NO_FACET_VALUES,
  from: null,
  to: null,
  years: 'active',
  undated: false,
  sourcedOnly: false,
};

/** Whether a year range is set (either end). */
export function hasYears(f: Filters): boolean {
  return f.from !== null || f.to !== null;
}

export function hasFilters(f: Filters): boolean {
  return activeFilterCount(f) > 0;
}

/** How many choices the filters hold: each facet value, the year range and "sourced" count one. */
export function activeFilterCount(f: Filters): number {
  let n = 0;
  for (const facet of FACETS) n += f[facet].length;
  if (hasYears(f)) n++;
  if (f.sourcedOnly) n++;
  return n;
}

/** The first year of a partial ISO date, or null. */
export function yearOf(date: string | undefined): number | null {
  return date ? Number(date.slice(0, 4)) : null;
}

/**
 * Whether the organization answers the year range: true, false, or `unknown` when the date the
 * range asks about is not recorded (no recognition or founding date).
 */
export function orgInYears(o: Organization, f: Filters): boolean | 'unknown' {
  const { from, to } = f;
  if (from === null && to === null) return true;
  if (f.years === 'recognized') {
    const year = yearOf(o.recognized);
    if (year === null) return 'unknown';
    return (from === null || year >= from) && (to === null || year <= to);
  }
  const start = yearOf(o.recognized) ?? yearOf(o.founded);
  if (start === null) return 'unknown';
  const end = yearOf(o.ended);
  if (to !== null && start > to) return false;
  if (from !== null && end !== null && end < from) return false;
  return true;
}

function inYears(o: Organization, f: Filters): boolean {
  const answer = orgInYears(o, f);
  return answer === 'unknown' ? f.undated : answer;
}

/**
 * How many of the active facets (indexes in FACETS) the organization has none of the chosen
 * values of, up to 2 (only "none" and "one" matter to the counts), with the first in
 * `failed.facet`; -1 when it fails the years or "only sourced".
 */
function failedFacets(
  o: Organization,
  values: OrganizationFacets,
  f: Filters,
  active: readonly number[],
  failed: { facet: number },
): number {
  if (!inYears(o, f) || (f.sourcedOnly && !isSourced(o))) return -1;
  let n = 0;
  for (const i of active) {
    const chosen = f[FACETS[i]!];
    if (values[i]!.some((v) => chosen.includes(v))) continue;
    if (n++ === 1) break;
    failed.facet = i;
  }
  return n;
}

/** Whether the meetup was held within the range; `unknown` without a start date. */
export function meetupInYears(m: Meetup, f: Filters): boolean | 'unknown' {
  const { from, to } = f;
  if (from === null && to === null) return true;
  const start = yearOf(m.start);
  const end = yearOf(m.end) ?? start;
  if (start === null) return 'unknown';
  if (to !== null && start > to) return false;
  if (from !== null && end !== null && end < from) return false;
  return true;
}

export interface FilterResult {
  /** Ids of every visible record, plus `language:<code>` for visible languages. */
  visibleIds: ReadonlySet<string>;
  organizations: readonly Organization[];
  meetups: readonly Meetup[];
  /** facet -> value -> number of organizations left if that value were chosen (others kept). */
  counts: ReadonlyMap<Facet, ReadonlyMap<string, number>>;
  /**
   * With a year range: records that pass every other filter but whose date is unknown (shown
   * only with `undated`, counted either way). Zero without a range.
   */
  undated: { organizations: number; meetups: number };
}

/** Applies the filters. Pure; the same input gives the same output order (dataset order). */
export function applyFilters(atlas: Atlas, f: Filters): FilterResult {
  return runSteps(filterSteps(atlas, f));
}

/**
 * Results per atlas, per filters object: filters are replaced, never changed, so one object is
 * one choice. The first view's result is computed ahead a slice per task (`prepareFilterResult`);
 * later choices are computed when read. A result lives as long as its filters object (and the
 * atlas): "no filters" is one constant object, so clearing the filters costs nothing.
 */
const results = new WeakMap<Atlas, StepsCache<Filters, FilterResult>>();

function resultsOf(atlas: Atlas): StepsCache<Filters, FilterResult> {
  let cache = results.get(atlas);
  if (!cache) {
    cache = stepsCache((f: Filters) => filterSteps(atlas, f));
    results.set(atlas, cache);
  }
  return cache;
}

/** What the filters leave of the atlas (as `applyFilters`), computed once per filters object. */
export function filterResult(atlas: Atlas, f: Filters): FilterResult {
  return resultsOf(atlas).now(f);
}

/** The same, computed ahead a slice per task (`between` starts the next one). */
export function prepareFilterResult(
  atlas: Atlas,
  f: Filters,
  between: () => Promise<void>,
): Promise<void> {
  return resultsOf(atlas).ahead(f, between);
}

/**
 * Organizations between two places where `filterSteps` may pause (runStepsInSlices pauses by
 * time; as in facets.ts).
 */
const SLICE = 1_000;

/** `applyFilters` as steps: it yields every SLICE organizations and between its passes. */
export function* filterSteps(atlas: Atlas, f: Filters): Generator<void, FilterResult> {
  const d = atlas.dataset;
  const byOrg = facetValuesOf(atlas);
  const active = FACETS.flatMap((facet, i) => (f[facet].length ? [i] : []));
  // One pass gives both the organizations shown and the counts: an organization counts for a
  // facet's values when every other filter holds, i.e. it fails that facet alone or none.
  const organizations: Organization[] = [];
  const byFacet = FACETS.map(() => new Map<string, number>());
  const add = (i: number, values: readonly string[]) => {
    const byValue = byFacet[i]!;
    for (const v of values) byValue.set(v, (byValue.get(v) ?? 0) + 1);
  };
  const failed = { facet: -1 };
  let done = 0;
  for (const o of d.organizations) {
    const values = byOrg.get(o)!;
    const n = failedFacets(o, values, f, active, failed);
    if (n === 0) {
      organizations.push(o);
      for (let i = 0; i < FACETS.length; i++) add(i, values[i]!);
    } else if (n === 1) add(failed.facet, values[failed.facet]!);
    if (++done % SLICE === 0) yield;
  }
  const counts = new Map<Facet, Map<string, number>>(
    FACETS.map((facet, i) => [facet, byFacet[i]!]),
  );
  const undated = { organizations: 0, meetups: 0 };
  if (hasYears(f)) {
    // Counted against every other filter: what "show date unknown" would add or keeps.
    const anyYears: Filters = { ...f, undated: true };
    for (const o of d.organizations)
      if (
        orgInYears(o, f) === 'unknown' &&
        failedFacets(o, byOrg.get(o)!, anyYears, active, failed) === 0
      )
        undated.organizations++;
    yield;
  }
  const orgIds = new Set(organizations.map((o) => o.id));
  const visibleIds = new Set<string>(orgIds);
  const orgFacetsActive = FACETS.some((k) => f[k].length > 0);

  // Each language's id is made once, not once per organization speaking it (same set order).
  const languages = new Set<string>();
  for (const o of organizations)
    for (const l of o.languages)
      if (!languages.has(l)) {
        languages.add(l);
        visibleIds.add(`language:${l}`);
      }
  yield;

  for (const n of d.networks) {
    if (f.network.length && !f.network.includes(n.id)) continue;
    if (f.language.length && !n.languages.some((l) => f.language.includes(l))) continue;
    if (f.to !== null && (yearOf(n.founded) ?? 0) > f.to) continue;
    if (f.sourcedOnly && !isSourced(n)) continue;
    visibleIds.add(n.id);
  }

  /** Every filter but the years, for a meetup. */
  const meetupPasses = (m: Meetup): boolean => {
    if (f.sourcedOnly && !isSourced(m)) return false;
    if (f.program.length && !m.programs.some((p) => f.program.includes(p))) {
      // A meetup without programs still counts when a visible organization runs it.
      if (m.programs.length) return false;
    }
    if (f.network.length && m.networks.some((n) => f.network.includes(n))) return true;
    if (!orgFacetsActive) return true;
    return [...m.organizers, ...m.participants].some((id) => orgIds.has(id));
  };
  const meetups = d.meetups.filter((m) => {
    const held = meetupInYears(m, f);
    if (held === false) return false;
    if (held === 'unknown') {
      if (!meetupPasses(m)) return false;
      undated.meetups++;
      return f.undated;
    }
    return meetupPasses(m);
  });
  for (const m of meetups) visibleIds.add(m.id);

  for (const p of d.programs)
    if (!f.program.length || f.program.includes(p.id)) visibleIds.add(p.id);
  for (const c of d.collaborations) {
    if (c.organizations.filter((id) => orgIds.has(id)).length < 2) continue;
    if (f.sourcedOnly && !isSourced(c)) continue;
    visibleIds.add(c.id);
  }

  return { visibleIds, organizations, meetups, counts, undated };
}
