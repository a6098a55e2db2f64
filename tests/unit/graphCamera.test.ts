/** Camera arithmetic and node emphasis states: pure functions behind the graph view. */
import { describe, expect, it } from 'vitest';
import { between, centredOn, fitTransform, isInView } from '../../src/graph/camera.ts';
import { nodeStates } from '../../src/graph/paint.ts';
import { buildScene } from '../../src/graph/scene.ts';
import { buildRelations } from '../../src/model/relations.ts';
import { EDGE_KINDS } from '../../src/model/relations.types.ts';
import { smallAtlas } from './helpers/smallDataset.ts';

const apply = (t: { k: number; x: number; y: number }, x: number, y: number) => [
  x * t.k + t.x,
  y * t.k + t.y,
];

describe('fitTransform', () => {
  const square = Float32Array.from([-100, -100, 100, 100, -100, 100, 100, -100]);

  it('shows every node inside the view, centred', () => {
    const t = fitTransform(square, 4, 800, 600);
    for (let i = 0; i < 4; i++) {
      const [x, y] = apply(t, square[2 * i]!, square[2 * i + 1]!);
      expect(x).toBeGreaterThanOrEqual(24);
      expect(x).toBeLessThanOrEqual(776);
      expect(y).toBeGreaterThanOrEqual(24);
      expect(y).toBeLessThanOrEqual(576);
    }
    expect(apply(t, 0, 0)).toEqual([400, 300]);
  });

  it('leaves out the side a legend covers, when enough room remains', () => {
    const t = fitTransform(square, 4, 800, 600, { x: 560, width: 240 });
    expect(apply(t, 0, 0)[0]).toBe(280);
    const [right] = apply(t, 100, 0);
    expect(right).toBeLessThanOrEqual(560);
    const rtl = fitTransform(square, 4, 800, 600, { x: 0, width: 240 });
    expect(apply(rtl, 0, 0)[0]).toBe(520);
    // A legend wider than half the view: fit over the whole view instead.
    expect(apply(fitTransform(square, 4, 800, 600, { x: 300, width: 500 }), 0, 0)[0]).toBe(400);
  });

  it('never magnifies a tiny graph beyond 2.5x, and skips nodes not placed yet', () => {
    expect(fitTransform(Float32Array.from([0, 0, 1, 1]), 2, 800, 600).k).toBe(2.5);
    const partial = Float32Array.from([NaN, NaN, -100, -100, 100, 100]);
    expect(fitTransform(partial, 3, 800, 600)).toEqual(
      fitTransform(partial.subarray(2), 2, 800, 600),
    );
  });
});

describe('camera moves', () => {
  it('centres a point without changing the zoom', () => {
    const t = centredOn({ k: 2, x: 0, y: 0 }, 50, 25, 800, 600);
    expect(apply(t, 50, 25)).toEqual([400, 300]);
    expect(t.k).toBe(2);
  });

  it('tells whether a point is in view', () => {
    const t = { k: 1, x: 0, y: 0 };
    expect(isInView(t, 400, 300, 800, 600)).toBe(true);
    expect(isInView(t, 790, 300, 800, 600)).toBe(false);
    expect(isInView(t, -5, 300, 800, 600, 0)).toBe(false);
  });

  it('eases from one transform to the other', () => {
    const a = { k: 1, x: 0, y: 0 };
    const b = { k: 4, x: 100, y: -100 };
    expect(between(a, b, 0)).toEqual(a);
    expect(between(a, b, 1)).toEqual(b);
    const mid = between(a, b, 0.5);
    expect(mid.k).toBeCloseTo(2);
    expect(mid.x).toBeCloseTo(50);
  });
});

describe('nodeStates', () => {
  const scene = buildScene(buildRelations(smallAtlas), {
    mode: 'typed',
    edgeKinds: new Set(EDGE_KINDS),
    visibleIds: null,
  });
  const none = {
    selected: -1,
    hovered: -1,
    focused: -1,
    showFocus: false,
    highlighted: null,
    pinned: null,
    dragged: -1,
  };
  const state = new Uint8Array(scene.nodes.length);
  const argentina = scene.indexOfSelection.get('wikimedia-argentina')!;
  const iberocoop = scene.indexOfSelection.get('iberocoop')!;
  const ukraine = scene.indexOfSelection.get('wikimedia-ukraine')!;

  it('dims nothing when nothing is selected or highlighted', () => {
    expect(nodeStates(scene, none, state)).toBe(-1);
    expect([...state].every((s) => s === 1)).toBe(true);
  });

  it('keeps the selected node and its neighbours, dims the rest; hover wins over selection', () => {
    expect(nodeStates(scene, { ...none, selected: argentina }, state)).toBe(argentina);
    expect(state[argentina]).toBe(2);
    expect(state[iberocoop]).toBe(2);
    expect(state[ukraine]).toBe(0);
    expect(nodeStates(scene, { ...none, selected: argentina, hovered: ukraine }, state)).toBe(
      ukraine,
    );
    expect(state[argentina]).toBe(0);
  });

  it('keeps highlighted nodes when no node is active (a selected collaboration)', () => {
    const highlighted = new Uint8Array(scene.nodes.length);
    highlighted[ukraine] = 1;
    expect(nodeStates(scene, { ...none, highlighted }, state)).toBe(-1);
    expect(state[ukraine]).toBe(2);
    expect(state[argentina]).toBe(0);
  });
});
