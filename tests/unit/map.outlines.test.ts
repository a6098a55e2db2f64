import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Position } from 'geojson';
import { feature } from 'topojson-client';
import { geoBounds } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import {
  OUTLINE_GRID,
  packOutlines,
  unpackOutlines,
  type CountriesTopology,
  type OutlineProps,
} from '../../src/map/outlines.ts';
import { basemapFromTopology } from '../../src/map/basemap.ts';

const require = createRequire(import.meta.url);
const original = JSON.parse(
  readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'),
) as CountriesTopology;

function rings(topology: CountriesTopology): Position[][] {
  return feature(topology, topology.objects.countries).features.flatMap((f) =>
    f.geometry.type === 'Polygon'
      ? (f.geometry.coordinates as Position[][])
      : f.geometry.type === 'MultiPolygon'
        ? (f.geometry.coordinates as Position[][][]).flat()
        : [],
  );
}

describe('packed outlines', () => {
  const packed = packOutlines(original, geoBounds);
  const unpacked = unpackOutlines(packed);

  it('keep every country, with its id and name, and every ring', () => {
    expect(
      unpacked.objects.countries.geometries.map((g) => [
        g.id,
        (g.properties as OutlineProps | undefined)?.name,
      ]),
    ).toEqual(
      original.objects.countries.geometries.map((g) => [
        g.id,
        (g.properties as OutlineProps | undefined)?.name,
      ]),
    );
    expect(rings(unpacked).length).toBe(rings(original).length);
  });

  it('move no point further than half a grid step (0.018° of longitude)', () => {
    const step = 360 / (OUTLINE_GRID - 1);
    const before = rings(original);
    const after = rings(unpacked);
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
    expect(packOutlines(original, geoBounds)).toEqual(packed);
  });

  it('make the same basemap countries as the original, in bounds around those d3-geo gives', () => {
    const before = basemapFromTopology(original, geoBounds).countries;
    const after = basemapFromTopology(unpacked).countries;
    expect(after.map((c) => [c.code, c.name])).toEqual(before.map((c) => [c.code, c.name]));
    after.forEach((c, i) => {
      const [[w0, s0], [e0, n0]] = before[i]!.bounds;
      const [[w, s], [e, n]] = c.bounds;
      expect(w0 - w, c.name).toBeGreaterThanOrEqual(0);
      expect(s0 - s, c.name).toBeGreaterThanOrEqual(0);
      expect(e - e0, c.name).toBeGreaterThanOrEqual(0);
      expect(n - n0, c.name).toBeGreaterThanOrEqual(0);
      for (const d of [w0 - w, s0 - s, e - e0, n - n0]) expect(d).toBeLessThan(0.001);
    });
  });
});
