/** Which country is under a point, for the network tooltip (on the sphere, as d3-geo finds it). */
import { normalizeLon } from '../model/geo.ts';
import { sphereContains } from '../model/sphere.ts';
import type { CountryShape } from './basemap.ts';

function inBounds(shape: CountryShape, lon: number, lat: number): boolean {
  const [[west, south], [east, north]] = shape.bounds;
  if (lat < south || lat > north) return false;
  return west <= east ? lon >= west && lon <= east : lon >= west || lon <= east;
}

export function countryAt(
  countries: readonly CountryShape[],
  lat: number,
  lon: number,
): CountryShape | undefined {
  const x = normalizeLon(lon);
  return countries.find((c) => inBounds(c, x, lat) && sphereContains(c.geometry, [x, lat]));
}
