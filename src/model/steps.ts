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
