/**
 * Where the graph layout runs. In a worker when the page allows one; where it does not (a host
 * page whose Content-Security-Policy says `worker-src 'none'`, or a browser without workers),
 * the same layout engine runs on the main thread in slices of a few milliseconds, so the page
 * stays responsive and the positions are the same to the last bit.
 */
import type { LayoutPort } from './layoutClient.ts';
import { createLayoutHandler } from './layoutEngine.ts';
import type { LayoutReply, LayoutRequest } from './layoutProtocol.ts';
import { startLayoutWorker } from './layoutWorker.ts';
import { taskQueue } from '../state/tasks.ts';

/** Main-thread work per slice: well under the 50 ms that counts as a long task. */
export const MAIN_THREAD_SLICE_MS = 12;

/** The layout engine on the main thread, behind the same port as the worker. */
export function mainThreadPort(sliceMs = MAIN_THREAD_SLICE_MS): LayoutPort {
  const inner = taskQueue();
  // Each task is timed: the longest is reported to benchmarks and tests (`longestTaskMs`).
  const queue = {
    schedule: (task: () => void) =>
      inner.schedule(() => {
        const start = performance.now();
        task();
        port.longestTaskMs = Math.max(port.longestTaskMs ?? 0, performance.now() - start);
      }),
    close: inner.close,
  };
  let closed = false;
  const port: LayoutPort = {
    where: 'main-thread',
    longestTaskMs: 0,
    onmessage: null,
    postMessage(request: LayoutRequest) {
      // A request is handled in a task of its own, as a worker would: never inside the caller's.
      queue.schedule(() => {
        if (!closed) handle(request);
      });
    },
    terminate() {
      closed = true;
      queue.close();
    },
  };
  const handle = createLayoutHandler({
    post: (reply: LayoutReply) => {
      if (!closed) port.onmessage?.({ data: reply } as MessageEvent<LayoutReply>);
    },
    schedule: queue.schedule,
    sliceMs,
  });
  return port;
}

/** A copy of a request that survives its buffers being transferred to a worker. */
function keep(request: LayoutRequest): LayoutRequest {
  if (request.type === 'init') {
    const { settled } = request;
    const copy = { ...request, radii: request.radii.slice(), links: request.links.slice() };
    return settled ? { ...copy, settled: settled.slice() } : copy;
  }
  if (request.type === 'update') {
    const { start } = request;
    const copy = { ...request, radii: request.radii.slice(), links: request.links.slice() };
    return start ? { ...copy, start: start.slice() } : copy;
  }
  return request;
}

/**
 * A worker if one starts, else the main thread. A worker that cannot be constructed, or that
 * fails before its first reply (a Content-Security-Policy refusing it reports so), is replaced
 * by the main-thread engine, which is sent every request so far.
 */
export function workerOrMainThread(
  start: () => Worker,
  fallback: () => LayoutPort = () => mainThreadPort(),
): LayoutPort & { readonly where: 'worker' | 'main-thread' } {
  let inner: LayoutPort | null = null;
  let where: 'worker' | 'main-thread' = 'worker';
  let answered = false;
  const sent: LayoutRequest[] = [];

  const port = {
    onmessage: null as LayoutPort['onmessage'],
    get where() {
      return where;
    },
    get longestTaskMs() {
      return inner?.longestTaskMs;
    },
    postMessage(request: LayoutRequest, transfer: Transferable[]) {
      if (!answered && where === 'worker') sent.push(keep(request));
      inner!.postMessage(request, where === 'worker' ? transfer : []);
    },
    terminate() {
      inner?.terminate();
    },
  };

  const useMainThread = (): void => {
    inner?.terminate();
    where = 'main-thread';
    inner = fallback();
    inner.onmessage = (event) => port.onmessage?.(event);
    for (const request of sent.splice(0)) inner.postMessage(request, []);
  };

  try {
    const worker = start();
    inner = worker as unknown as LayoutPort;
    worker.onmessage = (event: MessageEvent<LayoutReply>) => {
      answered = true;
      sent.length = 0;
      port.onmessage?.(event);
    };
    worker.onerror = (event) => {
      if (answered || where !== 'worker') return;
      event.preventDefault();
      useMainThread();
    };
  } catch {
    useMainThread();
  }
  return port;
}

/** The graph view's layout port: the app's worker, or the main thread where none may start. */
export function createLayoutPort(): LayoutPort {
  return typeof Worker === 'undefined' ? mainThreadPort() : workerOrMainThread(startLayoutWorker);
}
