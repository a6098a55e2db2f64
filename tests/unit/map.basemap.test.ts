import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Position } from 'geojson';
import { geoBounds } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { basemapFromTopology, WORLD_SHIFTS } from '../../src/map/basemap.ts';
import { countryAt } from '../../src/map/hitCountry.ts';
import { countryCodeOf } from '../../src/map/countryCodes.ts';
import { mix } from '../../src/map/shading.ts';

const require = createRequire(import.meta.url);
const coarse = basemapFromTopology(
  readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'),
  { measure: geoBounds, codeOf: countryCodeOf },
);

function rings(geometry: { type: string; coordinates: unknown }): Position[][] {
  return geometry.type === 'Polygon'
    ? (geometry.coordinates as Position[][])
    : (geometry.coordinates as Position[][][]).flat();
}

describe('basemap', () => {
  it('unwraps every outline: no edge spans more than 180° of longitude (Russia, Fiji)', () => {
    for (const f of coarse.drawn.features) {
      for (const ring of rings(f.geometry)) {
        for (let i = 1; i < ring.length; i++) {
          expect(Math.abs(ring[i]![0]! - ring[i - 1]![0]!), f.properties.name).toBeLessThanOrEqual(
            180,
          );
        }
      }
    }
  });

  it('repeats the world at -360, 0 and +360 and leaves out Antarctica', () => {
    expect(coarse.drawn.features.length).toBe(coarse.countries.length * WORLD_SHIFTS.length);
    expect(coarse.countries.some((c) => c.code === 'AQ')).toBe(false);
    const fiji = coarse.drawn.features.filter((f) => f.properties.code === 'FJ');
    expect(fiji).toHaveLength(3);
  });

  it('names almost every shape by its ISO alpha-2 code', () => {
    const missing = coarse.countries.filter((c) => !c.code).map((c) => c.name);
    expect(missing.length).toBeLessThanOrEqual(2);
    for (const code of ['RU', 'FJ', 'NZ', 'AR', 'TW', 'PH', 'ID', 'XK']) {
      expect(
        coarse.countries.some((c) => c.code === code),
        code,
      ).toBe(true);
    }
  });

  it('finds the country under a point, on either side of the antimeridian', () => {
    expect(countryAt(coarse.countries, -34.6, -64)?.code).toBe('AR');
    expect(countryAt(coarse.countries, 65, 175)?.code).toBe('RU'); // Chukotka, east of 180...
    expect(countryAt(coarse.countries, 65, 175 - 360)?.code).toBe('RU'); // ...on any copy
    expect(countryAt(coarse.countries, 0, -140)).toBeUndefined(); // open Pacific
  });
});

describe('country codes and colours', () => {
  it('maps numeric ids, padded or not, and a few named shapes', () => {
    expect(countryCodeOf('032', undefined)).toBe('AR');
    expect(countryCodeOf(32, undefined)).toBe('AR');
    expect(countryCodeOf(undefined, 'Kosovo')).toBe('XK');
    expect(countryCodeOf(undefined, 'Atlantis')).toBeUndefined();
  });

  it('mixes colours with the land colour', () => {
    expect(mix('#ff0000', '#ffffff', 1)).toBe('#ff0000');
    expect(mix('#ff0000', '#ffffff', 0)).toBe('#ffffff');
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
  });
});
