/**
 * Runs work written as steps (src/model/steps.ts) as the page would with a pause at every yield
 * (budget 0), and counts the pauses.
 */
import { runStepsInSlices } from '../../../src/model/steps.ts';

export async function countPauses<T>(
  steps: Generator<void, T>,
): Promise<{ value: T; pauses: number }> {
  let pauses = 0;
  const value = await runStepsInSlices(
    steps,
    async () => {
      pauses++;
    },
    0,
  );
  return { value, pauses };
}
