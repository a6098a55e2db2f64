import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { geoDistance } from 'd3-geo';
import fc from 'fast-check';
import type { FeatureCollection, Geometry, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import {
  boundsOf,
  greatCircle,
  normalizeLon,
  shiftLonNear,
  unwrapGeometry,
  unwrapRing,
  type LatLon,
  type LonLat,
} from '../../src/model/geo.ts';

const topology = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../node_modules/world-atlas/countries-110m.json', import.meta.url)),
    'utf8',
  ),
) as Topology;
const countries = feature(topology, topology.objects['countries']!) as FeatureCollection<
  Polygon | MultiPolygon,
  { name: string }
>;
const country = (name: string) => {
  const found = countries.features.find((f) => f.properties.name === name);
  if (!found) throw new Error(`no ${name} in world-atlas`);
  return found.geometry;
};

function ringsOf(geometry: Geometry): Position[][] {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

function maxJump(ring: readonly Position[]): number {
  let max = 0;
  for (let i = 1; i < ring.length; i++) {
    max = Math.max(max, Math.abs(ring[i]![0]! - ring[i - 1]![0]!));
  }
  return max;
}

const mod360 = (x: number) => ((x % 360) + 360) % 360;
const sameLon = (a: number, b: number) => {
  const d = mod360(a - b);
  return Math.min(d, 360 - d) < 1e-9;
};

describe('normalizeLon and shiftLonNear', () => {
  it.each([
    [0, 0],
    [179.5, 179.5],
    [180, -180],
    [-180, -180],
    [181, -179],
    [-181, 179],
    [540, -180],
    [188.24, -171.76],
  ])('normalizeLon(%d) = %d', (lon, expected) => {
    expect(normalizeLon(lon)).toBeCloseTo(expected, 9);
  });

  it.each([
    // [lon, reference, expected]
    [-178, 175, 182], // Fiji's eastern islands next to New Zealand
    [-171.76, 178.44, 188.24], // Apia next to Suva
    [178, -175, -182],
    [10, 0, 10],
    [10, 720, 730],
    [121.57, -99.13, -238.43], // Taipei seen from Mexico City: 139.3° west, not 220.7° east
    [174.78, -58.38, -185.22], // Auckland-ish seen from Buenos Aires
  ])('shiftLonNear(%d, %d) = %d', (lon, reference, expected) => {
    expect(shiftLonNear(lon, reference)).toBeCloseTo(expected, 9);
  });

  it('always lands within 180° of the reference, on a copy of the longitude', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: -720, max: 720, noNaN: true }),
        (lon, reference) => {
          const shifted = shiftLonNear(lon, reference);
          expect(Math.abs(shifted - reference)).toBeLessThanOrEqual(180 + 1e-9);
          expect(sameLon(shifted, lon)).toBe(true);
        },
      ),
    );
  });
});

describe('unwrapRing', () => {
  it('moves the points after a crossing to the far side of 180°', () => {
    const ring: LonLat[] = [
      [179, -16],
      [-179, -16],
      [-179, -17],
      [179, -17],
      [179, -16],
    ];
    expect(unwrapRing(ring)).toEqual([
      [179, -16],
      [181, -16],
      [181, -17],
      [179, -17],
      [179, -16],
    ]);
  });

  it('starts near a reference longitude if given', () => {
    const ring: LonLat[] = [
      [-179, 0],
      [179, 0],
      [179, 1],
      [-179, 0],
    ];
    expect(unwrapRing(ring, 180).map(([lon]) => lon)).toEqual([181, 179, 179, 181]);
  });

  it('leaves rings that do not cross alone', () => {
    const ring: LonLat[] = [
      [-3.7, 40.42],
      [-58.38, -34.6],
      [-70.67, -33.45],
      [-3.7, 40.42],
    ];
    expect(unwrapRing(ring)).toEqual(ring);
  });

  it('closes a ring around the south pole along the pole, in steps of at most 90°', () => {
    const ring: LonLat[] = [
      [-180, -70],
      [-90, -72],
      [0, -70],
      [90, -68],
      [180, -70],
    ];
    const out = unwrapRing(ring);
    expect(out.slice(0, 5)).toEqual([
      [-180, -70],
      [-90, -72],
      [0, -70],
      [90, -68],
      [180, -70],
    ]);
    expect(out.slice(5)).toEqual([
      [180, -90],
      [90, -90],
      [0, -90],
      [-90, -90],
      [-180, -90],
      [-180, -70],
    ]);
    expect(maxJump(out)).toBeLessThanOrEqual(90);
  });

  it('closes an implicitly closed ring around the north pole at +90', () => {
    const ring: LonLat[] = [
      [0, 80],
      [120, 81],
      [-120, 82],
    ];
    const out = unwrapRing(ring);
    expect(out).toEqual([
      [0, 80],
      [120, 81],
      [240, 82],
      [360, 80],
      [360, 90],
      [270, 90],
      [180, 90],
      [90, 90],
      [0, 90],
      [0, 80],
    ]);
  });

  it('keeps steps within 180°, points on copies of the originals (property)', () => {
    const point = fc.tuple(
      fc.double({ min: -180, max: 180, noNaN: true }),
      fc.double({ min: -89, max: 89, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(point, { minLength: 3, maxLength: 30 }), (points) => {
        const ring = [...points, points[0]!] as LonLat[];
        const out = unwrapRing(ring);
        expect(maxJump(out)).toBeLessThanOrEqual(180);
        ring.forEach(([lon, lat], i) => {
          expect(out[i]![1]).toBe(lat);
          expect(sameLon(out[i]![0], lon)).toBe(true);
        });
        // Closed, whether or not around a pole (-0 and 0 are the same longitude: `+ 0` folds them).
        const plain = (p: LonLat) => p.map((v) => v + 0);
        expect(plain(out.at(-1)!)).toEqual(plain(out[0]!));
      }),
    );
  });
});

describe('world-atlas countries-110m', () => {
  it('has rings that jump across the map before unwrapping (the test can fail)', () => {
    for (const name of ['Russia', 'Fiji', 'Antarctica']) {
      expect(Math.max(...ringsOf(country(name)).map(maxJump)), name).toBeGreaterThan(180);
    }
  });

  it('never jumps 180° or more along any ring of any country after unwrapping', () => {
    expect(countries.features.length).toBeGreaterThan(170);
    for (const f of countries.features) {
      const unwrapped = unwrapGeometry(f.geometry);
      for (const ring of ringsOf(unwrapped)) {
        expect(maxJump(ring), f.properties.name).toBeLessThan(180);
        expect(ring.at(-1), f.properties.name).toEqual(ring[0]);
      }
    }
  });

  it('does not modify its input', () => {
    const russia = country('Russia');
    const before = JSON.stringify(russia);
    unwrapGeometry(russia);
    expect(JSON.stringify(russia)).toBe(before);
  });

  it('runs Chukotka past 180° on the main Russian outline', () => {
    const unwrapped = unwrapGeometry(country('Russia'));
    const biggest = ringsOf(unwrapped).reduce((a, b) => (a.length >= b.length ? a : b));
    const lons = biggest.map((p) => p[0]!);
    expect(Math.max(...lons)).toBeGreaterThan(180);
    expect(Math.max(...lons)).toBeLessThan(200);
    expect(Math.min(...lons)).toBeGreaterThan(0);
  });

  it('closes Antarctica along the south pole', () => {
    const rings = ringsOf(unwrapGeometry(country('Antarctica')));
    const main = rings.reduce((a, b) => (a.length >= b.length ? a : b));
    expect(main.filter((p) => p[1] === -90).length).toBeGreaterThanOrEqual(2);
    const lons = main.map((p) => p[0]!);
    expect(Math.max(...lons) - Math.min(...lons)).toBeCloseTo(360, 6);
  });
});

describe('unwrapGeometry: other geometry types', () => {
  it('starts holes on the side of their outer ring', () => {
    const polygon: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [178, -10],
          [-178, -10],
          [-178, -14],
          [178, -14],
          [178, -10],
        ],
        [
          [-179.5, -11],
          [-179.5, -13],
          [179.5, -13],
          [179.5, -11],
          [-179.5, -11],
        ],
      ],
    };
    const [outer, hole] = unwrapGeometry(polygon).coordinates;
    expect(outer!.map((p) => p[0])).toEqual([178, 182, 182, 178, 178]);
    expect(hole!.map((p) => p[0])).toEqual([180.5, 180.5, 179.5, 179.5, 180.5]);
  });

  it('unwraps lines without closing them, and leaves points', () => {
    expect(
      unwrapGeometry({
        type: 'LineString',
        coordinates: [
          [170, 0],
          [-170, 0],
          [-160, 1, 100],
        ],
      }).coordinates,
    ).toEqual([
      [170, 0],
      [190, 0],
      [200, 1, 100],
    ]);
    const point: Point = { type: 'Point', coordinates: [-179, 0] };
    expect(unwrapGeometry(point)).toBe(point);
    const collection = unwrapGeometry({
      type: 'GeometryCollection',
      geometries: [
        {
          type: 'MultiLineString',
          coordinates: [
            [
              [179, 0],
              [-179, 0],
            ],
          ],
        },
      ],
    });
    expect(collection.geometries[0]).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [
          [179, 0],
          [181, 0],
        ],
      ],
    });
  });
});

const CITIES: Record<string, LatLon> = {
  Taipei: [25.03, 121.57],
  'Mexico City': [19.43, -99.13],
  Jakarta: [-6.21, 106.85],
  Wellington: [-41.29, 174.78],
  'Buenos Aires': [-34.6, -58.38],
  Auckland: [-36.85, 174.76],
  Manila: [14.6, 120.98],
  Madrid: [40.42, -3.7],
  Suva: [-18.14, 178.44],
  Apia: [-13.83, -171.76],
  Anadyr: [64.73, 177.51],
  Nome: [64.5, -165.41],
};
const city = (name: string): LatLon => CITIES[name]!;

describe('greatCircle', () => {
  it.each([
    // [from, to, crosses the antimeridian]
    ['Taipei', 'Mexico City', true],
    ['Mexico City', 'Taipei', true],
    ['Buenos Aires', 'Auckland', true],
    ['Manila', 'Auckland', false],
    ['Jakarta', 'Wellington', false],
    ['Suva', 'Apia', true],
    ['Anadyr', 'Nome', true],
    ['Madrid', 'Buenos Aires', false],
  ] as const)('%s -> %s is one continuous great-circle line', (from, to, crosses) => {
    const a = city(from);
    const b = city(to);
    const arc = greatCircle(a, b, 64);
    expect(arc).toHaveLength(65);
    expect(arc[0]).toEqual(a);
    const last = arc.at(-1)!;
    expect(last[0]).toBe(b[0]);
    expect(sameLon(last[1], b[1])).toBe(true);
    // Continuous: consecutive points are close (a 64th of the arc each), never across the map.
    const total = geoDistance([a[1], a[0]], [b[1], b[0]]);
    for (let i = 1; i < arc.length; i++) {
      const [lat0, lon0] = arc[i - 1]!;
      const [lat1, lon1] = arc[i]!;
      expect(Math.abs(lon1 - lon0)).toBeLessThan(30);
      expect(geoDistance([lon0, lat0], [lon1, lat1])).toBeCloseTo(total / 64, 6);
    }
    const lons = arc.map(([, lon]) => lon);
    expect(Math.max(...lons) > 180 || Math.min(...lons) < -180).toBe(crosses);
  });

  it('goes east over the Pacific from Taipei to Mexico City', () => {
    const lons = greatCircle(city('Taipei'), city('Mexico City')).map(([, lon]) => lon);
    for (let i = 1; i < lons.length; i++) expect(lons[i]!).toBeGreaterThan(lons[i - 1]!);
    expect(lons.at(-1)).toBeCloseTo(-99.13 + 360, 9);
  });

  it('keeps a start longitude given past 180', () => {
    const arc = greatCircle([-13.83, 188.24], city('Wellington'), 8);
    expect(arc[0]).toEqual([-13.83, 188.24]);
    expect(arc.at(-1)).toEqual([-41.29, 174.78]);
    expect(maxJump(arc.map(([lat, lon]) => [lon, lat]))).toBeLessThan(10);
  });

  it('gives segments + 1 copies of a point to itself', () => {
    const arc = greatCircle(city('Madrid'), city('Madrid'), 4);
    expect(arc).toHaveLength(5);
    for (const [lat, lon] of arc) {
      expect(lat).toBeCloseTo(40.42, 9);
      expect(lon).toBeCloseTo(-3.7, 9);
    }
  });

  it.each([0, -1, 2.5, Number.NaN])('rejects segments = %s', (segments) => {
    expect(() => greatCircle(city('Madrid'), city('Taipei'), segments)).toThrow(RangeError);
  });
});

describe('boundsOf', () => {
  const eseap = ['Jakarta', 'Manila', 'Taipei', 'Wellington', 'Suva'].map(city);

  it.each([
    ['nothing', [], undefined],
    ['one point', [city('Madrid')], [city('Madrid'), city('Madrid')]],
    [
      'Ibero-America without crossing',
      [city('Madrid'), city('Buenos Aires'), city('Mexico City')],
      [
        [-34.6, -99.13],
        [40.42, -3.7],
      ],
    ],
    [
      'ESEAP up to Fiji',
      eseap,
      [
        [-41.29, 106.85],
        [25.03, 178.44],
      ],
    ],
    [
      'ESEAP with Samoa, across 180°',
      [...eseap, city('Apia')],
      [
        [-41.29, 106.85],
        [25.03, -171.76 + 360],
      ],
    ],
    [
      'points given past 180',
      [
        [0, 170],
        [0, 190],
      ],
      [
        [0, 170],
        [0, 190],
      ],
    ],
    [
      'evenly spread: no crossing on a tie',
      [
        [0, -150],
        [0, -30],
        [0, 90],
      ],
      [
        [0, -150],
        [0, 90],
      ],
    ],
  ] as [string, LatLon[], unknown][])('%s', (_, points, expected) => {
    const bounds = boundsOf(points);
    if (expected === undefined) expect(bounds).toBeUndefined();
    else {
      expect(bounds![0][0]).toBeCloseTo((expected as LatLon[])[0]![0], 9);
      expect(bounds![0][1]).toBeCloseTo((expected as LatLon[])[0]![1], 9);
      expect(bounds![1][0]).toBeCloseTo((expected as LatLon[])[1]![0], 9);
      expect(bounds![1][1]).toBeCloseTo((expected as LatLon[])[1]![1], 9);
    }
  });

  it('is the smallest box holding every point (property)', () => {
    const point = fc.tuple(
      fc.double({ min: -85, max: 85, noNaN: true }),
      fc.double({ min: -540, max: 540, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 20 }), (points) => {
        const [[south, west], [north, east]] = boundsOf(points as LatLon[])!;
        expect(west).toBeGreaterThanOrEqual(-180);
        expect(west).toBeLessThan(180);
        expect(east - west).toBeGreaterThanOrEqual(0);
        expect(east - west).toBeLessThan(360);
        for (const [lat, lon] of points) {
          expect(lat).toBeGreaterThanOrEqual(south);
          expect(lat).toBeLessThanOrEqual(north);
          // Some copy of lon lies in [west, east].
          expect(mod360(lon - west)).toBeLessThanOrEqual(east - west + 1e-9);
        }
        // Smallest: the span is 360° minus the largest gap between sorted longitudes.
        const lons = points.map(([, lon]) => mod360(lon)).sort((x, y) => x - y);
        let gap = lons[0]! + 360 - lons.at(-1)!;
        for (let i = 1; i < lons.length; i++) gap = Math.max(gap, lons[i]! - lons[i - 1]!);
        expect(east - west).toBeCloseTo(360 - gap, 6);
      }),
    );
  });
});
