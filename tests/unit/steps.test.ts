/**
 * Work written as steps (src/model/steps.ts): run at once or a slice per task, and kept once per
 * key by `stepsCache`, whichever way it was computed first.
 */
import { describe, expect, it } from 'vitest';
import { stepsCache } from '../../src/model/steps.ts';

function* counting(key: { n: number }): Generator<void, { total: number }> {
  let total = 0;
  for (let i = 1; i <= key.n; i++) {
    total += i;
    yield;
  }
  return { total };
}

describe('stepsCache', () => {
  it('computes a value once per key, at once or ahead in slices', async () => {
    const cache = stepsCache(counting);
    const a = { n: 4 };
    let pauses = 0;
    await cache.ahead(a, async () => {
      pauses++;
    });
    expect(pauses).toBe(4);
    expect(cache.has(a)).toBe(true);
    const value = cache.now(a);
    expect(value).toEqual({ total: 10 });
    await cache.ahead(a, async () => {
      pauses++;
    });
    expect(pauses).toBe(4);
    expect(cache.now(a)).toBe(value);
  });

  it('keeps the value computed first when a caller could not wait for the slices', async () => {
    const cache = stepsCache(counting);
    const key = { n: 3 };
    let early: { total: number } | null = null;
    await cache.ahead(key, async () => {
      early ??= cache.now(key);
    });
    expect(early).toEqual({ total: 6 });
    expect(cache.now(key)).toBe(early);
  });
});
