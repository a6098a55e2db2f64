/**
 * What the filter panel lists for each facet: every value the dataset has (so a value that the
 * other facets reduce to 0 stays visible, greyed), its label, its count and whether it is chosen.
 * Pure: the component passes the label functions in.
 */
import type { Atlas } from '../../model/atlas.ts';
import type { Facet, FilterResult, Filters } from '../../model/filters.ts';
import { REGIONS, regionOf } from '../../model/regions.ts';
import { OrganizationKind } from '../../model/schema.ts';
import { normalize } from '../../model/search.ts';

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  checked: boolean;
}

/** Facets whose lists are long enough to need a text filter and sorting by count. */
export const LONG_FACETS: ReadonlySet<Facet> = new Set(['country', 'language']);

/** Every value of every facet in the dataset, in a fixed order (kinds, statuses, regions). */
export function facetUniverse(atlas: Atlas): Record<Facet, string[]> {
  const d = atlas.dataset;
  const countries = new Set<string>();
  const languages = new Set<string>();
  for (const o of d.organizations) {
    for (const c of o.countries) countries.add(c);
    for (const l of o.languages) languages.add(l);
  }
  const regions = new Set([...countries].map(regionOf));
  return {
    kind: [...OrganizationKind.options],
    status: ['active', 'former'],
    network: d.networks.map((n) => n.id),
    region: REGIONS.filter((r) => regions.has(r)),
    country: [...countries],
    language: [...languages],
    program: d.programs.map((p) => p.id),
  };
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
  if (LONG_FACETS.has(facet)) {
    options.sort((a, b) => b.count - a.count || collator.compare(a.label, b.label));
  } else if (facet === 'network' || facet === 'program') {
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
