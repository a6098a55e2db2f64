/** fast-check generators of snapshots (model/snapshot.ts). */
import fc from 'fast-check';
import { FACETS, type Facet } from '../../../src/model/facets.ts';
import { EDGE_KINDS } from '../../../src/model/relations.types.ts';
import { YEAR_MEANINGS } from '../../../src/model/filters.ts';
import {
  GRAPH_MODES,
  MAP_LAYERS,
  VIEWS,
  type MapLayers,
  type Snapshot,
} from '../../../src/model/snapshot.ts';

/** What varies between the generators: the ids, facet values, years and languages drawn. */
export interface SnapshotParts {
  focus: fc.Arbitrary<string>;
  facetValue: (facet: Facet) => fc.Arbitrary<string>;
  year: fc.Arbitrary<number>;
  lang: fc.Arbitrary<string>;
  queryLength: number;
}

export function snapshotsOf(parts: SnapshotParts): fc.Arbitrary<Snapshot> {
  const year = fc.option(parts.year, { nil: null });
  return fc.record({
    view: fc.constantFrom(...VIEWS),
    focus: fc.option(parts.focus, { nil: null }),
    filters: fc.record({
      ...(Object.fromEntries(
        FACETS.map((f) => [f, fc.uniqueArray(parts.facetValue(f), { maxLength: 4 })]),
      ) as Record<Facet, fc.Arbitrary<string[]>>),
      from: year,
      to: year,
      years: fc.constantFrom(...YEAR_MEANINGS),
      undated: fc.boolean(),
      sourcedOnly: fc.boolean(),
    }),
    q: fc.string({ maxLength: parts.queryLength }),
    graphMode: fc.constantFrom(...GRAPH_MODES),
    edgeKinds: fc.subarray([...EDGE_KINDS]),
    layers: fc.record(
      Object.fromEntries(MAP_LAYERS.map((l) => [l, fc.boolean()])) as Record<
        keyof MapLayers,
        fc.Arbitrary<boolean>
      >,
    ),
    lang: fc.option(parts.lang, { nil: null }),
  });
}

const token = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,20}$/);

/** Any snapshot the URL can carry (ids need not exist in any dataset). */
export const snapshotArbitrary: fc.Arbitrary<Snapshot> = snapshotsOf({
  focus: fc.oneof(
    token,
    token.map((t) => `language:${t}`),
  ),
  facetValue: () => token,
  year: fc.integer({ min: 1000, max: 9999 }),
  lang: fc.constantFrom('en', 'es', 'fr', 'ar', 'pt-br'),
  queryLength: 200,
});
