/**
 * Screen-space grouping of markers, so dense areas (Europe at world zoom) stay readable:
 * greedy clustering over a grid, then, once zoomed in far enough, a spiral that fans out
 * points sharing one spot (several meetups in one city). Pure and deterministic.
 */

import { runSteps } from '../model/steps.ts';

/** Points placed or claimed between two pauses of the steps: a few milliseconds of work. */
const STEP = 1000;

export interface ScreenPoint<T> {
  item: T;
  x: number;
  y: number;
}

export interface Group<T> {
  members: T[];
  /** Centre of the members. */
  x: number;
  y: number;
}

/**
 * Groups of points found by `clusterIndices`, as flat arrays (no object per point): group g's
 * members are `members[start[g]]` up to `members[start[g + 1]]`, its seed first; its centre is
 * (`x[g]`, `y[g]`).
 */
export interface Clusters {
  count: number;
  start: Int32Array;
  members: Int32Array;
  x: Float64Array;
  y: Float64Array;
}

/**
 * The grid of cells `radius` wide holding the points: each cell's points in index order, in one
 * array (`items`, cell c from `first[c]`, `length[c]` of them), cells found by an open-addressing
 * hash of their column and row. Flat arrays, so that a layout of 20,000 points makes no garbage.
 */
class Grid {
  readonly first: Int32Array;
  readonly length: Int32Array;
  readonly items: Int32Array;
  readonly #columns: Int32Array;
  readonly #rows: Int32Array;
  readonly #table: Int32Array;
  readonly #mask: number;

  constructor(n: number) {
    let size = 16;
    while (size < 2 * n) size *= 2;
    this.#mask = size - 1;
    this.#table = new Int32Array(size).fill(-1);
    this.#columns = new Int32Array(n);
    this.#rows = new Int32Array(n);
    this.first = new Int32Array(n);
    this.length = new Int32Array(n);
    this.items = new Int32Array(n);
  }

  /** Puts the first n points in their cells, yielding every STEP points. */
  *fill(xs: Float64Array, ys: Float64Array, n: number, cell: number): Generator<void, void> {
    const cellOf = new Int32Array(n);
    let cells = 0;
    for (let i = 0; i < n; i++) {
      if (i % STEP === STEP - 1) yield;
      const cx = Math.floor(xs[i]! / cell);
      const cy = Math.floor(ys[i]! / cell);
      let c = this.find(cx, cy);
      if (c < 0) {
        c = cells++;
        this.#columns[c] = cx;
        this.#rows[c] = cy;
        this.#table[this.#slot(cx, cy)] = c;
      }
      cellOf[i] = c;
      this.length[c]!++;
    }
    for (let c = 1; c < cells; c++) this.first[c] = this.first[c - 1]! + this.length[c - 1]!;
    const filled = new Int32Array(cells);
    for (let i = 0; i < n; i++) {
      if (i % STEP === STEP - 1) yield;
      const c = cellOf[i]!;
      this.items[this.first[c]! + filled[c]!++] = i;
    }
  }

  /** The cell at column cx, row cy, or -1 when no point is in it. */
  find(cx: number, cy: number): number {
    return this.#table[this.#slot(cx, cy)]!;
  }

  /** The slot of (cx, cy) in the table: its own, or the free one where it would go. */
  #slot(cx: number, cy: number): number {
    let s = (Math.imul(cx, 73856093) ^ Math.imul(cy, 19349663)) & this.#mask;
    for (;;) {
      const c = this.#table[s]!;
      if (c < 0 || (this.#columns[c] === cx && this.#rows[c] === cy)) return s;
      s = (s + 1) & this.#mask;
    }
  }
}

/**
 * Greedy clustering: takes the first `n` points of `xs`, `ys` in order (put the important ones
 * first); each unclaimed point claims every unclaimed point within `radius` pixels. One group
 * per seed, singletons included, in seed order; members in the order they were claimed.
 */
export function clusterIndices(
  xs: Float64Array,
  ys: Float64Array,
  n: number,
  radius: number,
): Clusters {
  return runSteps(clusterSteps(xs, ys, n, radius));
}

/** `clusterIndices` as steps: it yields about every STEP points placed or claimed. */
export function* clusterSteps(
  xs: Float64Array,
  ys: Float64Array,
  n: number,
  radius: number,
): Generator<void, Clusters> {
  const cell = Math.max(1, radius);
  const grid = new Grid(n);
  yield* grid.fill(xs, ys, n, cell);
  const claimed = new Uint8Array(n);
  const start = new Int32Array(n + 1);
  const members = new Int32Array(n);
  const cx = new Float64Array(n);
  const cy = new Float64Array(n);
  const r2 = radius * radius;
  let count = 0;
  let end = 0;
  let due = STEP;
  for (let i = 0; i < n; i++) {
    if (claimed[i]) continue;
    if (end >= due) {
      due = end + STEP;
      yield;
    }
    claimed[i] = 1;
    const seedX = xs[i]!;
    const seedY = ys[i]!;
    start[count] = end;
    members[end++] = i;
    const column = Math.floor(seedX / cell);
    const row = Math.floor(seedY / cell);
    for (let gx = column - 1; gx <= column + 1; gx++) {
      for (let gy = row - 1; gy <= row + 1; gy++) {
        const c = grid.find(gx, gy);
        if (c < 0) continue;
        // Claimed points leave their cell (the others keep their order): in a dense cell,
        // every later seed would otherwise walk past all of them again.
        const from = grid.first[c]!;
        const to = from + grid.length[c]!;
        let kept = from;
        for (let k = from; k < to; k++) {
          const j = grid.items[k]!;
          if (claimed[j]) continue;
          const dx = xs[j]! - seedX;
          const dy = ys[j]! - seedY;
          if (dx * dx + dy * dy <= r2) {
            claimed[j] = 1;
            members[end++] = j;
          } else grid.items[kept++] = j;
        }
        grid.length[c] = kept - from;
      }
    }
    let sx = 0;
    let sy = 0;
    for (let k = start[count]!; k < end; k++) {
      sx += xs[members[k]!]!;
      sy += ys[members[k]!]!;
    }
    const size = end - start[count]!;
    cx[count] = sx / size;
    cy[count] = sy / size;
    count++;
  }
  start[count] = end;
  return { count, start, members, x: cx, y: cy };
}

/** `clusterIndices` over objects: each group names its members' items. */
export function clusterPoints<T>(points: readonly ScreenPoint<T>[], radius: number): Group<T>[] {
  const n = points.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  points.forEach((p, i) => {
    xs[i] = p.x;
    ys[i] = p.y;
  });
  const c = clusterIndices(xs, ys, n, radius);
  const groups: Group<T>[] = [];
  for (let g = 0; g < c.count; g++) {
    const members: T[] = [];
    for (let k = c.start[g]!; k < c.start[g + 1]!; k++) members.push(points[c.members[k]!]!.item);
    groups.push({ members, x: c.x[g]!, y: c.y[g]! });
  }
  return groups;
}

/**
 * Offsets that fan out `n` markers sharing one spot: a sunflower spiral (golden angle), so
 * neighbours keep `spacing` pixels between them at any n. The first stays nearest the centre.
 */
export function spiralOffsets(n: number, spacing: number): { dx: number; dy: number }[] {
  if (n <= 1) return [{ dx: 0, dy: 0 }];
  const golden = Math.PI * (3 - Math.sqrt(5));
  const out: { dx: number; dy: number }[] = [];
  for (let i = 0; i < n; i++) {
    const r = spacing * Math.sqrt(i + 0.8);
    const a = i * golden - Math.PI / 2;
    out.push({ dx: r * Math.cos(a), dy: r * Math.sin(a) });
  }
  return out;
}

/**
 * The smallest zoom above `from` at which these markers no longer make one cluster (so a click
 * on a cluster zooms just enough to split it), or `max` when they share one spot until then.
 * `points` are positions at zoom 0 in pixels (Web Mercator: zoom z scales them by 2^z).
 */
export function zoomToSplit(
  points: readonly { x: number; y: number }[],
  from: number,
  max: number,
  radius: number,
): number {
  for (let z = Math.floor(from) + 1; z < max; z++) {
    const scale = 2 ** z;
    const at = points.map((p, i) => ({ item: i, x: p.x * scale, y: p.y * scale }));
    if (clusterPoints(at, radius).length > 1) return z;
  }
  return max;
}
