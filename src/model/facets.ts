/**
 * The organization facets, listed once. Each entry says everything the app needs to know about
 * one facet: its public URL parameter, the values an organization has, every value the dataset
 * offers (in panel order), how a value is named, and whether a value from a link is one this
 * dataset knows. The URL parser, the filter logic, the filter panel, the active-filter count and
 * the notices for unknown values all read this table: adding a facet is adding an entry.
 *
 * The order of FACETS is the panel's order and the URL's parameter order.
 */
import type { Atlas } from './atlas.ts';
import { isCountryCode } from './iso3166.ts';
import { checkLanguageTag } from './bcp47.ts';
import { REGIONS, regionOf, type Region } from './regions.ts';
import type { Organization } from './schema.ts';
import { FACETS, ORGANIZATION_KINDS, ORGANIZATION_STATUSES, type Facet } from './vocabulary.ts';
import { stepsCache } from './steps.ts';

/** Listed in vocabulary.ts, which the schema reads too. */
export { FACETS, type Facet };

/** How the panel names a value: an i18n message, a country or language name, or a record name. */
export type FacetLabel = 'message' | 'country' | 'language' | 'record';

export interface FacetDefinition {
  /** The public URL parameter (stable: links and embeds use it). */
  readonly param: string;
  /** How values are named in the panel (`message`: the key `filter-<facet>-<value>`). */
  readonly label: FacetLabel;
  /** Long lists get a text filter and are sorted by count. */
  readonly long: boolean;
  /** The values an organization has for this facet. */
  valuesOf(atlas: Atlas, organization: Organization): readonly string[];
  /** Every value the dataset offers, in the panel's base order. */
  universe(atlas: Atlas): string[];
  /** Whether a value (from a link, a tour step or an embed) names something this dataset knows. */
  isKnown(atlas: Atlas, value: string): boolean;
}

/** The values of every facet of one organization, in FACETS order. */
export type OrganizationFacets = readonly (readonly string[])[];

/**
 * Facet values per organization, computed once per atlas: filters, counts and the panel's lists
 * all read them, and at 20,000 organizations rebuilding them dominated the time.
 */
const facetValues = stepsCache(facetValueSteps);

/** Facet values of every organization (in dataset order), computed on first use. */
export function facetValuesOf(atlas: Atlas): ReadonlyMap<Organization, OrganizationFacets> {
  return facetValues.now(atlas);
}

/** The same, computed ahead a slice per task (`between` starts the next one). */
export function prepareFacetValues(atlas: Atlas, between: () => Promise<void>): Promise<void> {
  return facetValues.ahead(atlas, between);
}

/** Organizations between two places where `prepareFacetValues` may pause (it pauses by time). */
const SLICE = 1_000;

function* facetValueSteps(
  atlas: Atlas,
): Generator<void, ReadonlyMap<Organization, OrganizationFacets>> {
  const byOrg = new Map<Organization, OrganizationFacets>();
  for (const o of atlas.dataset.organizations) {
    byOrg.set(
      o,
      FACETS.map((facet) => FACET_DEFINITIONS[facet].valuesOf(atlas, o)),
    );
    if (byOrg.size % SLICE === 0) yield;
  }
  return byOrg;
}

/** Every value organizations have for the facet, in dataset order. */
function orgValues(atlas: Atlas, facet: Facet): string[] {
  const i = FACETS.indexOf(facet);
  const seen = new Set<string>();
  for (const values of facetValuesOf(atlas).values()) for (const v of values[i]!) seen.add(v);
  return [...seen];
}

function regionsOf(o: Organization): Region[] {
  return [...new Set(o.countries.map(regionOf).filter((r): r is Region => !!r))];
}

function recordOfKind(atlas: Atlas, id: string, kind: 'network' | 'program'): boolean {
  return atlas.byId.get(id)?.kind === kind;
}

export const FACET_DEFINITIONS: { readonly [F in Facet]: FacetDefinition } = {
  kind: {
    param: 'kind',
    label: 'message',
    long: false,
    valuesOf: (_, o) => [o.kind],
    universe: () => [...ORGANIZATION_KINDS],
    isKnown: (_, v) => (ORGANIZATION_KINDS as readonly string[]).includes(v),
  },
  status: {
    param: 'status',
    label: 'message',
    long: false,
    valuesOf: (_, o) => [o.status],
    universe: () => [...ORGANIZATION_STATUSES],
    isKnown: (_, v) => (ORGANIZATION_STATUSES as readonly string[]).includes(v),
  },
  network: {
    param: 'network',
    label: 'record',
    long: false,
    valuesOf: (atlas, o) => (atlas.networksOf.get(o.id) ?? []).map((m) => m.network.id),
    universe: (atlas) => atlas.dataset.networks.map((n) => n.id),
    isKnown: (atlas, v) => recordOfKind(atlas, v, 'network'),
  },
  region: {
    param: 'region',
    label: 'message',
    long: false,
    valuesOf: (_, o) => regionsOf(o),
    universe: (atlas) => {
      const present = new Set(orgValues(atlas, 'region'));
      return REGIONS.filter((r) => present.has(r));
    },
    isKnown: (_, v) => (REGIONS as readonly string[]).includes(v),
  },
  country: {
    param: 'country',
    label: 'country',
    long: true,
    valuesOf: (_, o) => o.countries,
    universe: (atlas) => orgValues(atlas, 'country'),
    isKnown: (_, v) => isCountryCode(v),
  },
  language: {
    param: 'language',
    label: 'language',
    long: true,
    valuesOf: (_, o) => o.languages,
    universe: (atlas) => orgValues(atlas, 'language'),
    isKnown: (_, v) => checkLanguageTag(v).ok,
  },
  program: {
    param: 'program',
    label: 'record',
    long: false,
    valuesOf: (_, o) => o.programs,
    universe: (atlas) => atlas.dataset.programs.map((p) => p.id),
    isKnown: (atlas, v) => recordOfKind(atlas, v, 'program'),
  },
};

/** The chosen values of every facet: what the filter panel shows checked. */
export type FacetValues = { readonly [F in Facet]: readonly string[] };

export const NO_FACET_VALUES: FacetValues = Object.freeze(
  Object.fromEntries(FACETS.map((f) => [f, Object.freeze([])])) as unknown as FacetValues,
);

/** Every value the dataset offers for every facet, in a fixed order. */
export function facetUniverse(atlas: Atlas): Record<Facet, string[]> {
  return Object.fromEntries(FACETS.map((f) => [f, FACET_DEFINITIONS[f].universe(atlas)])) as Record<
    Facet,
    string[]
  >;
}

/** Values of `chosen` this dataset does not know, per facet (for notices), in facet order. */
export function unknownFacetValues(
  atlas: Atlas,
  chosen: FacetValues,
): { facet: Facet; value: string }[] {
  const out: { facet: Facet; value: string }[] = [];
  for (const facet of FACETS)
    for (const value of chosen[facet])
      if (!FACET_DEFINITIONS[facet].isKnown(atlas, value)) out.push({ facet, value });
  return out;
}
