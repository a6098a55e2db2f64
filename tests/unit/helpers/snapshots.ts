/** fast-check generators of snapshots (model/snapshot.ts). */
import fc from 'fast-check';
import { FACETS } from '../../../src/model/facets.ts';
import { EDGE_KINDS } from '../../../src/model/relations.types.ts';
import {
  GRAPH_MODES,
  MAP_LAYERS,
  VIEWS,
  type MapLayers,
  type Snapshot,
} from '../../../src/model/snapshot.ts';

const token = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,20}$/);
const uniqueTokens = fc.uniqueArray(token, { maxLength: 4 });
const year = fc.option(fc.integer({ min: 1000, max: 9999 }), { nil: null });

/** Any snapshot the state can hold. */
export const snapshotArbitrary: fc.Arbitrary<Snapshot> = fc.record({
  view: fc.constantFrom(...VIEWS),
  focus: fc.option(
    fc.oneof(
      token,
      token.map((t) => `language:${t}`),
    ),
    { nil: null },
  ),
  filters: fc.record({
    ...(Object.fromEntries(FACETS.map((f) => [f, uniqueTokens])) as Record<
      (typeof FACETS)[number],
      typeof uniqueTokens
    >),
    from: year,
    to: year,
    sourcedOnly: fc.boolean(),
  }),
  q: fc.string({ maxLength: 200 }),
  graphMode: fc.constantFrom(...GRAPH_MODES),
  edgeKinds: fc.subarray([...EDGE_KINDS]),
  layers: fc.record(
    Object.fromEntries(MAP_LAYERS.map((l) => [l, fc.boolean()])) as Record<
      keyof MapLayers,
      fc.Arbitrary<boolean>
    >,
  ),
  lang: fc.option(fc.constantFrom('en', 'es', 'fr', 'ar', 'pt-br'), { nil: null }),
});
