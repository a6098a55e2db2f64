/**
 * The page's dataset, asked for before the rest of the app is evaluated and mounted (that takes
 * the page's thread 150-300 ms, and longer on a slow machine). src/startData.ts, the first
 * module main.ts imports, calls `startEarly`:
 * - a `?data=` file on the page's own site: the validation worker is started and sent the
 *   file's URL, so it starts, fetches and checks the file meanwhile;
 * - otherwise the built-in dataset: its bytes are fetched.
 *
 * The app's DatasetState then takes what was started (`takeEarlyWorker`, `takeEarlyBytes`)
 * instead of starting it again, when it asks for the same file with the same settings. Anything
 * else is dropped (the worker ended). A file refused by the URL's rules (another site, not
 * http(s)) is not asked for here: the app reports it as before.
 */
import type { DataSource } from '../embed/options.ts';
import { fetchBytes, sameOrigin } from '../model/fetchBytes.ts';
import { dataParam, resolveDataUrl } from '../model/dataUrl.ts';
import { VALIDATION_BUDGET_MS } from '../model/validationBudget.ts';
import type { ValidateReply, WorkerRequest } from '../model/validateProtocol.ts';

/** A worker started on the page's file, and the events it sent before it was taken. */
export interface EarlyWorker {
  worker: Worker;
  events: ({ message: MessageEvent } | { error: ErrorEvent })[];
}

type UrlRequest = Extract<WorkerRequest, { url: string }>;

let started: { request: UrlRequest; early: EarlyWorker } | null = null;
/** Resolves once the early worker has loaded its validator (see `earlyWorkerLoaded`). */
let running: Promise<void> = Promise.resolve();
/** How long the page waits at most for the early worker before going on with the app. */
const RUNNING_WAIT_MS = 1000;
let fetched: { url: string; bytes: Promise<ArrayBuffer> } | null = null;

/** Asks for the dataset the page's URL names (see the header); `create` starts the worker. */
export function startEarly(page: Location, builtIn: DataSource, create: () => Worker): void {
  const data = dataParam(page.search);
  // The load benchmark's mark (src/cli/bench/load.ts): from here on, the file is loading.
  const loading = (): void => void performance.mark('data-load');
  if (data === null) {
    if (!('url' in builtIn)) return;
    loading();
    const bytes = fetchBytes(builtIn.url);
    // Handled by whoever takes it; not an unhandled rejection if nobody does.
    bytes.catch(() => {});
    fetched = { url: builtIn.url, bytes };
    return;
  }
  const resolved = resolveDataUrl(data, page.href);
  const own = resolved ? sameOrigin(resolved.href) : null;
  if (!own) return;
  const request: UrlRequest = { url: own, label: data, budgetMs: VALIDATION_BUDGET_MS };
  let worker: Worker;
  try {
    worker = create();
  } catch {
    return;
  }
  const events: EarlyWorker['events'] = [];
  let runs = (): void => {};
  running = new Promise((resolve) => {
    runs = resolve;
    setTimeout(resolve, RUNNING_WAIT_MS);
  });
  worker.onmessage = (message) => {
    events.push({ message });
    if ((message.data as ValidateReply).type !== 'started') runs();
  };
  worker.onerror = (error) => {
    error.preventDefault();
    events.push({ error });
    runs();
  };
  loading();
  worker.postMessage(request);
  started = { request, early: { worker, events } };
}

/**
 * Resolves when the worker started for the page's file has loaded its validator (its `loaded`
 * message; or any answer after `started`, or an error), at once when none was started, and
 * after a second at most. src/main.ts waits for this before evaluating the rest of the app:
 * - starting a worker needs the page's thread between its steps;
 * - compiling the validator keeps the machine's other core busy. Leaflet's evaluation and the
 *   app's mount, done meanwhile, were tasks of 50-100 ms on a two-core machine (5 of 8 loads of
 *   20,000 organizations), and none over 50 ms once they waited (8 of 8), with no later first
 *   paint.
 * The file itself may still be arriving: the page waits for the validator, not for the bytes.
 */
export function earlyWorkerLoaded(): Promise<void> {
  return running;
}

/** The worker started for this request, if one was (it is then no longer kept here). */
export function takeEarlyWorker(request: WorkerRequest): EarlyWorker | null {
  const kept = started;
  started = null;
  if (!kept) return null;
  const same =
    'url' in request &&
    request.url === kept.request.url &&
    request.label === kept.request.label &&
    request.budgetMs === kept.request.budgetMs;
  if (same) return kept.early;
  kept.early.worker.terminate();
  return null;
}

/** The bytes being fetched for this URL, if they were asked for early (taken once). */
export function takeEarlyBytes(url: string): Promise<ArrayBuffer> | null {
  const kept = fetched;
  fetched = null;
  return kept && kept.url === url ? kept.bytes : null;
}
