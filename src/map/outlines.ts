/**
 * The world's coarse outlines as the first load carries them: world-atlas countries-110m,
 * re-quantized at build time (vite.config.ts `coarseOutlines`) to a grid of OUTLINE_GRID steps
 * across the world, with their arcs written as base64 of zigzag varints instead of JSON numbers.
 * 23 KB of gzip instead of 38, the same shapes on screen: one step of the grid is 0.036° of
 * longitude, under half a pixel at the zoom where the 1:50m outlines take over (FINE_ZOOM), and
 * Leaflet smooths paths by a pixel anyway. The `land` object and Antarctica, which the app does
 * not draw, are left out. Each country carries its ISO code and its bounds on the sphere, found
 * by the build (countryCodes.ts, and d3-geo `geoBounds` of the original shape as the page
 * measured them before, widened to the next step of the grid and one more), so the first load
 * needs neither the code table nor d3-geo. The bounds only spare the exact test
 * (hitCountry.ts) the countries far away.
 *
 * Pure: packed in Node by the build, unpacked in the page into a topology for topojson-client.
 */
import type { Feature } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { runSteps } from '../model/steps.ts';

/** Steps of the quantization grid across the world's width (and height). */
export const OUTLINE_GRID = 10_000;

/** [[west, south], [east, north]] as d3-geo measures it; west > east across the antimeridian. */
export type OutlineBounds = [[number, number], [number, number]];

export interface OutlineProps {
  /** world-atlas's English name; not in the packed outlines (the app names countries by code). */
  name?: string;
  /** In the packed outlines: the ISO 3166-1 alpha-2 code, when the shape has one. */
  code?: string;
  /** In the packed outlines: bounds on the sphere. */
  bounds?: OutlineBounds;
}

export type CountriesTopology = Topology<{ countries: GeometryCollection<OutlineProps> }>;

/** A countries topology with its arcs packed (see above). */
export interface PackedOutlines {
  transform: { scale: [number, number]; translate: [number, number] };
  countries: GeometryCollection<OutlineProps>;
  /**
   * Base64 of zigzag varints: the number of arcs, then per arc its point count and deltas
   * x, y, ...; then per country its bounds on the grid (west, south, east, north).
   */
  arcs: string;
}

/** Absolute quantized positions of an arc of a quantized topology (delta-encoded). */
function absolute(arc: readonly (readonly number[])[]): [number, number][] {
  let x = 0;
  let y = 0;
  return arc.map(([dx = 0, dy = 0]) => [(x += dx), (y += dy)]);
}

/** What the build knows that the page then need not: bounds and codes (vite.config.ts). */
export interface OutlineTools {
  /** A country's bounds on the sphere (d3-geo `geoBounds`). */
  measure: (feature: Feature) => OutlineBounds;
  /** A shape's ISO 3166-1 alpha-2 code from its world-atlas id and name (countryCodes.ts). */
  codeOf: (id: string | number | undefined, name: string | undefined) => string | undefined;
}

type ArcIndexes = number[] | ArcIndexes[];

function remapArcs(arcs: ArcIndexes, index: Map<number, number>): ArcIndexes {
  return arcs.map((a) =>
    typeof a === 'number' ? (a < 0 ? ~index.get(~a)! : index.get(a)!) : remapArcs(a, index),
  ) as ArcIndexes;
}

/**
 * Re-quantizes a quantized world-atlas countries topology and packs its arcs. Each country
 * keeps its geometry, its ISO code and its bounds (on the grid, widened) in place of its id and
 * name; Antarctica, which the app leaves out, is dropped with its arcs.
 */
export function packOutlines(
  topology: CountriesTopology,
  { measure, codeOf }: OutlineTools,
  grid = OUTLINE_GRID,
): PackedOutlines {
  const { transform } = topology;
  if (!transform) throw new Error('packOutlines: the topology is not quantized');
  const [sx, sy] = transform.scale;
  const [tx, ty] = transform.translate;
  const kept = topology.objects.countries.geometries.flatMap((g) => {
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return [];
    const code = codeOf(g.id, (g.properties as OutlineProps | undefined)?.name);
    return code === 'AQ' ? [] : [{ g, code }];
  });
  // Arcs in order of first use, so the packed arcs are those the kept countries draw.
  const index = new Map<number, number>();
  const used: number[] = [];
  const visit = (arcs: ArcIndexes) => {
    for (const a of arcs) {
      if (typeof a !== 'number') visit(a);
      else if (!index.has(a < 0 ? ~a : a)) {
        index.set(a < 0 ? ~a : a, used.length);
        used.push(a < 0 ? ~a : a);
      }
    }
  };
  for (const { g } of kept) visit((g as { arcs: ArcIndexes }).arcs);
  const arcsKept = used.map((a) => topology.arcs[a]!);
  let maxX = 0;
  let maxY = 0;
  for (const arc of arcsKept) {
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
  put(arcsKept.length);
  for (const arc of arcsKept) {
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
  // Bounds on the grid, widened so that they hold what they held (west > east across 180°).
  for (const { g } of kept) {
    const [[west, south], [east, north]] = measure(feature(topology, g) as Feature);
    put(Math.floor((west - tx) / scale[0]) - 1);
    put(Math.floor((south - ty) / scale[1]) - 1);
    put(Math.ceil((east - tx) / scale[0]) + 1);
    put(Math.ceil((north - ty) / scale[1]) + 1);
  }
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return {
    transform: { scale, translate: [tx, ty] },
    countries: {
      type: 'GeometryCollection',
      geometries: kept.map(({ g, code }) => ({
        type: g.type,
        arcs: remapArcs((g as { arcs: ArcIndexes }).arcs, index),
        properties: code ? { code } : {},
      })) as GeometryCollection<OutlineProps>['geometries'],
    },
    arcs: btoa(binary),
  };
}

/** The topology back from its packed form: quantized, delta-encoded arcs, as topojson-client reads. */
export function unpackOutlines(packed: PackedOutlines): CountriesTopology {
  return runSteps(unpackSteps(packed));
}

/** Arcs read between two places where a pause may go (see runStepsInSlices). */
const ARCS_STEP = 256;

/** `unpackOutlines` as steps: the page unpacks the outlines in slices while its data loads. */
export function* unpackSteps(packed: PackedOutlines): Generator<void, CountriesTopology> {
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
    if (a % ARCS_STEP === ARCS_STEP - 1) yield;
    const arc: [number, number][] = new Array<[number, number]>(next());
    for (let p = 0; p < arc.length; p++) arc[p] = [next(), next()];
    arcs[a] = arc;
  }
  const [sx, sy] = packed.transform.scale;
  const [tx, ty] = packed.transform.translate;
  const geometries = packed.countries.geometries.map((g) => {
    const [w, s, e, n] = [next(), next(), next(), next()];
    const bounds: OutlineBounds = [
      [tx + w * sx, ty + s * sy],
      [tx + e * sx, ty + n * sy],
    ];
    return { ...g, properties: { ...g.properties, bounds } };
  });
  return {
    type: 'Topology',
    transform: packed.transform,
    objects: { countries: { ...packed.countries, geometries } },
    arcs,
  };
}
