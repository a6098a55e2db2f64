/**
 * Tasks of their own: long work is cut into pieces that each run as a new task, after pending
 * input and rendering, so that no task is long. A message to oneself (MessageChannel) starts
 * the next task without setTimeout's 4 ms clamp.
 */

/** A queue of tasks run one per message, in order; `close` drops the ones not yet run. */
export function taskQueue(): { schedule: (task: () => void) => void; close: () => void } {
  const tasks: (() => void)[] = [];
  const channel = new MessageChannel();
  channel.port1.onmessage = () => tasks.shift()?.();
  return {
    schedule: (task) => {
      tasks.push(task);
      channel.port2.postMessage(null);
    },
    close: () => {
      tasks.length = 0;
      channel.port1.close();
    },
  };
}

/** Resolves in a task of its own: long work awaits it between slices. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const queue = taskQueue();
    queue.schedule(() => {
      queue.close();
      resolve();
    });
  });
}
