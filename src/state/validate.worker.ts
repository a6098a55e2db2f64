/**
 * The validation worker: a dataset from a URL (another person's file, for `?data=` and embeds)
 * is fetched (when on the page's own site), decoded, parsed and checked here, so that the page
 * stays responsive however large or hostile the file is. All logic is in
 * model/validateProtocol.ts and model/fetchBytes.ts.
 *
 * The validator (the schema library, the checks, their messages: nearly all of this worker's
 * code) is imported once the file has been asked for: the file arrives while it is loaded and
 * compiled. One-file builds carry it in the worker's own script (vite.config.ts).
 *
 * The browser's formatting data is readied by the page (i18n/format.ts `readyIntl`, while this
 * checks), not here: in this thread it held up the validator's start, and the file's bytes with
 * it, by 35-80 ms (at 5,000 organizations, on a two-core machine).
 */
import { fetchBytes } from '../model/fetchBytes.ts';
import type { ValidateReply, WorkerRequest } from '../model/validateProtocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: ValidateReply): void => scope.postMessage(reply);
/** The validator, loaded once; the first request asks for it after starting its fetch. */
let checker: ReturnType<typeof loadChecker> | null = null;
const loadChecker = () =>
  Promise.all([import('../model/validateProtocol.ts'), import('../model/datasetParts.ts')]);

post({ type: 'started' });

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  // The file is asked for first, then the validator: compiling it keeps this thread busy while
  // the file arrives.
  const file = 'bytes' in request ? Promise.resolve(request.bytes) : fetchBytes(request.url);
  const first = checker === null;
  checker ??= loadChecker();
  if (first) {
    void checker.then(
      () => post({ type: 'loaded' }),
      () => {},
    );
  }
  let bytes: ArrayBuffer;
  let validator: Awaited<typeof checker>;
  try {
    bytes = await file;
    validator = await checker;
  } catch (e) {
    // The file could not be fetched (its HTTP status, the network's error), or the validator
    // could not be loaded.
    post({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
    return;
  }
  const [{ validateBytes }, { toParts }] = validator;
  post({ type: 'progress', fraction: 0 });
  const { dataset, ...result } = await validateBytes({ ...request, bytes }, (fraction) =>
    post({ type: 'progress', fraction }),
  );
  if (!dataset) return post({ type: 'result', result });
  const parts = toParts(dataset);
  // Transferred, not copied: the page receives the slices at no cost to its thread.
  scope.postMessage({ type: 'result', result, parts } satisfies ValidateReply, [parts.bytes]);
};
