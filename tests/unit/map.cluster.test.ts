import { describe, expect, it } from 'vitest';
import { countPauses } from './helpers/countPauses.ts';
import fc from 'fast-check';
import {
  clusterIndices,
  clusterPoints,
  clusterSteps,
  spiralOffsets,
  zoomToSplit,
  type ScreenPoint,
} from '../../src/map/cluster.ts';

/** The greedy clustering as first written (objects and maps): what the flat one must match. */
function referenceClusters<T>(points: readonly ScreenPoint<T>[], radius: number) {
  const cell = Math.max(1, radius);
  const grid = new Map<string, number[]>();
  const key = (x: number, y: number) => `${x},${y}`;
  points.forEach((p, i) => {
    const k = key(Math.floor(p.x / cell), Math.floor(p.y / cell));
    grid.set(k, [...(grid.get(k) ?? []), i]);
  });
  const claimed = new Set<number>();
  const groups: { members: T[]; x: number; y: number }[] = [];
  points.forEach((seed, i) => {
    if (claimed.has(i)) return;
    claimed.add(i);
    const members = [seed];
    const cx = Math.floor(seed.x / cell);
    const cy = Math.floor(seed.y / cell);
    for (let gx = cx - 1; gx <= cx + 1; gx++) {
      for (let gy = cy - 1; gy <= cy + 1; gy++) {
        for (const j of grid.get(key(gx, gy)) ?? []) {
          const p = points[j]!;
          if (claimed.has(j) || (p.x - seed.x) ** 2 + (p.y - seed.y) ** 2 > radius * radius)
            continue;
          claimed.add(j);
          members.push(p);
        }
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

const pt = (item: string, x: number, y: number) => ({ item, x, y });

describe('clusterPoints', () => {
  it('merges points within the radius around the first unclaimed one', () => {
    const groups = clusterPoints(
      [pt('a', 0, 0), pt('b', 10, 0), pt('c', 100, 0), pt('d', 105, 3)],
      20,
    );
    expect(groups.map((g) => g.members)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(groups[0]).toMatchObject({ x: 5, y: 0 });
  });

  it('keeps points further apart than the radius apart, across grid cells too', () => {
    const groups = clusterPoints([pt('a', 19, 19), pt('b', 21, 21), pt('c', 60, 60)], 20);
    expect(groups.map((g) => g.members)).toEqual([['a', 'b'], ['c']]);
  });

  it('puts every point in exactly one group, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: -500, max: 500 }), fc.integer({ min: -500, max: 500 })),
          {
            maxLength: 200,
          },
        ),
        fc.integer({ min: 1, max: 80 }),
        (coords, radius) => {
          const points = coords.map(([x, y], i) => pt(String(i), x, y));
          const groups = clusterPoints(points, radius);
          const members = groups.flatMap((g) => g.members).sort((a, b) => Number(a) - Number(b));
          expect(members).toEqual(points.map((p) => p.item));
          for (const g of groups) {
            const seed = points[Number(g.members[0])]!;
            for (const id of g.members) {
              const p = points[Number(id)]!;
              expect(Math.hypot(p.x - seed.x, p.y - seed.y)).toBeLessThanOrEqual(radius + 1e-9);
            }
          }
        },
      ),
    );
  });
});

describe('clusterIndices', () => {
  it('finds the same groups, members in the same order and the same centres as the plain algorithm', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: -3000, max: 3000, noNaN: true }),
            fc.double({ min: -3000, max: 3000, noNaN: true }),
          ),
          { maxLength: 400 },
        ),
        fc.integer({ min: 1, max: 120 }),
        (coords, radius) => {
          const points = coords.map(([x, y], i) => pt(String(i), x, y));
          expect(clusterPoints(points, radius)).toEqual(referenceClusters(points, radius));
        },
      ),
    );
  });

  it('as steps, pauses on many points and finds the same groups', async () => {
    const n = 9000;
    const xs = new Float64Array(n).map((_, i) => (i * 7919) % 997);
    const ys = new Float64Array(n).map((_, i) => (i * 104729) % 991);
    const { value, pauses } = await countPauses(clusterSteps(xs, ys, n, 22));
    expect(pauses).toBeGreaterThan(3);
    expect(value).toEqual(clusterIndices(xs, ys, n, 22));
  });

  it('reads only the first n points and returns flat groups', () => {
    const xs = new Float64Array([0, 10, 100, 5000]);
    const ys = new Float64Array([0, 0, 0, 0]);
    const c = clusterIndices(xs, ys, 3, 20);
    expect(c.count).toBe(2);
    expect([...c.start.subarray(0, c.count + 1)]).toEqual([0, 2, 3]);
    expect([...c.members.subarray(0, 3)]).toEqual([0, 1, 2]);
    expect([c.x[0], c.x[1]]).toEqual([5, 100]);
  });
});

describe('spiralOffsets', () => {
  it('keeps fanned-out markers apart', () => {
    for (const n of [2, 5, 12, 40]) {
      const offsets = spiralOffsets(n, 15);
      expect(offsets).toHaveLength(n);
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const d = Math.hypot(offsets[i]!.dx - offsets[j]!.dx, offsets[i]!.dy - offsets[j]!.dy);
          expect(d).toBeGreaterThan(12);
        }
      }
    }
  });

  it('leaves a single marker where it is', () => {
    expect(spiralOffsets(1, 15)).toEqual([{ dx: 0, dy: 0 }]);
  });
});

describe('zoomToSplit', () => {
  // Two markers 1 px apart at zoom 0: 22 px apart (one cluster's reach) from zoom 4.4 on.
  const pair = [
    { x: 100, y: 100 },
    { x: 101, y: 100 },
  ];
  it('zooms just enough for the markers to leave one cluster', () => {
    expect(zoomToSplit(pair, 1, 7, 22)).toBe(5);
    expect(zoomToSplit(pair, 4, 7, 22)).toBe(5);
    // Already apart at the next zoom: one step.
    expect(zoomToSplit(pair, 5, 7, 22)).toBe(6);
  });
  it('stops at the fan-out zoom for markers sharing one spot', () => {
    expect(zoomToSplit([pair[0]!, pair[0]!], 1, 7, 22)).toBe(7);
  });
});
