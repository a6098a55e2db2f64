/**
 * Camera arithmetic for the graph: fitting the layout in the view, centring a node, easing
 * between two transforms. Pure; transforms map layout units to CSS pixels (x * k + tx).
 */
import type { Transform } from './renderer.ts';

export const SCALE_EXTENT: [number, number] = [0.02, 12];

/**
 * The transform that shows every node with a margin, never magnifying more than 2.5x, in the
 * part of the view that `covered` (a legend on one side) leaves free.
 */
export function fitTransform(
  positions: Float32Array,
  count: number,
  viewWidth: number,
  height: number,
  covered: { x: number; width: number } | null = null,
  margin = 24,
): Transform {
  let left = 0;
  let width = viewWidth;
  // Beside the legend when that leaves at least half the width; over it otherwise.
  if (covered && viewWidth - covered.width >= viewWidth / 2) {
    width = viewWidth - covered.width;
    if (covered.x < viewWidth / 2) left = covered.x + covered.width;
  }
  if (count === 0 || width <= 0 || height <= 0) return { k: 1, x: left + width / 2, y: height / 2 };
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < count; i++) {
    const x = positions[2 * i]!;
    const y = positions[2 * i + 1]!;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  if (!Number.isFinite(x0)) return { k: 1, x: left + width / 2, y: height / 2 };
  const pad = 30;
  const w = Math.max(x1 - x0 + 2 * pad, 1);
  const h = Math.max(y1 - y0 + 2 * pad, 1);
  const k = clampScale(Math.min((width - 2 * margin) / w, (height - 2 * margin) / h, 2.5));
  return { k, x: left + width / 2 - ((x0 + x1) / 2) * k, y: height / 2 - ((y0 + y1) / 2) * k };
}

export function clampScale(k: number): number {
  return Math.min(SCALE_EXTENT[1], Math.max(SCALE_EXTENT[0], k));
}

/** Whether a layout point falls inside the view, `inset` pixels from its edges. */
export function isInView(
  t: Transform,
  x: number,
  y: number,
  width: number,
  height: number,
  inset = 16,
): boolean {
  const sx = x * t.k + t.x;
  const sy = y * t.k + t.y;
  return sx >= inset && sy >= inset && sx <= width - inset && sy <= height - inset;
}

/** Same zoom, with the layout point (x, y) at the centre of the view. */
export function centredOn(
  t: Transform,
  x: number,
  y: number,
  width: number,
  height: number,
): Transform {
  return { k: t.k, x: width / 2 - x * t.k, y: height / 2 - y * t.k };
}

/** Eases from a to b; f in [0, 1]. Zoom is interpolated geometrically so it feels even. */
export function between(a: Transform, b: Transform, f: number): Transform {
  const e = f < 0.5 ? 2 * f * f : 1 - Math.pow(-2 * f + 2, 2) / 2;
  return {
    k: a.k * Math.pow(b.k / a.k, e),
    x: a.x + (b.x - a.x) * e,
    y: a.y + (b.y - a.y) * e,
  };
}

/** The layout positions of some nodes only (a selection and its neighbours), for fitting. */
export function positionsOf(positions: Float32Array, indices: Iterable<number>): Float32Array {
  const out: number[] = [];
  for (const i of indices) {
    const x = positions[2 * i];
    const y = positions[2 * i + 1];
    if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)) continue;
    out.push(x, y);
  }
  return Float32Array.from(out);
}
