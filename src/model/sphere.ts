/**
 * The two spherical computations the map needs at its first paint, ported line for line from
 * d3-geo 3.1 and d3-array 3.2 (ISC licence, Copyright 2010-2026 Mike Bostock) so that they give the same numbers
 * without d3-geo in the first load (README, "Speed"): `geoInterpolate` for the arcs of a
 * selection, and `geoContains` of a polygon for the country under the pointer. Unit tests
 * compare them with d3-geo. Coordinates are GeoJSON's [lon, lat] in degrees.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

const epsilon = 1e-6;
const epsilon2 = 1e-12;
const pi = Math.PI;
const halfPi = pi / 2;
const quarterPi = pi / 4;
const tau = pi * 2;
const degrees = 180 / pi;
const radians = pi / 180;
const { abs, atan2, cos, sin, sqrt } = Math;

type Vector = [number, number, number];

/** d3-array `Adder`: a sum of floating-point numbers without rounding error (Shewchuk). */
class Adder {
  #partials = new Float64Array(32);
  #n = 0;
  add(value: number): void {
    const p = this.#partials;
    let x = value;
    let i = 0;
    for (let j = 0; j < this.#n && j < 32; j++) {
      const y = p[j]!;
      const hi = x + y;
      const lo = Math.abs(x) < Math.abs(y) ? x - (hi - y) : y - (hi - x);
      if (lo) p[i++] = lo;
      x = hi;
    }
    p[i] = x;
    this.#n = i + 1;
  }
  valueOf(): number {
    const p = this.#partials;
    let n = this.#n;
    let x: number;
    let y: number;
    let lo = 0;
    let hi = 0;
    if (n > 0) {
      hi = p[--n]!;
      while (n > 0) {
        x = hi;
        y = p[--n]!;
        hi = x + y;
        lo = y - (hi - x);
        if (lo) break;
      }
      if (n > 0 && ((lo < 0 && p[n - 1]! < 0) || (lo > 0 && p[n - 1]! > 0))) {
        y = lo * 2;
        x = hi + y;
        if (y === x - hi) hi = x;
      }
    }
    return hi;
  }
}

function asin(x: number): number {
  return x > 1 ? halfPi : x < -1 ? -halfPi : Math.asin(x);
}

function haversin(x: number): number {
  const s = sin(x / 2);
  return s * s;
}

/** d3-geo `geoInterpolate`: the point a fraction `t` along the great circle from `a` to `b`. */
export function sphereInterpolate(
  a: readonly [number, number],
  b: readonly [number, number],
): (t: number) => [number, number] {
  const x0 = a[0] * radians;
  const y0 = a[1] * radians;
  const x1 = b[0] * radians;
  const y1 = b[1] * radians;
  const cy0 = cos(y0);
  const sy0 = sin(y0);
  const cy1 = cos(y1);
  const sy1 = sin(y1);
  const kx0 = cy0 * cos(x0);
  const ky0 = cy0 * sin(x0);
  const kx1 = cy1 * cos(x1);
  const ky1 = cy1 * sin(x1);
  const d = 2 * asin(sqrt(haversin(y1 - y0) + cy0 * cy1 * haversin(x1 - x0)));
  const k = sin(d);
  if (!d) return () => [x0 * degrees, y0 * degrees];
  return (t: number) => {
    const td = t * d;
    const B = sin(td) / k;
    const A = sin(d - td) / k;
    const x = A * kx0 + B * kx1;
    const y = A * ky0 + B * ky1;
    const z = A * sy0 + B * sy1;
    return [atan2(y, x) * degrees, atan2(z, sqrt(x * x + y * y)) * degrees];
  };
}

function cartesian([lambda = 0, phi = 0]: readonly number[]): Vector {
  const cosPhi = cos(phi);
  return [cosPhi * cos(lambda), cosPhi * sin(lambda), sin(phi)];
}

function cross(a: Vector, b: Vector): Vector {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

function normalizeInPlace(d: Vector): void {
  const l = sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
  d[0] /= l;
  d[1] /= l;
  d[2] /= l;
}

function longitude(point: readonly number[]): number {
  const l = point[0]!;
  return abs(l) <= pi ? l : Math.sign(l) * (((abs(l) + pi) % tau) - pi);
}

/** d3-geo `polygonContains`, on rings in radians without their closing point. */
function polygonContains(polygon: readonly (readonly number[])[][], point: readonly number[]) {
  const lambda = longitude(point);
  let phi = point[1]!;
  const sinPhi = sin(phi);
  const normal: Vector = [sin(lambda), -cos(lambda), 0];
  let angle = 0;
  let winding = 0;
  const sum = new Adder();
  if (sinPhi === 1) phi = halfPi + epsilon;
  else if (sinPhi === -1) phi = -halfPi - epsilon;

  for (const ring of polygon) {
    const m = ring.length;
    if (!m) continue;
    let point0 = ring[m - 1]!;
    let lambda0 = longitude(point0);
    const phi0 = point0[1]! / 2 + quarterPi;
    let sinPhi0 = sin(phi0);
    let cosPhi0 = cos(phi0);
    for (let j = 0; j < m; ++j) {
      const point1 = ring[j]!;
      const lambda1 = longitude(point1);
      const phi1 = point1[1]! / 2 + quarterPi;
      const sinPhi1 = sin(phi1);
      const cosPhi1 = cos(phi1);
      const delta = lambda1 - lambda0;
      const sign = delta >= 0 ? 1 : -1;
      const absDelta = sign * delta;
      const antimeridian = absDelta > pi;
      const k = sinPhi0 * sinPhi1;
      sum.add(atan2(k * sign * sin(absDelta), cosPhi0 * cosPhi1 + k * cos(absDelta)));
      angle += antimeridian ? delta + sign * tau : delta;
      // Are the longitudes either side of the point's meridian, and are the latitudes smaller
      // than the parallel?
      if (+antimeridian ^ +(lambda0 >= lambda) ^ +(lambda1 >= lambda)) {
        const arc = cross(cartesian(point0), cartesian(point1));
        normalizeInPlace(arc);
        const intersection = cross(normal, arc);
        normalizeInPlace(intersection);
        const phiArc = (+antimeridian ^ +(delta >= 0) ? -1 : 1) * asin(intersection[2]);
        if (phi > phiArc || (phi === phiArc && (arc[0] || arc[1]))) {
          winding += +antimeridian ^ +(delta >= 0) ? 1 : -1;
        }
      }
      lambda0 = lambda1;
      sinPhi0 = sinPhi1;
      cosPhi0 = cosPhi1;
      point0 = point1;
    }
  }
  // The South pole is inside when the polygon winds around it clockwise, or does not wind
  // around it and has a negative area; each crossing of the meridian to the pole flips it.
  return !!(+(angle < -epsilon || (angle < epsilon && +sum < -epsilon2)) ^ (winding & 1));
}

function ringRadians(ring: readonly Position[]): number[][] {
  const out = ring.map(([lon = 0, lat = 0]) => [lon * radians, lat * radians]);
  out.pop();
  return out;
}

/** d3-geo `geoContains` of a Polygon or MultiPolygon: whether `point` ([lon, lat]) is inside. */
export function sphereContains(
  geometry: Polygon | MultiPolygon,
  point: readonly number[],
): boolean {
  const p = [point[0]! * radians, point[1]! * radians];
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some((polygon) => polygonContains(polygon.map(ringRadians), p));
}
