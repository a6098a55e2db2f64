/**
 * Pauses for work run as steps (model/steps.ts `runStepsInSlices`) that yield the thread only
 * once a task's share of time is spent: a small file's work stays in one task (no later than
 * before), a large one's is cut into tasks of about `budget` milliseconds plus one step.
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
