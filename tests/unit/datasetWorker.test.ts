/**
 * DatasetState and the validation worker: a file on the page's own site is fetched by the
 * worker, not by the page; its failures and a worker that cannot start are still reported.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DatasetState } from '../../src/state/dataset.svelte.ts';
import type { ValidateReply, WorkerRequest } from '../../src/model/validateProtocol.ts';
import { VALIDATION_BUDGET_MS } from '../../src/model/fileIssue.ts';

/** A stand-in worker: records what it is asked and answers what the test says. */
class FakeWorker {
  requests: WorkerRequest[] = [];
  onmessage: ((event: MessageEvent<ValidateReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor(private readonly answer: (request: WorkerRequest, worker: FakeWorker) => void) {}
  postMessage(request: WorkerRequest): void {
    this.requests.push(request);
    queueMicrotask(() => this.answer(request, this));
  }
  reply(data: ValidateReply): void {
    this.onmessage?.({ data } as MessageEvent<ValidateReply>);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('DatasetState with a validation worker', () => {
  beforeEach(() => {
    vi.stubGlobal('location', { origin: 'https://atlas.example' });
    vi.stubGlobal('document', { baseURI: 'https://atlas.example/app/' });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('lets the worker fetch a file from the page’s site, and reports why it could not', async () => {
    const pageFetch = vi.fn();
    vi.stubGlobal('fetch', pageFetch);
    const worker = new FakeWorker((_, w) =>
      w.reply({ type: 'failed', message: 'HTTP 404 Not Found' }),
    );
    const state = new DatasetState({ createWorker: () => worker as unknown as Worker });
    await state.load('data/mine.json', 'mine.json');
    expect(worker.requests).toEqual([
      {
        url: 'https://atlas.example/app/data/mine.json',
        label: 'mine.json',
        budgetMs: VALIDATION_BUDGET_MS,
      },
    ]);
    expect(pageFetch).not.toHaveBeenCalled();
    expect(state.status).toBe('failed');
    expect(state.failure).toBe('mine.json: HTTP 404 Not Found');
    expect(worker.terminated).toBe(true);
  });

  it('sends another site’s file as bytes, fetched by the page', async () => {
    const pageFetch = vi.fn(async () => new Response('{}'));
    vi.stubGlobal('fetch', pageFetch);
    const worker = new FakeWorker((_, w) =>
      w.reply({ type: 'result', result: { errors: [], warnings: [] } }),
    );
    const state = new DatasetState({ createWorker: () => worker as unknown as Worker });
    await state.load('https://other.example/theirs.json', 'theirs.json');
    expect(pageFetch).toHaveBeenCalledOnce();
    expect(worker.requests[0]).toHaveProperty('bytes');
    expect(worker.requests[0]).not.toHaveProperty('url');
  });

  it('fetches the file here when no worker may start, and checks it here', async () => {
    const pageFetch = vi.fn(async () => new Response('{ "not": "a dataset" }'));
    vi.stubGlobal('fetch', pageFetch);
    const state = new DatasetState({
      createWorker: () => {
        throw new Error('refused by the Content-Security-Policy');
      },
    });
    await state.load('data/mine.json', 'mine.json');
    expect(pageFetch).toHaveBeenCalledOnce();
    expect(state.status).toBe('invalid');
    expect(state.errors.length).toBeGreaterThan(0);
  });
});
