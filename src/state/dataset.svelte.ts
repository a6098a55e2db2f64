/**
 * Loads one dataset file, validates it with the same validator as `npm run validate`, and
 * exposes the normalized Atlas. Errors are kept and shown, never swallowed.
 *
 * A file from a URL is validated in a worker (validate.worker.ts) with a time budget: the page
 * keeps answering input and shows progress while a large file is checked, and a file that takes
 * longer than the budget is refused (`timedOut`). Where there is no Worker (unit tests), it is
 * validated in place.
 */
import { atlasSteps, buildAtlas, type Atlas } from '../model/atlas.ts';
import { runStepsInSlices } from '../model/steps.ts';
import type { Dataset } from '../model/schema.ts';
import {
  VALIDATION_BUDGET_MS,
  failedMessage,
  fileIssue,
  overBudgetMessage,
} from '../model/fileIssue.ts';
import type { Issue, ValidationResult } from '../model/validate.ts';
import { fromParts, type DatasetParts } from '../model/datasetParts.ts';
import type { ValidateReply, ValidateRequest, WorkerRequest } from '../model/validateProtocol.ts';
import { fetchBytes, sameOrigin } from '../model/fetchBytes.ts';
import { startValidateWorker } from './validateWorker.ts';
import { takeEarlyBytes, takeEarlyWorker } from './earlyData.ts';
import { nextTask } from './tasks.ts';
import { prepareFacetValues } from '../model/facets.ts';

let textValidator: ((text: string, label: string) => ValidationResult) | null = null;

/**
 * Gives `loadText` its validator (`validateDataset`). The page never calls `loadText` (text goes
 * through `load` and the worker), so it does not carry the validator; tests provide it.
 */
export function provideTextValidator(
  validate: (text: string, label: string) => ValidationResult,
): void {
  textValidator = validate;
}

/** The validator on this thread (no worker may start here), loaded only then. */
async function inPlace(request: ValidateRequest): Promise<ValidationResult> {
  const { validateBytes } = await import('../model/validateProtocol.ts');
  return validateBytes(request);
}

/** The dataset of a valid result; null when the file had errors. */
function validDataset(result: ValidationResult): Dataset | null {
  return result.dataset && result.errors.length === 0 ? result.dataset : null;
}

/** The atlas of a valid result, built at once; null when the file had errors. */
function atlasOf(result: ValidationResult): Atlas | null {
  const dataset = validDataset(result);
  return dataset ? buildAtlas(dataset) : null;
}

/** A file checked: the result, and a valid dataset as slices of JSON (from the worker). */
interface Checked {
  result: ValidationResult;
  parts?: DatasetParts | undefined;
}

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'invalid' | 'failed';

/** Extra time the page gives the worker past its own budget before ending it. */
const GRACE_MS = 5_000;

export type ValidatorFactory = () => Worker;
const defaultWorker: ValidatorFactory = startValidateWorker;

export class DatasetState {
  status = $state<LoadStatus>('idle');
  /** The normalized model; raw because it is large and never mutated. */
  atlas = $state.raw<Atlas | null>(null);
  errors = $state.raw<readonly Issue[]>([]);
  warnings = $state.raw<readonly Issue[]>([]);
  /** How many errors there are in all; `errors` holds the first of them. */
  errorCount = $state(0);
  /** Why fetching failed (network, HTTP status), for `failed`. */
  failure = $state<string | null>(null);
  source = $state<string>('');
  /** Validation progress of a file being loaded, 0 to 1; null when not known. */
  progress = $state<number | null>(null);
  /** The budget in seconds, when the file was refused for taking longer. */
  timedOut = $state<number | null>(null);

  #createWorker: ValidatorFactory | null;
  #budgetMs: number;

  constructor(options: { createWorker?: ValidatorFactory | null; budgetMs?: number } = {}) {
    this.#createWorker =
      options.createWorker !== undefined
        ? options.createWorker
        : typeof Worker === 'undefined'
          ? null
          : defaultWorker;
    this.#budgetMs = options.budgetMs ?? VALIDATION_BUDGET_MS;
  }

  /**
   * Loads a file from a URL and validates it. `checked`: the file was validated when the app was
   * built (the built-in dataset, see vite.config.ts), so it is only parsed: the first map paint
   * does not wait for the validator to be loaded and run.
   */
  async load(
    url: string,
    label = url,
    fetcher?: typeof fetch,
    options: { checked?: boolean } = {},
  ): Promise<void> {
    // Marks for the load benchmark (src/cli/bench/load.ts): the data asked for, then shown.
    performance.mark('data-load');
    this.status = 'loading';
    this.source = label;
    this.failure = null;
    this.progress = null;
    this.timedOut = null;
    const budgetMs = this.#budgetMs;
    const create = this.#createWorker;
    // A file from the page's own site, to be checked in a worker, is fetched by that worker: its
    // bytes never pass through this thread (receiving 8 MB takes the page's thread 100-300 ms).
    // Other sites' files are fetched here, under the page's Content-Security-Policy.
    const ownFile = !fetcher && !options.checked && create ? sameOrigin(url) : null;
    let outcome: Checked | null;
    if (ownFile && create)
      outcome = await this.#inWorker({ url: ownFile, label, budgetMs }, create);
    else {
      const bytes = await this.#fetch(url, label, fetcher);
      if (!bytes) return;
      if (options.checked) {
        const dataset = JSON.parse(new TextDecoder().decode(bytes)) as Dataset;
        await this.#showNext({ dataset, errors: [], warnings: [] }, label);
        return;
      }
      const request: ValidateRequest = { bytes, label, budgetMs };
      outcome = create ? await this.#inWorker(request, create) : { result: await inPlace(request) };
    }
    if (!outcome) return;
    const { result, parts } = outcome;
    // A valid file comes back in slices of JSON, each parsed in a task of its own.
    if (parts) result.dataset = await fromParts(parts, nextTask);
    await this.#showNext(result, label);
  }

  /** A file's bytes; null when it could not be fetched (then `failure` says why). */
  async #fetch(url: string, label: string, fetcher?: typeof fetch): Promise<ArrayBuffer | null> {
    try {
      // The page may have asked for its file before the app started (earlyData.ts).
      return await ((fetcher ? null : takeEarlyBytes(url)) ?? fetchBytes(url, fetcher));
    } catch (e) {
      this.#failed(label, e);
      return null;
    }
  }

  #failed(label: string, error: unknown): void {
    this.failure = `${label}: ${error instanceof Error ? error.message : String(error)}`;
    this.status = 'failed';
  }

  /** Validates text at hand on this thread (tests, Node): see `provideTextValidator`. */
  loadText(text: string, label: string): void {
    if (!textValidator) throw new Error('DatasetState.loadText: no validator provided');
    this.source = label;
    this.#show(textValidator(text, label), label);
  }

  /** The worker's answer; null when the file could not be fetched (then `failure` says why). */
  #inWorker(request: WorkerRequest, create: ValidatorFactory): Promise<Checked | null> {
    return new Promise((resolve) => {
      // No worker may start here (a host page's Content-Security-Policy): check in place, after
      // fetching the file here if the worker was to.
      const here = async (): Promise<void> => {
        const bytes = 'bytes' in request ? request.bytes : await this.#fetch(request.url, label);
        resolve(bytes ? { result: await inPlace({ bytes, label, budgetMs }) } : null);
      };
      const { label, budgetMs } = request;
      // The page's own file may have been sent to a worker before the app started.
      const early = takeEarlyWorker(request);
      let worker: Worker;
      try {
        worker = early?.worker ?? create();
      } catch {
        void here();
        return;
      }
      let answered = false;
      let watchdog: ReturnType<typeof setTimeout> | undefined;
      // The worker stops itself at its budget; this ends it if one step never returns. The
      // budget is for checking: a file the worker fetches starts it when it has the bytes.
      const startWatchdog = (): void => {
        watchdog ??= setTimeout(() => {
          const message = overBudgetMessage(budgetMs);
          finish({ errors: [fileIssue(label, message)], warnings: [], stopped: message });
        }, budgetMs + GRACE_MS);
      };
      const finish = (result: ValidationResult, parts?: DatasetParts): void => {
        clearTimeout(watchdog);
        worker.terminate();
        this.progress = null;
        resolve({ result, parts });
      };
      worker.onmessage = (event: MessageEvent<ValidateReply>) => {
        answered = true;
        const reply = event.data;
        if (reply.type === 'started' || reply.type === 'loaded') return;
        if (reply.type === 'progress') {
          startWatchdog();
          this.progress = reply.fraction;
        } else if (reply.type === 'failed') {
          clearTimeout(watchdog);
          worker.terminate();
          this.#failed(label, reply.message);
          resolve(null);
        } else finish(reply.result, reply.parts);
      };
      worker.onerror = (event) => {
        event.preventDefault();
        if (!answered) {
          // The worker never started (refused by the page's policy): check in place instead.
          clearTimeout(watchdog);
          worker.terminate();
          void here();
          return;
        }
        const message = failedMessage(event.message);
        finish({ errors: [fileIssue(label, message)], warnings: [] });
      };
      if ('bytes' in request) startWatchdog();
      if (early) {
        // What it said before it was taken, in order; until then it was only listened to.
        for (const event of early.events) {
          if ('message' in event) worker.onmessage(event.message);
          else worker.onerror(event.error);
        }
      }
      // Copied, not transferred: the bytes stay here in case the worker cannot start.
      else worker.postMessage(request);
    });
  }

  /**
   * Builds the atlas here, a slice per task, and shows it in a later task: the views mount in a
   * task of their own.
   * The facet values that the first view's filter result and counts read are computed between,
   * a slice per task (at 20,000 organizations they are too long for the task that shows them).
   */
  async #showNext(result: ValidationResult, label: string): Promise<void> {
    const dataset = validDataset(result);
    const atlas = dataset ? await runStepsInSlices(atlasSteps(dataset), nextTask) : null;
    await nextTask();
    if (atlas) {
      await prepareFacetValues(atlas, nextTask);
      await nextTask();
    }
    this.#show(result, label, atlas);
  }

  #show(result: ValidationResult, label: string, atlas = atlasOf(result)): void {
    this.source = label;
    this.errors = result.errors;
    this.warnings = result.warnings;
    this.errorCount = result.errorCount ?? result.errors.length;
    this.timedOut =
      result.stopped?.key === overBudgetMessage(0).key ? Math.round(this.#budgetMs / 1000) : null;
    if (atlas) {
      performance.mark('data-ready');
      this.atlas = atlas;
      this.status = 'ready';
    } else {
      this.atlas = null;
      this.status = 'invalid';
    }
  }
}
