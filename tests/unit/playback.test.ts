import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Playback } from '../../src/state/playback.svelte.ts';

describe('Playback', () => {
  let steps: number[];
  let playback: Playback;
  beforeEach(() => {
    vi.useFakeTimers();
    steps = [];
    playback = new Playback({
      bounds: () => ({ first: 2004, last: 2007 }),
      onstep: (y) => steps.push(y),
      interval: 1000,
    });
  });
  afterEach(() => {
    playback.destroy();
    vi.useRealTimers();
  });

  it('shows the first year at once, then one year per interval, and stops at the last', () => {
    playback.start();
    expect(steps).toEqual([2004]);
    expect(playback.playing).toBe(true);
    vi.advanceTimersByTime(999);
    expect(steps).toEqual([2004]);
    vi.advanceTimersByTime(1);
    expect(steps).toEqual([2004, 2005]);
    vi.advanceTimersByTime(5000);
    expect(steps).toEqual([2004, 2005, 2006, 2007]);
    expect(playback.playing).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('pauses and resumes after the year where it paused', () => {
    playback.start();
    vi.advanceTimersByTime(1000);
    playback.pause();
    vi.advanceTimersByTime(5000);
    expect(steps).toEqual([2004, 2005]);
    expect(vi.getTimerCount()).toBe(0);
    playback.toggle();
    expect(playback.playing).toBe(true);
    vi.advanceTimersByTime(1000);
    expect(steps).toEqual([2004, 2005, 2006]);
  });

  it('starts again from the first year once it has reached the last', () => {
    playback.start();
    vi.runAllTimers();
    playback.start();
    expect(steps.slice(-1)).toEqual([2004]);
  });

  it.each([
    [2, 500],
    [0.5, 2000],
  ] as const)('at %s× steps every %s ms, also when changed while playing', (speed, ms) => {
    playback.start();
    playback.setSpeed(speed);
    expect(playback.delay).toBe(ms);
    vi.advanceTimersByTime(ms - 1);
    expect(steps).toEqual([2004]);
    vi.advanceTimersByTime(1);
    expect(steps).toEqual([2004, 2005]);
  });

  it('steps by hand while paused, never past the last year', () => {
    playback.step();
    playback.step();
    expect(steps).toEqual([2004, 2005]);
    expect(playback.playing).toBe(false);
    playback.step();
    playback.step();
    playback.step();
    expect(steps).toEqual([2004, 2005, 2006, 2007, 2007]);
  });

  it('leaves no timer behind when destroyed', () => {
    playback.start();
    playback.destroy();
    expect(playback.playing).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });
});
