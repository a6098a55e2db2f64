/** Hit testing through the quadtree agrees with a scan of every node, and is what a person means. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NodeIndex } from '../../src/graph/hitTest.ts';

function scan(p: Float32Array, x: number, y: number, radius: (i: number) => number): number {
  let best = -1;
  let bestD = Infinity;
  for (let i = 0; i < p.length / 2; i++) {
    const d = Math.hypot(p[2 * i]! - x, p[2 * i + 1]! - y);
    if (d <= radius(i) && d < bestD) {
      best = i;
      bestD = d;
    }
  }
  return best;
}

describe('NodeIndex', () => {
  const positions = Float32Array.from([0, 0, 100, 0, 104, 0, 50, 50]);
  const radius = (i: number) => [10, 6, 6, 20][i]!;
  const index = new NodeIndex(positions);

  it.each([
    ['the centre of a node', 0, 0, 0],
    ['inside its radius', 7, 5, 0],
    ['just outside every node', 11, 0, -1],
    ['between two overlapping nodes: the nearer centre', 103, 1, 2],
    ['a large node', 65, 60, 3],
  ])('finds %s', (_, x, y, expected) => {
    expect(index.hit(x, y, radius, 20)).toBe(expected);
  });

  it('lists the nodes in a box', () => {
    expect(index.within(-1, -1, 101, 1)).toEqual([0, 1]);
  });

  it('skips nodes that have no position yet', () => {
    const partial = new NodeIndex(Float32Array.from([NaN, NaN, 5, 5]));
    expect(partial.hit(5, 5, () => 3, 3)).toBe(1);
    expect(partial.hit(0, 0, () => 3, 3)).toBe(-1);
  });

  it('agrees with a scan of every node', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: -500, max: 500 }), fc.integer({ min: -500, max: 500 })),
          {
            minLength: 1,
            maxLength: 300,
          },
        ),
        fc.integer({ min: -520, max: 520 }),
        fc.integer({ min: -520, max: 520 }),
        (points, x, y) => {
          const p = Float32Array.from(points.flat());
          const r = (i: number) => 2 + (i % 7) * 3;
          expect(new NodeIndex(p).hit(x, y, r, 20)).toBe(scan(p, x, y, r));
        },
      ),
      { numRuns: 300 },
    );
  });
});
