import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type * as L from 'leaflet';

// Leaflet's own CRS modules, the code map.latLngToLayerPoint runs (they read `window` as they
// load, which Node has not; the bundle needs a whole DOM).
(globalThis as { window?: unknown }).window ??= globalThis;
const { EPSG3857 } = (await import('leaflet/src/geo/crs/CRS.EPSG3857.js' as string)) as {
  EPSG3857: L.CRS;
};
const { LatLng } = (await import('leaflet/src/geo/LatLng.js' as string)) as {
  LatLng: typeof L.LatLng;
};
import { layerPixel, mercatorScale, mercatorX, mercatorY } from '../../src/map/mercator.ts';

describe('mercator', () => {
  it('gives the pixels Leaflet gives, to the bit, at any zoom and pixel origin', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -90, max: 90, noNaN: true }),
        fc.double({ min: -540, max: 540, noNaN: true }),
        fc.integer({ min: 0, max: 24 }).map((z) => z / 2),
        fc.integer({ min: -1e6, max: 1e6 }),
        fc.integer({ min: -1e6, max: 1e6 }),
        (lat, lon, zoom, ox, oy) => {
          // map.latLngToLayerPoint: crs.latLngToPoint(latlng, zoom), rounded, less the origin.
          const p = EPSG3857.latLngToPoint(new LatLng(lat, lon), zoom).round();
          const scale = mercatorScale(zoom);
          expect(layerPixel(mercatorX(lon), scale, ox)).toBe(p.x - ox);
          expect(layerPixel(mercatorY(lat), scale, oy)).toBe(p.y - oy);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('uses the scale of Leaflet’s CRS', () => {
    for (const z of [0, 1, 2.5, 7, 12]) expect(mercatorScale(z)).toBe(EPSG3857.scale(z));
  });
});
