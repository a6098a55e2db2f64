/**
 * A pause shared by several pieces of work in a row (the marker layer's first layout, then its
 * canvas and fonts before the first paint) that yields the thread only once the task's share of
 * time is spent: a small file's work stays in one task (no later than before), a large one's is
 * cut into tasks of about `budget` milliseconds. Within one run of steps, runStepsInSlices
 * (model/steps.ts) keeps to a budget by itself; this carries the time across pieces.
 */
import { nextTask } from '../state/tasks.ts';

/**
 * A pause that resolves in this task until `budget` ms have passed since its task began, then
 * waits for `between` (a new task).
 */
export function budgetPause(
  budget: number,
  between: () => Promise<void> = nextTask,
  now: () => number = () => performance.now(),
): () => Promise<void> {
  let since = now();
  return async (): Promise<void> => {
    if (now() - since < budget) return;
    await between();
    since = now();
  };
}
