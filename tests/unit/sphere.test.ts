import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoContains, geoInterpolate } from 'd3-geo';
import fc from 'fast-check';
import type { MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { sphereContains, sphereInterpolate } from '../../src/model/sphere.ts';

const require = createRequire(import.meta.url);
const topology = JSON.parse(
  readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'),
) as Topology<{ countries: GeometryCollection }>;
const shapes = feature(topology, topology.objects.countries).features.flatMap((f) =>
  f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'
    ? [f.geometry as Polygon | MultiPolygon]
    : [],
);

const lon = fc.double({ min: -180, max: 180, noNaN: true });
const lat = fc.double({ min: -90, max: 90, noNaN: true });

describe('the sphere, as d3-geo computes it', () => {
  it('interpolates great circles to the same numbers', () => {
    fc.assert(
      fc.property(
        lon,
        lat,
        lon,
        lat,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b, c, d, t) => {
          expect(sphereInterpolate([a, b], [c, d])(t)).toEqual(geoInterpolate([a, b], [c, d])(t));
        },
      ),
    );
    expect(sphereInterpolate([10, 20], [10, 20])(0.5)).toEqual(
      geoInterpolate([10, 20], [10, 20])(0.5),
    );
  });

  it('finds the same countries under the same points, on every world-atlas shape', () => {
    fc.assert(
      fc.property(lon, lat, (x, y) => {
        for (const shape of shapes) {
          expect(sphereContains(shape, [x, y])).toBe(geoContains(shape, [x, y]));
        }
      }),
      { numRuns: 300 },
    );
    // Points on and near shapes, where the answer is decided by the edges.
    for (const shape of shapes) {
      const ring = shape.type === 'Polygon' ? shape.coordinates[0]! : shape.coordinates[0]![0]!;
      for (const [x = 0, y = 0] of ring.slice(0, 20)) {
        for (const p of [
          [x, y],
          [x + 0.01, y],
          [x, y - 0.01],
        ]) {
          expect(sphereContains(shape, p)).toBe(geoContains(shape, p as [number, number]));
        }
      }
    }
  });
});
