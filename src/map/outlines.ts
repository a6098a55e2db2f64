/**
 * The world's coarse outlines as the first load carries them: world-atlas countries-110m,
 * re-quantized at build time (vite.config.ts `coarseOutlines`) to a grid of OUTLINE_GRID steps
 * across the world, with their arcs written as base64 of zigzag varints instead of JSON numbers.
 * 23 KB of gzip instead of 38, the same shapes on screen: one step of the grid is 0.036° of
 * longitude, under half a pixel at the zoom where the 1:50m outlines take over (FINE_ZOOM), and
 * Leaflet smooths paths by a pixel anyway. The `land` object, unused, is left out. Each country
 * carries its bounds on the sphere, measured by the build (d3-geo `geoBounds` of the original
 * shape, as the page measured them before) and rounded outwards to 0.001°, so the first load
 * needs no d3-geo. The bounds only spare the exact test (hitCountry.ts) the countries far away.
 *
 * Pure: packed in Node by the build, unpacked in the page into a topology for topojson-client.
 */
import type { Feature } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Steps of the quantization grid across the world's width (and height). */
export const OUTLINE_GRID = 10_000;

/** [[west, south], [east, north]] as d3-geo measures it; west > east across the antimeridian. */
export type OutlineBounds = [[number, number], [number, number]];

export interface OutlineProps {
  name: string;
  /** Present in the packed outlines. */
  bounds?: OutlineBounds;
}

export type CountriesTopology = Topology<{ countries: GeometryCollection<OutlineProps> }>;

/** A countries topology with its arcs packed (see above). */
export interface PackedOutlines {
  transform: { scale: [number, number]; translate: [number, number] };
  countries: GeometryCollection<OutlineProps>;
  /** Base64: the number of arcs, then per arc its point count and zigzag deltas x, y, ... */
  arcs: string;
}

/** Bounds rounded to 0.001° so that they hold what they held (west > east across 180°). */
function outwards([[west, south], [east, north]]: OutlineBounds): OutlineBounds {
  const down = (v: number) => Math.floor(v * 1000) / 1000;
  const up = (v: number) => Math.ceil(v * 1000) / 1000;
  return [
    [down(west), down(south)],
    [up(east), up(north)],
  ];
}

/** Absolute quantized positions of an arc of a quantized topology (delta-encoded). */
function absolute(arc: readonly (readonly number[])[]): [number, number][] {
  let x = 0;
  let y = 0;
  return arc.map(([dx = 0, dy = 0]) => [(x += dx), (y += dy)]);
}

/**
 * Re-quantizes a quantized world-atlas countries topology and packs its arcs; `measure` gives
 * the bounds of each country's original feature (the build passes d3-geo `geoBounds`).
 */
export function packOutlines(
  topology: CountriesTopology,
  measure: (feature: Feature) => OutlineBounds,
  grid = OUTLINE_GRID,
): PackedOutlines {
  const { transform } = topology;
  if (!transform) throw new Error('packOutlines: the topology is not quantized');
  const [sx, sy] = transform.scale;
  const [tx, ty] = transform.translate;
  let maxX = 0;
  let maxY = 0;
  for (const arc of topology.arcs) {
    for (const [x, y] of absolute(arc)) {
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  }
  const scale: [number, number] = [(maxX * sx) / (grid - 1), (maxY * sy) / (grid - 1)];
  const bytes: number[] = [];
  const put = (n: number) => {
    let z = n >= 0 ? n * 2 : -n * 2 - 1;
    while (z >= 128) {
      bytes.push((z & 127) | 128);
      z = Math.floor(z / 128);
    }
    bytes.push(z);
  };
  put(topology.arcs.length);
  for (const arc of topology.arcs) {
    const points: [number, number][] = [];
    for (const [x, y] of absolute(arc)) {
      const q: [number, number] = [
        Math.round((x * sx) / scale[0]),
        Math.round((y * sy) / scale[1]),
      ];
      const last = points[points.length - 1];
      // Points that fall on the same grid step are one point; an arc keeps its two ends.
      if (!last || last[0] !== q[0] || last[1] !== q[1]) points.push(q);
    }
    if (points.length === 1) points.push(points[0]!);
    put(points.length);
    let px = 0;
    let py = 0;
    for (const [x, y] of points) {
      put(x - px);
      put(y - py);
      px = x;
      py = y;
    }
  }
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return {
    transform: { scale, translate: [tx, ty] },
    countries: {
      ...topology.objects.countries,
      geometries: topology.objects.countries.geometries.map((g, i) => ({
        ...g,
        properties: {
          name: (g.properties as OutlineProps | undefined)?.name ?? '',
          bounds: outwards(
            measure(feature(topology, topology.objects.countries.geometries[i]!) as Feature),
          ),
        },
      })),
    },
    arcs: btoa(binary),
  };
}

/** The topology back from its packed form: quantized, delta-encoded arcs, as topojson-client reads. */
export function unpackOutlines(packed: PackedOutlines): CountriesTopology {
  const binary = atob(packed.arcs);
  let at = 0;
  const next = (): number => {
    let z = 0;
    let factor = 1;
    let b: number;
    do {
      b = binary.charCodeAt(at++);
      z += (b & 127) * factor;
      factor *= 128;
    } while (b >= 128);
    return z % 2 ? -(z + 1) / 2 : z / 2;
  };
  const arcs: [number, number][][] = new Array<[number, number][]>(next());
  for (let a = 0; a < arcs.length; a++) {
    const arc: [number, number][] = new Array<[number, number]>(next());
    for (let p = 0; p < arc.length; p++) arc[p] = [next(), next()];
    arcs[a] = arc;
  }
  return {
    type: 'Topology',
    transform: packed.transform,
    objects: { countries: packed.countries },
    arcs,
  };
}
