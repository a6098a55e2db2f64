/**
 * Screen-space grouping of markers, so dense areas (Europe at world zoom) stay readable:
 * greedy clustering over a grid, then, once zoomed in far enough, a spiral that fans out
 * points sharing one spot (several meetups in one city). Pure and deterministic.
 */

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
 * Greedy clustering: takes points in the given order (put the important ones first); each
 * unclaimed point claims every unclaimed point within `radius` pixels. Returns one group per
 * seed, singletons included, in seed order.
 */
export function clusterPoints<T>(points: readonly ScreenPoint<T>[], radius: number): Group<T>[] {
  const cell = Math.max(1, radius);
  // Columns of cells by number, not "x,y" strings: no string is made or hashed per lookup.
  const grid = new Map<number, Map<number, number[]>>();
  points.forEach((p, i) => {
    const cx = Math.floor(p.x / cell);
    const cy = Math.floor(p.y / cell);
    let column = grid.get(cx);
    if (!column) grid.set(cx, (column = new Map()));
    const list = column.get(cy);
    if (list) list.push(i);
    else column.set(cy, [i]);
  });
  const claimed = new Uint8Array(points.length);
  const groups: Group<T>[] = [];
  const r2 = radius * radius;
  points.forEach((seed, i) => {
    if (claimed[i]) return;
    claimed[i] = 1;
    const members = [seed];
    const cx = Math.floor(seed.x / cell);
    const cy = Math.floor(seed.y / cell);
    for (let gx = cx - 1; gx <= cx + 1; gx++) {
      const column = grid.get(gx);
      if (!column) continue;
      for (let gy = cy - 1; gy <= cy + 1; gy++) {
        const cellList = column.get(gy);
        if (!cellList) continue;
        // Claimed points leave their cell's list (the others keep their order): in a dense
        // cell, every later seed would otherwise walk past all of them again.
        let kept = 0;
        for (const j of cellList) {
          if (claimed[j]) continue;
          const p = points[j]!;
          const dx = p.x - seed.x;
          const dy = p.y - seed.y;
          if (dx * dx + dy * dy <= r2) {
            claimed[j] = 1;
            members.push(p);
          } else cellList[kept++] = j;
        }
        cellList.length = kept;
      }
    }
    let sx = 0;
    let sy = 0;
    for (const m of members) {
      sx += m.x;
      sy += m.y;
    }
    groups.push({
      members: members.map((m) => m.item),
      x: sx / members.length,
      y: sy / members.length,
    });
  });
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
