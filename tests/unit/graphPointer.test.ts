// @vitest-environment jsdom
/**
 * The graph's pointer handling alone, on a bare canvas (jsdom draws nothing): a fake host
 * says which node is where, and records what the pointer did.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  DRAG_THRESHOLD,
  GraphPointer,
  NodeHitter,
  type PointerHost,
} from '../../src/graph/graphPointer.ts';
import { buildScene } from '../../src/graph/scene.ts';
import { buildRelations } from '../../src/model/relations.ts';
import { EDGE_KINDS } from '../../src/model/relations.types.ts';
import { smallAtlas } from './helpers/smallDataset.ts';

/** Node 0 covers the square (0..20, 0..20) of the canvas; node 1 covers (100..120, 0..20). */
function setUp() {
  const canvas = document.createElement('canvas');
  document.body.append(canvas);
  const calls: string[] = [];
  const host: PointerHost = {
    hitAt: (sx, sy) => (sy > 20 ? -1 : sx <= 20 ? 0 : sx >= 100 && sx <= 120 ? 1 : -1),
    toLayout: (sx, sy) => ({ x: sx / 2, y: sy / 2 }),
    onhover: (i) => calls.push(`hover ${i}`),
    onclick: (i) => calls.push(`click ${i}`),
    ondoubleclick: (i) => calls.push(`dblclick ${i}`),
    ondrag: (i, x, y, first) => calls.push(`drag ${i} ${x},${y}${first ? ' first' : ''}`),
    ondrop: (i, x, y) => calls.push(`drop ${i} ${x},${y}`),
  };
  const pointer = new GraphPointer(canvas, host);
  const mouse = (type: string, x: number, y: number, target: EventTarget = canvas) => {
    const event = new MouseEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: y });
    // d3-drag follows the mouse on the event's window (jsdom refuses it in the constructor).
    Object.defineProperty(event, 'view', { value: window });
    target.dispatchEvent(event);
  };
  const pointerEvent = (type: string, x: number, y: number) =>
    canvas.dispatchEvent(new MouseEvent(type, { bubbles: true, clientX: x, clientY: y }));
  return { canvas, calls, pointer, mouse, pointerEvent };
}

afterEach(async () => {
  document.body.replaceChildren();
  // d3-drag swallows the click that ends a drag until its next task: let that task run.
  await new Promise((resolve) => setTimeout(resolve, 0));
});

describe('GraphPointer', () => {
  it('reports hover changes only, with a pointer cursor over nodes', () => {
    const { canvas, calls, pointer, pointerEvent } = setUp();
    pointerEvent('pointermove', 10, 10);
    pointerEvent('pointermove', 12, 10);
    expect(canvas.style.cursor).toBe('pointer');
    pointerEvent('pointermove', 60, 10);
    pointerEvent('pointerleave', 60, 10);
    expect(calls).toEqual(['hover 0', 'hover -1']);
    expect(pointer.hovered).toBe(-1);
    expect(canvas.style.cursor).toBe('');
  });

  it('reports clicks on a node and on nothing, and double clicks on nodes only', () => {
    const { calls, mouse } = setUp();
    mouse('click', 110, 5);
    mouse('click', 60, 60);
    mouse('dblclick', 110, 5);
    mouse('dblclick', 60, 60);
    expect(calls).toEqual(['click 1', 'click -1', 'dblclick 1']);
  });

  it('drags a node past the threshold, in layout units, and swallows the click after', () => {
    const { calls, pointer, mouse } = setUp();
    mouse('mousedown', 10, 10);
    mouse('mousemove', 10 + DRAG_THRESHOLD - 1, 10, window);
    expect(pointer.dragged).toBe(-1);
    mouse('mousemove', 40, 50, window);
    expect(pointer.dragged).toBe(0);
    mouse('mousemove', 60, 70, window);
    mouse('mouseup', 60, 70, window);
    mouse('click', 60, 70);
    expect(calls).toEqual(['drag 0 20,25 first', 'drag 0 30,35', 'drop 0 30,35']);
    expect(pointer.dragged).toBe(-1);
  });

  it('a press without moving is a click, not a drag', () => {
    const { calls, mouse } = setUp();
    mouse('mousedown', 110, 10);
    mouse('mouseup', 110, 10, window);
    mouse('click', 110, 10);
    expect(calls).toEqual(['click 1']);
  });

  it('a press on nothing drags nothing (the camera pans instead)', () => {
    const { calls, mouse } = setUp();
    mouse('mousedown', 60, 60);
    mouse('mousemove', 90, 90, window);
    mouse('mouseup', 90, 90, window);
    expect(calls).toEqual([]);
  });

  it('a drag does not outlive its node set', () => {
    const { calls, pointer, mouse } = setUp();
    mouse('mousedown', 10, 10);
    mouse('mousemove', 40, 40, window);
    pointer.newNodeSet();
    mouse('mousemove', 50, 50, window);
    mouse('mouseup', 50, 50, window);
    expect(calls).toEqual(['drag 0 20,20 first']);
    expect(pointer.dragged).toBe(-1);
  });

  it('stops listening when destroyed', () => {
    const { calls, pointer, mouse } = setUp();
    pointer.destroy();
    mouse('click', 10, 10);
    mouse('mousedown', 10, 10);
    mouse('mousemove', 40, 40, window);
    expect(calls).toEqual([]);
  });
});

describe('NodeHitter', () => {
  const scene = buildScene(buildRelations(smallAtlas), {
    mode: 'typed',
    edgeKinds: new Set(EDGE_KINDS),
    visibleIds: null,
  });
  const n = scene.nodes.length;
  // Nodes on a row, 100 layout units apart.
  const positions = new Float32Array(2 * n);
  for (let i = 0; i < n; i++) positions[2 * i] = 100 * i;

  it('finds the node under a screen point, through the transform', () => {
    const hitter = new NodeHitter();
    const t = { k: 2, x: 10, y: 20 };
    expect(hitter.hit(scene, positions, 0, t, 10 + 200 * 3 + 1, 20 + 1)).toBe(3);
    expect(hitter.hit(scene, positions, 0, t, 10 + 200 * 3 + 100, 20)).toBe(-1);
  });

  it('sees positions that moved once their version changes', () => {
    const hitter = new NodeHitter();
    const t = { k: 1, x: 0, y: 0 };
    const p = positions.slice();
    expect(hitter.hit(scene, p, 0, t, 100, 0)).toBe(1);
    p[2] = 5000;
    expect(hitter.hit(scene, p, 1, t, 5000, 0)).toBe(1);
    expect(hitter.hit(scene, p, 1, t, 100, 0)).toBe(-1);
  });
});
