/**
 * The layout worker: d3-force off the main thread, so the page stays responsive while a graph
 * of thousands of nodes settles. All logic is in layoutEngine.ts; this file only wires it to
 * the worker's messages.
 */
import { createLayoutHandler } from './layoutEngine.ts';
import type { LayoutRequest } from './layoutProtocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

// A message to ourselves yields to pending messages without setTimeout's 4 ms clamp.
const tasks: (() => void)[] = [];
const channel = new MessageChannel();
channel.port1.onmessage = () => tasks.shift()?.();

const handle = createLayoutHandler({
  post: (reply, transfer) => scope.postMessage(reply, transfer),
  schedule: (task) => {
    tasks.push(task);
    channel.port2.postMessage(null);
  },
});

scope.onmessage = (event: MessageEvent<LayoutRequest>) => {
  try {
    handle(event.data);
  } catch (error) {
    scope.postMessage({
      type: 'error',
      generation: null,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
