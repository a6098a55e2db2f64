/**
 * The validation worker: a dataset from a URL (another person's file, for `?data=` and embeds)
 * is fetched (when on the page's own site), decoded, parsed and checked here, so that the page
 * stays responsive however large or hostile the file is. All logic is in
 * model/validateProtocol.ts and model/fetchBytes.ts.
 */
import { toParts } from '../model/datasetParts.ts';
import { fetchBytes } from '../model/fetchBytes.ts';
import {
  validateBytes,
  type ValidateReply,
  type WorkerRequest,
} from '../model/validateProtocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: ValidateReply): void => scope.postMessage(reply);

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  let bytes: ArrayBuffer;
  if ('bytes' in request) bytes = request.bytes;
  else {
    try {
      bytes = await fetchBytes(request.url);
    } catch (e) {
      post({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
      return;
    }
  }
  post({ type: 'progress', fraction: 0 });
  const { dataset, ...result } = validateBytes({ ...request, bytes }, (fraction) =>
    post({ type: 'progress', fraction }),
  );
  post(dataset ? { type: 'result', result, parts: toParts(dataset) } : { type: 'result', result });
};
