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

/** Runs the steps with a pause (`between`) wherever they yield. */
export async function runStepsInSlices<T>(
  steps: Generator<void, T>,
  between: () => Promise<void>,
): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await between();
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
  /** Computes the value a slice per task, unless it is there already. */
  ahead(key: K, between: () => Promise<void>): Promise<void>;
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
    ahead: async (key, between) => {
      if (done.has(key)) return;
      keep(key, await runStepsInSlices(steps(key), between));
    },
    has: (key) => done.has(key),
  };
}
