/**
 * The offline basemap: world-atlas (Natural Earth) countries as GeoJSON ready for Leaflet.
 * Outlines are unwrapped across the 180th meridian (Russia, Fiji) and the world is repeated at
 * ±360°, so a view centred on the Pacific shows land on both sides. Antarctica is left out: no
 * affiliate is there and Web Mercator would stretch it across the bottom of the world view.
 */
import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { feature } from 'topojson-client';
import { unwrapGeometry } from '../model/geo.ts';
import type { CountriesTopology, OutlineBounds, OutlineProps, OutlineTools } from './outlines.ts';

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

export interface Basemap {
  /** Unwrapped outlines, repeated at -360, 0 and +360 degrees, for drawing. */
  drawn: FeatureCollection<Polygon | MultiPolygon, CountryProps>;
  countries: CountryShape[];
}

/** The copies of the world that are drawn: enough for any view centred within ±180°. */
export const WORLD_SHIFTS = [-360, 0, 360] as const;

function shift(geometry: Polygon | MultiPolygon, by: number): Polygon | MultiPolygon {
  if (by === 0) return geometry;
  const move = (ring: Position[]) => ring.map(([lon = 0, lat = 0]) => [lon + by, lat]);
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map(move) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(move)) };
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
  const topology = typeof source === 'string' ? (JSON.parse(source) as CountriesTopology) : source;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<
    Geometry,
    OutlineProps
  >;
  const countries: CountryShape[] = [];
  const drawn: Feature<Polygon | MultiPolygon, CountryProps>[] = [];
  for (const f of collection.features) {
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    const packed = f.properties?.bounds;
    const code = packed ? f.properties?.code : tools?.codeOf(f.id, f.properties?.name);
    if (code === 'AQ') continue;
    const props: CountryProps = { code, name: f.properties?.name ?? '' };
    const bounds = packed ?? tools?.measure(f);
    if (!bounds) throw new Error('basemapFromTopology: an unpacked topology needs its tools');
    countries.push({ ...props, geometry: g, bounds });
    const unwrapped = unwrapGeometry(g);
    for (const by of WORLD_SHIFTS) {
      drawn.push({ type: 'Feature', properties: props, geometry: shift(unwrapped, by) });
    }
  }
  return { drawn: { type: 'FeatureCollection', features: drawn }, countries };
}
