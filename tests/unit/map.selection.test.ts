import { describe, expect, it } from 'vitest';
import { buildPoints } from '../../src/map/points.ts';
import { selectionArcs, selectionTargets } from '../../src/map/selection.ts';
import { atlas } from './map.fixture.ts';

const points = new Map(
  buildPoints(
    atlas,
    { organizations: true, networks: true, meetups: true, former: false },
    null,
  ).map((p) => [p.id, p]),
);

function maxStep(path: readonly [number, number][]): number {
  let max = 0;
  for (let i = 1; i < path.length; i++)
    max = Math.max(max, Math.abs(path[i]![1] - path[i - 1]![1]));
  return max;
}

describe('selectionArcs', () => {
  it('draws one arc per placed organizer and participant of a meetup, ending at the meetup', () => {
    const arcs = selectionArcs(atlas, 'summit', points);
    expect(arcs.map((a) => [a.fromId, a.role])).toEqual([
      ['wm-nz', 'organizer'],
      ['wm-ar', 'participant'],
      ['wm-ws', 'participant'],
    ]);
    for (const arc of arcs) {
      const end = arc.path[arc.path.length - 1]!;
      expect(end[0]).toBeCloseTo(-36.85);
      expect(end[1]).toBeCloseTo(174.76);
    }
  });

  it('keeps arcs across the Pacific continuous: Apia (-171.8°) to Auckland (174.8°)', () => {
    const arc = selectionArcs(atlas, 'summit', points).find((a) => a.fromId === 'wm-ws')!;
    expect(arc.path[0]![1]).toBeCloseTo(-171.76 + 360);
    expect(maxStep(arc.path)).toBeLessThan(10);
  });

  it('for a network, draws arcs to its placed meetups; none for other selections', () => {
    expect(selectionArcs(atlas, 'pacific', points)).toHaveLength(3);
    expect(selectionArcs(atlas, 'south', points)).toEqual([]); // its only meetup is online
    expect(selectionArcs(atlas, 'wm-ar', points)).toEqual([]);
    expect(selectionArcs(atlas, null, points)).toEqual([]);
  });
});

describe('selectionTargets', () => {
  it('covers the selected point and the highlighted ones that are placed', () => {
    expect(selectionTargets('summit', new Set(['wm-nz', 'global']), points)).toEqual([
      [-36.85, 174.76],
      [-41.29, 174.78],
    ]);
  });
});
