/**
 * Work written as steps (src/model/steps.ts): run at once or a slice per task, and kept once per
 * key by `stepsCache`, whichever way it was computed first.
 */
import { describe, expect, it } from 'vitest';
import { countPauses } from './helpers/countPauses.ts';
import { runStepsInSlices, sortSteps, stepsCache } from '../../src/model/steps.ts';

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
    await cache.ahead(
      a,
      async () => {
        pauses++;
      },
      0,
    );
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
    await cache.ahead(
      key,
      async () => {
        early ??= cache.now(key);
      },
      0,
    );
    expect(early).toEqual({ total: 6 });
    expect(cache.now(key)).toBe(early);
  });
});

/** Steps that each busy-wait `ms` milliseconds and are counted. */
function* busy(count: number, ms: number): Generator<void, number> {
  for (let i = 0; i < count; i++) {
    const end = performance.now() + ms;
    while (performance.now() < end);
    yield;
  }
  return count;
}

describe('runStepsInSlices', () => {
  it('runs small steps together until the budget, then pauses', async () => {
    let pauses = 0;
    const done = await runStepsInSlices(
      busy(40, 1),
      async () => {
        pauses++;
      },
      10,
    );
    expect(done).toBe(40);
    // 40 ms of steps in slices of at most 10 ms: at least 4 pauses, far fewer than 40 (a step
    // the machine's load slows only ends its own slice early).
    expect(pauses).toBeGreaterThanOrEqual(4);
    expect(pauses).toBeLessThan(20);
  });

  it('pauses after every step that alone takes the budget', async () => {
    let pauses = 0;
    await runStepsInSlices(
      busy(3, 6),
      async () => {
        pauses++;
      },
      5,
    );
    expect(pauses).toBe(3);
  });
});

describe('sortSteps', () => {
  it('sorts as the built-in sort does, equal items in their order, with pauses', async () => {
    // Keys with many ties, so that stability shows.
    const items = Array.from({ length: 5_000 }, (_, i) => ({ key: (i * 7919) % 97, i }));
    const compare = (a: { key: number }, b: { key: number }) => a.key - b.key;
    const { value, pauses } = await countPauses(sortSteps(items, compare));
    expect(value).toEqual([...items].sort(compare));
    expect(pauses).toBeGreaterThan(4);
    // The input is left as it was.
    expect(items[1]).toEqual({ key: 7919 % 97, i: 1 });
  });

  it('sorts short and empty lists, and strings as compareStrings would', async () => {
    const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    expect((await countPauses(sortSteps([], byCodeUnit))).value).toEqual([]);
    expect(await countPauses(sortSteps(['b', 'a', 'c'], byCodeUnit))).toEqual({
      value: ['a', 'b', 'c'],
      pauses: 0,
    });
    const words = Array.from({ length: 3_000 }, (_, i) => `w${(i * 31) % 1009}-${i % 3}`);
    expect((await countPauses(sortSteps(words, byCodeUnit))).value).toEqual(
      [...words].sort(byCodeUnit),
    );
  });
});
