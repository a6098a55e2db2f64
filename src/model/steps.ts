/**
 * Work written once as a generator of steps (it yields where a pause may go), run either at
 * once or a slice per task: `between` resolves in the next task (state/tasks.ts `nextTask`).
 * Both give the same result; only where the page may answer input in between differs.
 */

/** Runs every step now. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * How long a slice of `runStepsInSlices` may run before it pauses, in milliseconds. Steps may
 * then be small (a yield per country, per thousand edges): those that fit are run in one task,
 * and a task ends before the next step would take it past this, by the longest step of the
 * slice so far (a step slowed by garbage collection only shortens its own slice).
 * The browser counts a task over 50 ms as long; garbage collection and a loaded machine add to
 * any task, hence the margin. At 20,000 organizations a full collection lands in some slice of
 * every load (a 14-32 ms pause in traces): with 12 ms slices, 10 of 24 loads had a task over
 * 50 ms; with 8 ms, 1 of 24. The marker layer's first layout keeps to it too.
 */
export const SLICE_BUDGET_MS = 8;

/**
 * Runs the steps with a pause (`between`) wherever they yield once the slice has used its
 * budget (`budgetMs`; 0 pauses at every yield).
 */
export async function runStepsInSlices<T>(
  steps: Generator<void, T>,
  between: () => Promise<void>,
  budgetMs = SLICE_BUDGET_MS,
): Promise<T> {
  let sliceStart = performance.now();
  let stepStart = sliceStart;
  let longestStep = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    const now = performance.now();
    longestStep = Math.max(longestStep, now - stepStart);
    if (now - sliceStart + longestStep >= budgetMs) {
      await between();
      sliceStart = performance.now();
      longestStep = 0;
    }
    stepStart = performance.now();
  }
}

/**
 * Work done once per key (an atlas, a graph), either at once when first needed (`now`) or ahead
 * of its first use, a slice per task (`ahead`). Whichever finishes first is kept: a caller that
 * could not wait for the slices gets the same value as everybody after it.
 */
export interface StepsCache<K extends object, T> {
  /** The value, computed now if it was not yet. */
  now(key: K): T;
  /** Computes the value a slice per task, unless it is there already (see runStepsInSlices). */
  ahead(key: K, between: () => Promise<void>, budgetMs?: number): Promise<void>;
  /** Whether the value is there (no work). */
  has(key: K): boolean;
}

export function stepsCache<K extends object, T>(
  steps: (key: K) => Generator<void, T>,
): StepsCache<K, T> {
  const done = new WeakMap<K, { value: T }>();
  const keep = (key: K, value: T): T => {
    const kept = done.get(key);
    if (kept) return kept.value;
    done.set(key, { value });
    return value;
  };
  return {
    now: (key) => done.get(key)?.value ?? keep(key, runSteps(steps(key))),
    ahead: async (key, between, budgetMs) => {
      if (done.has(key)) return;
      keep(key, await runStepsInSlices(steps(key), between, budgetMs));
    },
    has: (key) => done.has(key),
  };
}

/** Items merged between two places where `sortSteps` may pause. */
const SORT_STEP = 1_024;

/**
 * `items` sorted by `compare` into a new array, as steps: the same order as the built-in sort
 * (both are stable), with a place to pause every thousand items or so. Sorting 20,000 names or
 * ids at once takes 15-60 ms on a loaded two-core machine. Runs of SORT_STEP items are sorted by
 * the built-in sort, then merged pairwise, bottom up.
 */
export function* sortSteps<T>(
  items: readonly T[],
  compare: (a: T, b: T) => number,
): Generator<void, T[]> {
  const n = items.length;
  let from: T[] = [];
  for (let lo = 0; lo < n; lo += SORT_STEP) {
    for (const item of items.slice(lo, lo + SORT_STEP).sort(compare)) from.push(item);
    if (lo + SORT_STEP < n) yield;
  }
  let to = new Array<T>(n);
  for (let width = SORT_STEP; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        // Equal items keep their order: the left run's first.
        to[k++] = compare(from[j]!, from[i]!) < 0 ? from[j++]! : from[i++]!;
        if ((k - lo) % SORT_STEP === 0) yield;
      }
      while (i < mid) to[k++] = from[i++]!;
      while (j < hi) to[k++] = from[j++]!;
    }
    [from, to] = [to, from];
    yield;
  }
  return from;
}
