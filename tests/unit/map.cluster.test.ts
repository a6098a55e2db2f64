import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clusterPoints, spiralOffsets, zoomToSplit } from '../../src/map/cluster.ts';

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
