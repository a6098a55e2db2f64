import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, Position } from 'geojson';
import { geoBounds } from 'd3-geo';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { countPauses } from './helpers/countPauses.ts';
import {
  OUTLINE_GRID,
  packOutlines,
  unpackOutlines,
  unpackSteps,
  type CountriesTopology,
} from '../../src/map/outlines.ts';
import { basemapFromTopology } from '../../src/map/basemap.ts';
import { countryCodeOf } from '../../src/map/countryCodes.ts';

const tools = { measure: geoBounds, codeOf: countryCodeOf };
const require = createRequire(import.meta.url);
const original = JSON.parse(
  readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'),
) as CountriesTopology;

function countries(topology: CountriesTopology): Feature[] {
  return feature(topology, topology.objects.countries).features;
}

function rings(features: Feature[]): Position[][] {
  return features.flatMap((f) =>
    f.geometry.type === 'Polygon'
      ? f.geometry.coordinates
      : f.geometry.type === 'MultiPolygon'
        ? f.geometry.coordinates.flat()
        : [],
  );
}

describe('packed outlines', () => {
  const packed = packOutlines(original, tools);
  const unpacked = unpackOutlines(packed);
  // What the app draws of the original: every country but Antarctica.
  const drawn = countries(original).filter(
    (f) => countryCodeOf(f.id, f.properties?.name as string) !== 'AQ',
  );

  it('unpack the same in steps, with places to pause among the arcs', async () => {
    const { value, pauses } = await countPauses(unpackSteps(packed));
    expect(pauses).toBeGreaterThan(1);
    expect(value).toEqual(unpacked);
  });

  it('keep every country but Antarctica, with its code, and every ring', () => {
    expect(countries(unpacked).map((f) => f.properties?.code)).toEqual(
      drawn.map((f) => countryCodeOf(f.id, f.properties?.name as string)),
    );
    expect(rings(countries(unpacked)).length).toBe(rings(drawn).length);
  });

  it('move no point further than half a grid step (0.018° of longitude)', () => {
    const step = 360 / (OUTLINE_GRID - 1);
    const before = rings(drawn);
    const after = rings(countries(unpacked));
    // Points falling on one grid step became one: compare each kept point with the nearest of
    // its ring in the original.
    let worst = 0;
    after.forEach((ring, r) => {
      for (const [x = 0, y = 0] of ring) {
        let best = Infinity;
        for (const [ox = 0, oy = 0] of before[r]!) {
          best = Math.min(best, Math.max(Math.abs(ox - x), Math.abs(oy - y)));
        }
        worst = Math.max(worst, best);
      }
    });
    expect(worst).toBeLessThanOrEqual(step / 2 + 1e-9);
  });

  it('are less than half the bytes of the JSON they come from, and pack the same every time', () => {
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(original).length / 2);
    expect(packOutlines(original, tools)).toEqual(packed);
  });

  it('make the same basemap countries as the original, in bounds around those d3-geo gives', () => {
    const step = 360 / (OUTLINE_GRID - 1);
    const before = basemapFromTopology(original, tools).countries;
    const after = basemapFromTopology(unpacked).countries;
    expect(after.map((c) => c.code)).toEqual(before.map((c) => c.code));
    after.forEach((c, i) => {
      const [[w0, s0], [e0, n0]] = before[i]!.bounds;
      const [[w, s], [e, n]] = c.bounds;
      for (const d of [w0 - w, s0 - s, e - e0, n - n0]) {
        expect(d, c.code).toBeGreaterThanOrEqual(0);
        expect(d, c.code).toBeLessThan(3 * step);
      }
    });
  });
});
