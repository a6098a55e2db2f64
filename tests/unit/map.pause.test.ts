import { describe, expect, it } from 'vitest';
import { budgetPause } from '../../src/map/pause.ts';
import { runStepsInSlices } from '../../src/model/steps.ts';

describe('budgetPause', () => {
  it('stays in the task until the budget is spent, then waits for a new one', async () => {
    let clock = 0;
    let task = 0;
    const pause = budgetPause(
      10,
      async () => {
        task++;
      },
      () => clock,
    );
    const tasks: number[] = [];
    // Each step takes 4 ms: three fit in a task (0, 4, 8 ms spent before each), then a new one.
    function* steps(): Generator<void, string> {
      for (let i = 0; i < 8; i++) {
        tasks.push(task);
        clock += 4;
        yield;
      }
      return 'done';
    }
    // Budget 0: the runner offers a pause at every step, and budgetPause decides.
    expect(await runStepsInSlices(steps(), pause, 0)).toBe('done');
    expect(tasks).toEqual([0, 0, 0, 1, 1, 1, 2, 2]);
  });
});
