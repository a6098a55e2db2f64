/**
 * The Leaflet-free part of drawing the basemap (basemapLayer.ts): where outlines fall in pixels
 * at a zoom, which of them a view meets in each copy of the world, and their Path2D.
 */
import type { Outline } from './basemap.ts';

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

/** Pixels a border may reach past its outline: half the widest border, and a margin. */
const BORDER_MARGIN = 2;
/** A vertex nearer than this (pixels) to the last one kept adds nothing visible. */
const MIN_STEP = 0.5;

/** The world's width (and height) in pixels at `zoom`, as Leaflet's EPSG:3857 scales it. */
export function worldSize(zoom: number): number {
  return 256 * 2 ** zoom;
}

/**
 * Whether an outline, at a world `size` in pixels and in the copy of the world `offset` pixels
 * east of the 0° one, meets `view` (world pixels of the 0° copy), its border included.
 */
export function meetsView(
  { box: [x0, y0, x1, y1] }: Pick<Outline, 'box'>,
  size: number,
  offset: number,
  [left, top, right, bottom]: PixelBox,
): boolean {
  return (
    x1 * size + offset + BORDER_MARGIN >= left &&
    x0 * size + offset - BORDER_MARGIN <= right &&
    y1 * size + BORDER_MARGIN >= top &&
    y0 * size - BORDER_MARGIN <= bottom
  );
}

/** An outline as a Path2D in world pixels, for a world `size` pixels wide. */
export function pathOf(outline: Outline, size: number): Path2D {
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
