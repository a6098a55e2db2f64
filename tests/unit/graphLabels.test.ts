/** Greedy label placement: no two labels overlap, none leaves the view, importance first. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boxesOverlap, placeLabels, type LabelCandidate } from '../../src/graph/labels.ts';

const candidate = (
  index: number,
  x: number,
  y: number,
  priority = 0,
  width = 60,
): LabelCandidate => ({
  index,
  x,
  y,
  r: 4,
  width,
  height: 14,
  priority,
});

const arbitraryCandidates = fc
  .array(
    fc.record({
      x: fc.double({ min: -50, max: 450, noNaN: true }),
      y: fc.double({ min: -50, max: 350, noNaN: true }),
      r: fc.double({ min: 1, max: 20, noNaN: true }),
      width: fc.double({ min: 5, max: 200, noNaN: true }),
      height: fc.double({ min: 8, max: 20, noNaN: true }),
      priority: fc.integer({ min: 0, max: 50 }),
    }),
    { maxLength: 150 },
  )
  .map((list) => list.map((c, index) => ({ ...c, index })));

describe('placeLabels', () => {
  it('never overlaps two labels and keeps every label in the view', () => {
    fc.assert(
      fc.property(arbitraryCandidates, (candidates) => {
        const placed = placeLabels(candidates, { width: 400, height: 300, gap: 2 });
        for (let i = 0; i < placed.length; i++) {
          const a = placed[i]!;
          expect(a.x).toBeGreaterThanOrEqual(0);
          expect(a.y).toBeGreaterThanOrEqual(0);
          expect(a.x + a.width).toBeLessThanOrEqual(400);
          expect(a.y + a.height).toBeLessThanOrEqual(300);
          for (let j = i + 1; j < placed.length; j++)
            expect(boxesOverlap(a, placed[j]!)).toBe(false);
        }
        expect(new Set(placed.map((p) => p.index)).size).toBe(placed.length);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the gap between labels', () => {
    const placed = placeLabels(
      Array.from({ length: 40 }, (_, i) => candidate(i, 100 + (i % 5) * 3, 100 + i * 2)),
      { width: 400, height: 400, gap: 3 },
    );
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const a = placed[i]!;
        const grown = { x: a.x - 3, y: a.y - 3, width: a.width + 6, height: a.height + 6 };
        expect(boxesOverlap(grown, placed[j]!)).toBe(false);
      }
    }
  });

  it('labels the most important of two crowded nodes, whatever their order', () => {
    const crowded = [candidate(0, 200, 150, 1), candidate(1, 201, 151, 9)];
    for (const list of [crowded, [...crowded].reverse()]) {
      const placed = placeLabels(list, { width: 260, height: 165 });
      expect(placed[0]?.index).toBe(1);
    }
  });

  it('tries the other side when the first spot is taken or off screen', () => {
    const [label] = placeLabels([candidate(0, 380, 50)], { width: 400, height: 100 });
    expect(label!.x + label!.width).toBeLessThanOrEqual(380);
  });

  it('places nothing off screen, and no more than asked', () => {
    expect(placeLabels([candidate(0, -100, 50)], { width: 400, height: 100 })).toEqual([]);
    const many = Array.from({ length: 30 }, (_, i) =>
      candidate(i, 50 + (i % 3) * 120, 20 + i * 30),
    );
    expect(placeLabels(many, { width: 400, height: 1000, max: 5 })).toHaveLength(5);
  });

  it('places more labels when zoomed in (same nodes, spread out)', () => {
    const nodes = Array.from({ length: 60 }, (_, i) => ({ x: (i * 37) % 100, y: (i * 61) % 100 }));
    const at = (k: number) =>
      placeLabels(
        nodes.map((n, i) => candidate(i, 20 + n.x * k, 20 + n.y * k, 60 - i)),
        { width: 40 + 100 * k, height: 40 + 100 * k },
      ).length;
    expect(at(8)).toBeGreaterThan(at(1));
  });
});
