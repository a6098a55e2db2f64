/**
 * The validation worker: a dataset from a URL (another person's file, for `?data=` and embeds)
 * is decoded, parsed and checked here, so that the page stays responsive however large or
 * hostile the file is. All logic is in model/validateProtocol.ts.
 */
import { toParts } from '../model/datasetParts.ts';
import {
  validateBytes,
  type ValidateReply,
  type ValidateRequest,
} from '../model/validateProtocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: ValidateReply): void => scope.postMessage(reply);

scope.onmessage = (event: MessageEvent<ValidateRequest>) => {
  const { dataset, ...result } = validateBytes(event.data, (fraction) =>
    post({ type: 'progress', fraction }),
  );
  post(dataset ? { type: 'result', result, parts: toParts(dataset) } : { type: 'result', result });
};
