import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoBounds } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import {
  basemapFromTopology,
  basemapInSlices,
  mercator,
  WORLD_SHIFTS,
} from '../../src/map/basemap.ts';
import { packOutlines, unpackOutlines } from '../../src/map/outlines.ts';
import { meetsView, worldSize, type PixelBox } from '../../src/map/basemapDraw.ts';
import { countryAt } from '../../src/map/hitCountry.ts';
import { countryCodeOf } from '../../src/map/countryCodes.ts';
import { mix } from '../../src/map/shading.ts';

const require = createRequire(import.meta.url);
const coarse = basemapFromTopology(
  readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'),
  { measure: geoBounds, codeOf: countryCodeOf },
);

/** For each copy of the world a view meets, the codes of the countries drawn in it. */
function drawnCodes(zoom: number, view: PixelBox): Map<number, string[]> {
  const size = worldSize(zoom);
  const copies = new Map<number, string[]>();
  for (const shift of WORLD_SHIFTS) {
    const offset = (shift / 360) * size;
    const codes = coarse.outlines
      .filter((o) => meetsView(o, size, offset, view))
      .map((o) => o.props.code ?? '');
    if (codes.length) copies.set(shift, codes);
  }
  return copies;
}

describe('basemap', () => {
  it('is the same built in slices, with a pause possible after every country', async () => {
    const packed = packOutlines(
      JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')),
      { measure: geoBounds, codeOf: countryCodeOf },
    );
    let pauses = 0;
    const sliced = await basemapInSlices(
      unpackOutlines(packed),
      () => {
        pauses++;
        return Promise.resolve();
      },
      0,
    );
    expect(sliced).toEqual(basemapFromTopology(unpackOutlines(packed)));
    expect(pauses).toBe(1 + sliced.outlines.length);
  });

  it('unwraps every outline: no edge spans more than 180° of longitude (Russia, Fiji)', () => {
    // Outlines are in world units: 180° of longitude is half the world's width.
    for (const outline of coarse.outlines) {
      for (const ring of outline.rings) {
        for (let i = 2; i < ring.length; i += 2) {
          expect(Math.abs(ring[i]! - ring[i - 2]!), outline.props.name).toBeLessThanOrEqual(0.5);
        }
      }
    }
  });

  it('repeats the world at -360, 0 and +360 and leaves out Antarctica', () => {
    expect(WORLD_SHIFTS).toEqual([-360, 0, 360]);
    expect(coarse.outlines.map((o) => o.props)).toEqual(
      coarse.countries.map(({ code, name }) => ({ code, name })),
    );
    expect(coarse.countries.some((c) => c.code === 'AQ')).toBe(false);
    // One outline per country: the layer draws the copies by translation.
    expect(coarse.outlines.filter((o) => o.props.code === 'FJ')).toHaveLength(1);
  });

  it('projects like Leaflet (EPSG:3857, latitudes clamped at 85.05°)', () => {
    expect(mercator(0, 0)).toEqual([0.5, 0.5]);
    expect(mercator(-180, 0)[0]).toBe(0);
    expect(mercator(270, 0)[0]).toBe(1.25);
    const [, y] = mercator(0, 45);
    expect(y).toBeCloseTo(0.5 - Math.log(Math.tan(Math.PI / 4 + Math.PI / 8)) / (2 * Math.PI), 12);
    expect(mercator(0, 89)[1]).toBeCloseTo(0, 9);
    expect(mercator(0, -89)[1]).toBeCloseTo(1, 9);
  });

  it('draws, in a view centred on the Pacific, land of two copies on both sides of 180°', () => {
    // Zoom 2: the world is 1,024 pixels wide; a 1,366-pixel view centred on 180°.
    const codes = drawnCodes(2, [1024 - 683, 100, 1024 + 683, 900]);
    expect([...codes.keys()]).toEqual([0, 360]);
    for (const code of ['AU', 'JP', 'NZ', 'FJ', 'RU']) expect(codes.get(0)).toContain(code);
    for (const code of ['US', 'MX', 'RU']) expect(codes.get(360)).toContain(code);
    // Australia's copy at +360° is east of the view, its copy at -360° far west of it.
    expect(codes.get(360)).not.toContain('AU');
  });

  it('skips the countries and copies a view misses', () => {
    // Zoom 5 around Germany (10°E, 51°N): neighbours in, far countries and other copies out.
    const size = worldSize(5);
    const [x, y] = mercator(10, 51).map((v) => v * size) as [number, number];
    const codes = drawnCodes(5, [x - 400, y - 300, x + 400, y + 300]);
    expect([...codes.keys()]).toEqual([0]);
    for (const code of ['DE', 'PL', 'FR', 'CZ']) expect(codes.get(0)).toContain(code);
    for (const code of ['US', 'AU', 'JP', 'BR']) expect(codes.get(0)).not.toContain(code);
    // A view west of the world's 0° copy draws the -360° copy alone.
    const west = drawnCodes(2, [-900, 200, -300, 600]);
    expect([...west.keys()]).toEqual([-360]);
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
