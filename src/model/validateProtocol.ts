/**
 * Messages between the page and the validation worker (src/state/validate.worker.ts), and the
 * one function both ends run: bytes in, a validation result out, progress along the way.
 */
import { decodeDataset } from './decode.ts';
import type { DatasetParts } from './datasetParts.ts';
import { fileIssue } from './fileIssue.ts';
import { validateCompiled } from './validateCompiled.ts';
import type { ValidateOptions, ValidationResult } from './validateCore.ts';

export { VALIDATION_BUDGET_MS } from './fileIssue.ts';

export interface ValidateRequest {
  bytes: ArrayBuffer;
  label: string;
  budgetMs: number;
}

/**
 * What the page asks the worker: a file's bytes, or the URL of a file on the page's own site,
 * which the worker fetches itself (the bytes then never pass through the page's thread).
 */
export type WorkerRequest = ValidateRequest | (Omit<ValidateRequest, 'bytes'> & { url: string });

export type ValidateReply =
  /** The worker's script runs (its first message). */
  | { type: 'started' }
  /**
   * The validator is loaded (fetched, compiled, evaluated: sent once, after the first request):
   * the page may now use its thread for its own start (src/state/earlyData.ts).
   */
  | { type: 'loaded' }
  /** How far the check is, 0 to 1; the first comes once the worker has the file's bytes. */
  | { type: 'progress'; fraction: number }
  /** The worker could not fetch the file: why ("HTTP 404 Not Found", the network's error). */
  | { type: 'failed'; message: string }
  /** The result; a valid dataset comes as `parts`, not in `result.dataset`. */
  | { type: 'result'; result: ValidationResult; parts?: DatasetParts };

/**
 * Decodes and validates a file's bytes, reporting progress in steps of about 2%. The compiled
 * schema answers for a valid file; zod (validate.ts, loaded then) for any other.
 */
export async function validateBytes(
  request: ValidateRequest,
  onProgress: (fraction: number) => void = () => {},
): Promise<ValidationResult> {
  const decoded = decodeDataset(new Uint8Array(request.bytes));
  if (!decoded.ok) {
    const { line, column, message } = decoded;
    return { errors: [fileIssue(request.label, message, line, column)], warnings: [] };
  }
  let shown = 0;
  const options: ValidateOptions = {
    budgetMs: request.budgetMs,
    // One budget for both ways, should zod take over.
    startedAt: Date.now(),
    // Never backwards, when zod takes over from the compiled schema.
    onProgress: (fraction) => {
      if (fraction - shown < 0.02 && fraction < 1) return;
      shown = fraction;
      onProgress(fraction);
    },
  };
  const compiled = validateCompiled(decoded.text, request.label, options);
  if (compiled) return compiled;
  const { validateDataset } = await import('./validate.ts');
  return validateDataset(decoded.text, request.label, options);
}
