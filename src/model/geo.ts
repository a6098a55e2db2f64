/**
 * Pure geographic helpers for the Leaflet map, all about the 180th meridian.
 *
 * Leaflet draws a line between two points as a straight segment in projected space, so a ring
 * that goes from 179° to -179° streaks across the whole map. The fix is to let longitudes run
 * past ±180 (Leaflet accepts 181°, it is drawn just east of 180°): "unwrap" each ring or line so
 * that consecutive points never differ by more than 180°.
 *
 * Orders: GeoJSON and world-atlas use [lon, lat] (`LonLat`); Leaflet uses [lat, lon] (`LatLon`).
 * Outlines (`unwrapRing`, `unwrapGeometry`) take GeoJSON order; points, arcs and bounds
 * (`greatCircle`, `boundsOf`) take Leaflet order.
 *
 * Country outlines are unwrapped polygon by polygon (`unwrapPolygon`, map/basemap.ts) and drawn
 * in copies of the world at -360°, 0° and +360° (map/basemapLayer.ts), so that shapes that reach
 * past ±180 (Fiji, Wrangel Island, Chukotka) are also drawn on the other edge of a view.
 */
import type { Geometry, Position } from 'geojson';
import { sphereInterpolate } from './sphere.ts';

export type LonLat = [lon: number, lat: number];
export type LatLon = [lat: number, lon: number];
/** `[[south, west], [north, east]]`, as `L.latLngBounds` takes it. */
export type LatLonBounds = [southWest: LatLon, northEast: LatLon];

/** The longitude in [-180, 180) equal to `lon` modulo 360. */
export function normalizeLon(lon: number): number {
  return lon - 360 * Math.floor((lon + 180) / 360);
}

/**
 * The copy of `lon` (lon + 360k) nearest to `referenceLon`: keeps the markers and arcs of one
 * meetup or network on the same side of the antimeridian (Fiji next to New Zealand at 178°, not
 * at -178° across the map). Halfway ties go east.
 */
export function shiftLonNear(lon: number, referenceLon: number): number {
  return lon + 360 * Math.round((referenceLon - lon) / 360);
}

/** Unwraps a line: each point shifted by ±360k to within 180° of the previous one. */
function unwrapPositions(positions: readonly Position[], referenceLon?: number): Position[] {
  const out: Position[] = [];
  let previous = referenceLon;
  for (const position of positions) {
    const lon = position[0] ?? NaN;
    const shifted = previous === undefined ? lon : shiftLonNear(lon, previous);
    // A copy with the longitude replaced (slice: spreading the rest is slow on the map's start).
    const copy = position.slice();
    copy[0] = shifted;
    out.push(copy);
    previous = shifted;
  }
  return out;
}

/** Largest step, in degrees, along the pole edge added to close a ring around a pole. */
const POLE_STEP = 90;

/**
 * Unwraps a closed ring (explicitly closed or not). A ring around a pole (Antarctica) cannot
 * close after unwrapping (it ends 360° from where it started), so it is closed along the
 * pole's latitude (±90, which the Mercator map clamps to its edge) in steps of at most 90°.
 */
function unwrapRingPositions(ring: readonly Position[], referenceLon?: number): Position[] {
  const out = unwrapPositions(ring, referenceLon);
  const first = out[0];
  const last = out[out.length - 1];
  if (!first || !last || out.length < 3) return out;
  const [firstLon = NaN, firstLat = NaN] = first;
  const [lastLon = NaN] = last;
  const closingLon = shiftLonNear(firstLon, lastLon);
  const drift = closingLon - firstLon;
  if (Math.abs(drift) < 1e-9) return out;

  let latSum = 0;
  for (const p of out) latSum += p[1] ?? 0;
  const poleLat = latSum < 0 ? -90 : 90;
  if (Math.abs(lastLon - closingLon) > 1e-9 || last[1] !== firstLat) {
    out.push([closingLon, firstLat]);
  }
  const steps = Math.ceil(Math.abs(drift) / POLE_STEP);
  for (let k = 0; k <= steps; k++) out.push([closingLon - (drift * k) / steps, poleLat]);
  out.push([firstLon, firstLat]);
  return out;
}

/**
 * `ring` with longitudes shifted by ±360 so that consecutive points never differ by more than
 * 180°. The first point stays where it is, or moves to the copy nearest `referenceLon` if given.
 * Rings around a pole are closed along the pole (see above).
 */
export function unwrapRing(ring: readonly LonLat[], referenceLon?: number): LonLat[] {
  return unwrapRingPositions(ring, referenceLon) as LonLat[];
}

function lonExtent(positions: readonly Position[]): [min: number, max: number] {
  let min = Infinity;
  let max = -Infinity;
  for (const p of positions) {
    const lon = p[0] ?? NaN;
    if (lon < min) min = lon;
    if (lon > max) max = lon;
  }
  return [min, max];
}

/**
 * A polygon's rings unwrapped: the outer ring from its first point, each hole starting on the
 * same side as the outer ring (see `unwrapRing`).
 */
export function unwrapPolygon(rings: readonly Position[][]): Position[][] {
  const [outer, ...holes] = rings;
  if (!outer) return [];
  const unwrappedOuter = unwrapRingPositions(outer);
  const [min, max] = lonExtent(unwrappedOuter);
  // Holes start on the same side as their outer ring.
  const centre = (min + max) / 2;
  return [unwrappedOuter, ...holes.map((hole) => unwrapRingPositions(hole, centre))];
}

/**
 * A copy of a geometry whose rings and lines are unwrapped (points are left as they are).
 * Each polygon and line is unwrapped on its own, starting from its first point.
 */
export function unwrapGeometry<G extends Geometry>(geometry: G): G {
  const g: Geometry = geometry;
  switch (g.type) {
    case 'Point':
    case 'MultiPoint':
      return geometry;
    case 'LineString':
      return { ...g, coordinates: unwrapPositions(g.coordinates) } as G;
    case 'MultiLineString':
      return { ...g, coordinates: g.coordinates.map((line) => unwrapPositions(line)) } as G;
    case 'Polygon':
      return { ...g, coordinates: unwrapPolygon(g.coordinates) } as G;
    case 'MultiPolygon':
      return { ...g, coordinates: g.coordinates.map(unwrapPolygon) } as G;
    case 'GeometryCollection':
      return { ...g, geometries: g.geometries.map((child) => unwrapGeometry(child)) } as G;
  }
}

/**
 * Points along the great circle from `from` to `to` ([lat, lon], Leaflet order), `segments + 1`
 * of them, unwrapped so the arc is one continuous line: Taipei -> Mexico City runs east from
 * 121.6° to 260.9° over the Pacific instead of jumping at 180°. The first point keeps `from`'s
 * longitude as given (pass `shiftLonNear(lon, reference)` to start on a chosen side); the last
 * point is `to`, shifted by 360k.
 */
export function greatCircle(from: LatLon, to: LatLon, segments = 64): LatLon[] {
  if (!Number.isInteger(segments) || segments < 1) {
    throw new RangeError(`greatCircle: segments must be a positive integer (got ${segments})`);
  }
  const interpolate = sphereInterpolate([from[1], from[0]], [to[1], to[0]]);
  const out: LatLon[] = [[from[0], from[1]]];
  let previousLon = from[1];
  for (let k = 1; k < segments; k++) {
    const [lon, lat] = interpolate(k / segments);
    previousLon = shiftLonNear(lon, previousLon);
    out.push([lat, previousLon]);
  }
  out.push([to[0], shiftLonNear(to[1], previousLon)]);
  return out;
}

/**
 * The smallest box around `points` ([lat, lon]): longitudes are taken modulo 360 and the box
 * leaves out the largest empty gap between them, so members around the Pacific (Indonesia to
 * Samoa) give west ≈ 95°, east ≈ 188° rather than -180..180. `west` is in [-180, 180); `east`
 * may exceed 180 (Leaflet accepts it). Undefined for no points.
 */
export function boundsOf(points: readonly LatLon[]): LatLonBounds | undefined {
  if (points.length === 0) return undefined;
  let south = Infinity;
  let north = -Infinity;
  const lons: number[] = [];
  for (const [lat, lon] of points) {
    if (lat < south) south = lat;
    if (lat > north) north = lat;
    lons.push(normalizeLon(lon));
  }
  lons.sort((a, b) => a - b);
  const first = lons[0]!;
  const last = lons[lons.length - 1]!;
  // The gap across ±180 wins ties, so a box that need not cross the antimeridian does not.
  let bestGap = first + 360 - last;
  let west = first;
  let east = last;
  for (let i = 0; i + 1 < lons.length; i++) {
    const gap = lons[i + 1]! - lons[i]!;
    if (gap > bestGap) {
      bestGap = gap;
      west = lons[i + 1]!;
      east = lons[i]! + 360;
    }
  }
  return [
    [south, west],
    [north, east],
  ];
}
