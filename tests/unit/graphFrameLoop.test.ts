/** When the graph draws: one frame per change at most, layers repainted only when invalidated. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  FrameLoop,
  MOVING_MS,
  easeInOut,
  morphInto,
  type DrawResult,
} from '../../src/graph/frameLoop.ts';

function loop(results: DrawResult[] = []) {
  const frames: ((now: number) => void)[] = [];
  const draws: { version: number; moving: boolean }[] = [];
  let now = 0;
  const frameLoop: FrameLoop = new FrameLoop({
    draw: (moving) => {
      draws.push({ version: frameLoop.version, moving });
      return results.shift() ?? 'done';
    },
    requestFrame: (cb) => frames.push(cb),
    cancelFrame: (h) => {
      frames[h - 1] = () => {};
    },
    now: () => now,
  });
  const tick = () => {
    const pending = frames.splice(0);
    pending.forEach((f) => f(now));
    return pending.length;
  };
  return { frameLoop, draws, tick, at: (t: number) => (now = t) };
}

afterEach(() => vi.useRealTimers());

describe('FrameLoop', () => {
  it('draws once per frame however many changes came in', () => {
    const { frameLoop, draws, tick } = loop();
    frameLoop.invalidate();
    frameLoop.redraw();
    frameLoop.invalidate();
    expect(tick()).toBe(1);
    expect(draws).toEqual([{ version: 2, moving: false }]);
    expect(tick()).toBe(0);
  });

  it('repaints a layer only after invalidate: redraw keeps the version', () => {
    const { frameLoop, draws, tick } = loop();
    frameLoop.invalidate();
    tick();
    frameLoop.redraw();
    tick();
    expect(draws.map((d) => d.version)).toEqual([1, 1]);
  });

  it('tells the draw whether the view moved in the last moments', () => {
    const { frameLoop, draws, tick, at } = loop();
    at(1000);
    frameLoop.moved();
    frameLoop.redraw();
    tick();
    at(1000 + MOVING_MS + 1);
    frameLoop.redraw();
    tick();
    expect(draws.map((d) => d.moving)).toEqual([true, false]);
  });

  it('asks for more frames while a sliced paint goes on, and one more when the view rests', () => {
    vi.useFakeTimers();
    const { frameLoop, draws, tick } = loop(['more', 'idle', 'done']);
    frameLoop.invalidate();
    tick();
    tick();
    expect(draws).toHaveLength(2);
    expect(tick()).toBe(0);
    vi.advanceTimersByTime(MOVING_MS + 10);
    expect(tick()).toBe(1);
    expect(draws).toHaveLength(3);
  });

  it('draws nothing after destroy', () => {
    vi.useFakeTimers();
    const { frameLoop, draws, tick } = loop(['idle']);
    frameLoop.invalidate();
    tick();
    frameLoop.destroy();
    vi.advanceTimersByTime(1000);
    tick();
    expect(draws).toHaveLength(1);
  });
});

describe('morph', () => {
  it('eases in and out', () => {
    expect(easeInOut(0)).toBe(0);
    expect(easeInOut(0.5)).toBe(0.5);
    expect(easeInOut(1)).toBe(1);
    expect(easeInOut(0.25)).toBeLessThan(0.25);
  });

  it('moves drawn nodes part of the way; new ones appear at their place', () => {
    const out = new Float32Array(4);
    morphInto(out, Float32Array.from([0, 0, NaN, NaN]), Float32Array.from([10, 20, 5, 5]), 0.5);
    expect([...out]).toEqual([5, 10, 5, 5]);
  });
});
