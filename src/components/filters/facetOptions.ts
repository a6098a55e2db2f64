/**
 * What the filter panel lists for each facet: every value the dataset has (so a value that the
 * other facets reduce to 0 stays visible, greyed), its label, its count and whether it is chosen.
 * Pure: the component passes the label functions in.
 */
import { FACET_DEFINITIONS, FACETS, type Facet } from '../../model/facets.ts';
import type { FilterResult, Filters } from '../../model/filters.ts';
import { normalize } from '../../model/search.ts';
import type { Atlas } from '../../model/atlas.ts';
import { stepsCache } from '../../model/steps.ts';

/** Every value the dataset offers for every facet, in the panel's base order. */
export type FacetUniverse = { readonly [F in Facet]: readonly string[] };

/**
 * The universe of each atlas, computed once: ahead, a facet per task, before the panel mounts
 * (`prepareFacetUniverse`), or when first read. The region, country and language facets are
 * each a pass over every organization's values (at 20,000, most of the panel's mount).
 */
const universes = stepsCache(universeSteps);

function* universeSteps(atlas: Atlas): Generator<void, FacetUniverse> {
  const universe: Partial<Record<Facet, readonly string[]>> = {};
  for (const facet of FACETS) {
    universe[facet] = FACET_DEFINITIONS[facet].universe(atlas);
    yield;
  }
  return universe as FacetUniverse;
}

/** Every value the atlas offers for every facet (see `facetUniverse` in model/facets.ts). */
export function facetUniverseOf(atlas: Atlas): FacetUniverse {
  return universes.now(atlas);
}

/** The same, computed ahead a facet per task (`between` starts the next one). */
export function prepareFacetUniverse(
  atlas: Atlas,
  between: () => Promise<void>,
  budgetMs?: number,
): Promise<void> {
  return universes.ahead(atlas, between, budgetMs);
}

/** Rows of a closed facet's list made per task (FacetGroup): about 10 ms on a two-core machine. */
export const LIST_STEP = 60;

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  checked: boolean;
}

/**
 * The options of one facet. Values chosen but absent from the dataset (from a link) are kept so
 * they can be unchosen. Long facets sort by count then name; networks and programs by name.
 */
export function facetOptions(
  facet: Facet,
  universe: readonly string[],
  filters: Filters,
  result: FilterResult,
  label: (value: string) => string,
  collator: Intl.Collator,
): FacetOption[] {
  const chosen = filters[facet];
  const counts = result.counts.get(facet);
  const values = [...universe, ...chosen.filter((v) => !universe.includes(v))];
  const options = values.map((value) => ({
    value,
    label: label(value),
    count: counts?.get(value) ?? 0,
    checked: chosen.includes(value),
  }));
  const definition = FACET_DEFINITIONS[facet];
  if (definition.long) {
    options.sort((a, b) => b.count - a.count || collator.compare(a.label, b.label));
  } else if (definition.label === 'record') {
    options.sort((a, b) => collator.compare(a.label, b.label));
  }
  return options;
}

/** Options whose label or code contains the text, accent- and case-insensitively. */
export function matchOptions(options: readonly FacetOption[], text: string): FacetOption[] {
  const q = normalize(text);
  if (!q) return [...options];
  return options.filter((o) => normalize(o.label).includes(q) || o.value.toLowerCase() === q);
}
