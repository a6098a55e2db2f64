/**
 * Drawing the basemap's countries on a 2D canvas, shared by the map's layer (basemapLayer.ts)
 * and the exported pictures. Each country is turned into a Path2D once per zoom level, for the
 * 0° copy of the world only and only when first drawn; the copies at ±360° (WORLD_SHIFTS) are
 * the same paths translated by the world's width in pixels. Countries whose box misses the view
 * are skipped. Leaflet-free.
 */
import { WORLD_SHIFTS, type Outline } from './basemap.ts';

/** How a country is painted. */
export interface CountryStyle {
  /** The land colour, a network's colour or a stripe pattern. */
  fill: string | CanvasPattern;
  /** The border colour. */
  stroke: string;
  /** The border width, in CSS pixels. */
  weight: number;
}

/** A box in world pixels at one zoom: [minX, minY, maxX, maxY]. */
export type PixelBox = readonly [number, number, number, number];

/** The countries of one copy of the world that meet a view. */
export interface WorldCopy {
  /** The copy's shift, in degrees of longitude (one of WORLD_SHIFTS). */
  shift: number;
  /** Its offset in pixels: the world's width per 360°. */
  offset: number;
  /** Indices of the outlines to draw, in their order. */
  indices: number[];
}

/** Pixels a border may reach past its outline: half the widest border, and a margin. */
const BORDER_MARGIN = 2;
/** A vertex nearer than this (pixels) to the last one kept adds nothing visible. */
const MIN_STEP = 0.5;

/** The world's width (and height) in pixels at `zoom`, as Leaflet's EPSG:3857 scales it. */
export function worldSize(zoom: number): number {
  return 256 * 2 ** zoom;
}

/**
 * For each copy of the world (WORLD_SHIFTS), the outlines whose box, at a world `size` in
 * pixels, meets `view` (world pixels of the 0° copy); copies with none are left out.
 */
export function visibleCopies(
  outlines: readonly Pick<Outline, 'box'>[],
  size: number,
  view: PixelBox,
): WorldCopy[] {
  const [left, top, right, bottom] = view;
  const copies: WorldCopy[] = [];
  for (const shift of WORLD_SHIFTS) {
    const offset = (shift / 360) * size;
    const indices: number[] = [];
    outlines.forEach(({ box: [x0, y0, x1, y1] }, i) => {
      if (
        x1 * size + offset + BORDER_MARGIN >= left &&
        x0 * size + offset - BORDER_MARGIN <= right &&
        y1 * size + BORDER_MARGIN >= top &&
        y0 * size - BORDER_MARGIN <= bottom
      )
        indices.push(i);
    });
    if (indices.length) copies.push({ shift, offset, indices });
  }
  return copies;
}

function pathOf(outline: Outline, size: number): Path2D {
  const path = new Path2D();
  for (const ring of outline.rings) {
    const n = ring.length / 2;
    if (n === 0) continue;
    let lastX = ring[0]! * size;
    let lastY = ring[1]! * size;
    path.moveTo(lastX, lastY);
    for (let i = 1; i < n; i++) {
      const x = ring[2 * i]! * size;
      const y = ring[2 * i + 1]! * size;
      if (i < n - 1 && (x - lastX) ** 2 + (y - lastY) ** 2 < MIN_STEP ** 2) continue;
      path.lineTo(x, y);
      lastX = x;
      lastY = y;
    }
    path.closePath();
  }
  return path;
}

/** The outlines as Path2D in world pixels at one zoom, each built on first need. */
export class OutlinePaths {
  readonly outlines: readonly Outline[];
  #zoom = NaN;
  #paths: (Path2D | undefined)[] = [];

  constructor(outlines: readonly Outline[]) {
    this.outlines = outlines;
  }

  /** Outline `i`'s path at `zoom`; asking for another zoom forgets those of the last one. */
  get(i: number, zoom: number): Path2D {
    if (zoom !== this.#zoom) {
      this.#zoom = zoom;
      this.#paths = [];
    }
    return (this.#paths[i] ??= pathOf(this.outlines[i]!, worldSize(zoom)));
  }
}

/**
 * Paints the countries that meet `view` (world pixels at `zoom`) in every copy of the world:
 * filled even-odd, bordered with round joins. `origin` is the world pixel at the context's
 * (0, 0) under its current transform; stripe patterns are anchored to the 0° copy's pixels.
 */
export function paintBasemap(
  ctx: CanvasRenderingContext2D,
  paths: OutlinePaths,
  zoom: number,
  styleOf: (i: number) => CountryStyle,
  view: PixelBox,
  origin: { x: number; y: number },
): void {
  ctx.save();
  ctx.globalAlpha = 1;
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  ctx.setLineDash([]);
  for (const { offset, indices } of visibleCopies(paths.outlines, worldSize(zoom), view)) {
    ctx.save();
    ctx.translate(offset - origin.x, -origin.y);
    for (const i of indices) {
      const path = paths.get(i, zoom);
      const style = styleOf(i);
      ctx.fillStyle = style.fill;
      ctx.fill(path, 'evenodd');
      ctx.strokeStyle = style.stroke;
      ctx.lineWidth = style.weight;
      ctx.stroke(path);
    }
    ctx.restore();
  }
  ctx.restore();
}
