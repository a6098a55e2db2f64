/**
 * The offline basemap: world-atlas (Natural Earth) countries, ready to draw (basemapLayer.ts).
 * Outlines are unwrapped across the 180th meridian (Russia, Fiji) and projected once to Web
 * Mercator; the world is drawn again at ±360° (WORLD_SHIFTS), so a view centred on the Pacific
 * shows land on both sides. Antarctica is left out: no affiliate is there and Web Mercator would
 * stretch it across the bottom of the world view.
 */
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { unwrapPolygon } from '../model/geo.ts';
import type { CountriesTopology, OutlineBounds, OutlineProps, OutlineTools } from './outlines.ts';
import { runSteps, runStepsInSlices } from '../model/steps.ts';

export interface CountryProps {
  /** ISO 3166-1 alpha-2, when the shape has one. */
  code: string | undefined;
  /** world-atlas's English name; empty from the packed outlines (the UI names countries by code). */
  name: string;
}

/** A country as world-atlas gives it: spherical geometry for hit testing. */
export interface CountryShape extends CountryProps {
  geometry: Polygon | MultiPolygon;
  /** [[west, south], [east, north]] from d3-geo; west > east when crossing the antimeridian. */
  bounds: OutlineBounds;
}

/**
 * A country's unwrapped outline for drawing, in Web Mercator "world units": the world spans
 * [0, 1] in x (longitude -180..180; unwrapped parts reach past either side) and y (north to
 * south), so pixels at zoom z are these times 256 * 2^z, as Leaflet's EPSG:3857 places them.
 */
export interface Outline {
  props: CountryProps;
  /** Each ring as x0, y0, x1, y1, ... */
  rings: Float64Array[];
  /** [minX, minY, maxX, maxY] of all its rings. */
  box: [number, number, number, number];
}

export interface Basemap {
  /** One outline per country (the 0° copy; the layer draws the others by translation). */
  outlines: Outline[];
  /** Spherical shapes for hit testing, in the same order. */
  countries: CountryShape[];
}

/** The copies of the world that are drawn: enough for any view centred within ±180°. */
export const WORLD_SHIFTS = [-360, 0, 360] as const;

/** Leaflet's SphericalMercator limit: latitudes are clamped to it. */
const MAX_LATITUDE = 85.0511287798;

/** [x, y] of a longitude and latitude in world units (see Outline), as Leaflet's EPSG:3857. */
export function mercator(lon: number, lat: number): [number, number] {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return [lon / 360 + 0.5, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}

/** A country's outline: each polygon unwrapped across 180° (see geo.ts), then projected. */
function outlineOf(geometry: Polygon | MultiPolygon, props: CountryProps): Outline {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  const rings: Float64Array[] = [];
  // Plain loops: this runs over every vertex while the map is created.
  for (const polygon of polygons) {
    for (const ring of unwrapPolygon(polygon)) {
      const xy = new Float64Array(ring.length * 2);
      for (let i = 0; i < ring.length; i++) {
        const position = ring[i]!;
        const [x, y] = mercator(position[0] ?? 0, position[1] ?? 0);
        xy[2 * i] = x;
        xy[2 * i + 1] = y;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
      rings.push(xy);
    }
  }
  return { props, rings, box: [minX, minY, maxX, maxY] };
}

/**
 * Builds the basemap from a world-atlas countries topology (110m or 50m), given as JSON text or
 * already read. Each country's code and bounds are those the topology carries (the packed coarse
 * outlines, src/map/outlines.ts, found at build time), else those `tools` find (countryCodes.ts
 * and d3-geo `geoBounds`, which the first load does without).
 */
export function basemapFromTopology(
  source: string | CountriesTopology,
  tools?: OutlineTools,
): Basemap {
  return runSteps(basemapSteps(source, tools));
}

/**
 * The same, in slices of a few milliseconds (`between` starts the next task; see
 * runStepsInSlices for `budgetMs`): building the basemap while a page loads its data then makes
 * no long task.
 */
export function basemapInSlices(
  source: string | CountriesTopology,
  between: () => Promise<void>,
  budgetMs?: number,
): Promise<Basemap> {
  return runStepsInSlices(basemapSteps(source), between, budgetMs);
}

/** `basemapFromTopology` as steps, a pause possible after every country. */
export function* basemapSteps(
  source: string | CountriesTopology,
  tools?: OutlineTools,
): Generator<void, Basemap> {
  const topology = typeof source === 'string' ? (JSON.parse(source) as CountriesTopology) : source;
  const countries: CountryShape[] = [];
  const outlines: Outline[] = [];
  yield;
  // A feature per country (as topojson's feature of the whole collection makes them), each in
  // its step: the whole collection at once was 30 ms on a loaded machine.
  for (const geometry of topology.objects.countries.geometries) {
    const f = feature(topology, geometry) as Feature<Geometry, OutlineProps>;
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    const packed = f.properties?.bounds;
    const code = packed ? f.properties?.code : tools?.codeOf(f.id, f.properties?.name);
    if (code === 'AQ') continue;
    const props: CountryProps = { code, name: f.properties?.name ?? '' };
    const bounds = packed ?? tools?.measure(f);
    if (!bounds) throw new Error('basemapFromTopology: an unpacked topology needs its tools');
    countries.push({ ...props, geometry: g, bounds });
    outlines.push(outlineOf(g, props));
    // A pause may come after any country: Russia alone is a few milliseconds on a slow machine.
    yield;
  }
  return { outlines, countries };
}
