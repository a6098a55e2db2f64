/**
 * What the graph draws where: replies from the layout worker, pins held by the page (a reply
 * computed before the latest pin must not pull a pinned node back), and the morph between
 * two layouts. No worker, no DOM, no time: replies and clocks are made up here.
 */
import { describe, expect, it } from 'vitest';
import { LayoutPositions } from '../../src/graph/positions.ts';
import { MOVE_MS } from '../../src/graph/graphCamera.ts';
import type { LayoutReply } from '../../src/graph/layoutProtocol.ts';

const positions = (...xy: number[]): LayoutReply => ({
  type: 'positions',
  generation: 1,
  positions: Float32Array.from(xy),
  tick: 3,
  alpha: 0.3,
});
const end = (...xy: number[]): LayoutReply => ({
  type: 'end',
  generation: 1,
  positions: Float32Array.from(xy),
  tick: 300,
});

function settled(xy: number[]): LayoutPositions {
  const p = new LayoutPositions();
  p.newNodeSet(null, ['a', 'b', 'c']);
  p.receive(end(...xy), true, 0);
  return p;
}

describe('LayoutPositions', () => {
  it('draws what the worker sends, and says when the layout ended', () => {
    const p = new LayoutPositions();
    expect(p.newNodeSet(null, ['a', 'b'])).toBe(false);
    expect(p.display).toBeNull();
    expect(p.receive(positions(1, 2, 3, 4), true, 0)).toEqual({
      kind: 'positions',
      settled: false,
    });
    expect([...p.display!]).toEqual([1, 2, 3, 4]);
    expect(p.receive(end(5, 6, 7, 8), true, 0)).toEqual({ kind: 'positions', settled: true });
    expect(p.receive({ type: 'progress', generation: 1, tick: 9, total: 300 }, true, 0)).toEqual({
      kind: 'none',
    });
    expect([...p.display!]).toEqual([5, 6, 7, 8]);
  });

  it('keeps a dragged node where the page put it, whatever older replies say', () => {
    const p = settled([0, 0, 10, 10, 20, 20]);
    // The pointer drags b to (100, 100), then (200, 200), and drops it there.
    p.pin(1, 100, 100);
    p.pin(1, 200, 200);
    expect([...p.display!.subarray(2, 4)]).toEqual([200, 200]);
    // Replies the worker computed for the first pin arrive after the drop.
    p.receive(positions(1, 1, 100, 100, 21, 21), true, 0);
    expect([...p.display!]).toEqual([1, 1, 200, 200, 21, 21]);
    p.receive(end(2, 2, 100, 100, 22, 22), true, 0);
    expect([...p.display!.subarray(2, 4)]).toEqual([200, 200]);
    expect(p.pinned[1]).toBe(1);
    expect(p.pinOf(1)).toEqual([200, 200]);
  });

  it('lets a released node move with the next replies', () => {
    const p = settled([0, 0, 10, 10, 20, 20]);
    p.pin(1, 200, 200);
    p.unpin(1);
    expect(p.pinned[1]).toBe(0);
    p.receive(end(0, 0, 15, 15, 20, 20), true, 0);
    expect([...p.display!.subarray(2, 4)]).toEqual([15, 15]);
  });

  it('carries pins and drawn places over to a new node set, by id', () => {
    const p = settled([0, 0, 10, 10, 20, 20]);
    p.pin(2, 50, 60);
    expect(p.newNodeSet(['a', 'b', 'c'], ['c', 'd'])).toBe(true);
    expect([...p.pinned]).toEqual([1, 0]);
    expect(p.pinOf(0)).toEqual([50, 60]);
    // The old picture stays: c where it was drawn, d not placed yet.
    expect([...p.display!]).toEqual([50, 60, NaN, NaN]);
    // Under reduced motion, the new layout replaces it at once; c stays pinned.
    expect(p.receive(end(1, 1, 2, 2), true, 0)).toEqual({ kind: 'positions', settled: true });
    expect([...p.display!]).toEqual([50, 60, 2, 2]);
  });

  it('morphs from the old picture to the new layout, then settles', () => {
    const p = settled([0, 0, 10, 10, 20, 20]);
    p.newNodeSet(['a', 'b', 'c'], ['a', 'b', 'c', 'd']);
    const got = p.receive(end(100, 0, 10, 10, 20, 20, 40, 40), false, 1000);
    expect(got.kind).toBe('morph');
    expect(p.morphing).toBe(true);
    expect(p.stepMorph(1000 + MOVE_MS / 2)).toBe(false);
    expect(p.display![0]).toBeCloseTo(50);
    // A node that was not drawn appears at its new place.
    expect([...p.display!.subarray(6, 8)]).toEqual([40, 40]);
    // Dragged during the morph, a node stays under the pointer.
    p.pin(1, -5, -5);
    p.stepMorph(1000 + (3 * MOVE_MS) / 4);
    expect([...p.display!.subarray(2, 4)]).toEqual([-5, -5]);
    expect(p.stepMorph(1000 + MOVE_MS)).toBe(true);
    expect(p.morphing).toBe(false);
    expect([...p.display!]).toEqual([100, 0, -5, -5, 20, 20, 40, 40]);
  });
});
