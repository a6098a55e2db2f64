import { describe, expect, it } from 'vitest';
import { budgetPause } from '../../src/map/pause.ts';
import { runStepsInSlices } from '../../src/model/steps.ts';

describe('budgetPause', () => {
  it('stays in the task until the budget is spent, then waits for a new one', async () => {
    let clock = 0;
    const pause = budgetPause(10, () => clock);
    const tasks: number[] = [];
    let task = 0;
    // Each step takes 4 ms; a new task (a macrotask) starts after each 10 ms spent.
    function* steps(): Generator<void, string> {
      for (let i = 0; i < 8; i++) {
        tasks.push(task);
        clock += 4;
        yield;
      }
      return 'done';
    }
    const watcher = setInterval(() => task++, 0);
    const result = await runStepsInSlices(steps(), pause);
    clearInterval(watcher);
    expect(result).toBe('done');
    // Three steps fit in a task (0, 4, 8 ms spent before each), the fourth waits.
    expect(tasks.slice(0, 4)).toEqual([0, 0, 0, tasks[3]]);
    expect(tasks[3]).toBeGreaterThan(0);
    expect(new Set(tasks).size).toBeGreaterThanOrEqual(2);
  });
});
