/**
 * DatasetState and the validation worker: a file on the page's own site is fetched by the
 * worker, not by the page; its failures and a worker that cannot start are still reported. The
 * page's own file, asked for before the app started (earlyData.ts), is taken, not asked again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DatasetState } from '../../src/state/dataset.svelte.ts';
import type { ValidateReply, WorkerRequest } from '../../src/model/validateProtocol.ts';
import { VALIDATION_BUDGET_MS } from '../../src/model/fileIssue.ts';
import {
  earlyWorkerLoaded,
  startEarly,
  takeEarlyBytes,
  takeEarlyWorker,
} from '../../src/state/earlyData.ts';

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

describe('the page’s file asked for before the app starts', () => {
  const page = (search: string) =>
    ({ search, href: `https://atlas.example/app/${search}` }) as Location;
  const builtIn = { url: 'assets/wikimedia.json', label: 'data/wikimedia.json', checked: true };
  beforeEach(() => {
    vi.stubGlobal('location', { origin: 'https://atlas.example' });
    vi.stubGlobal('document', { baseURI: 'https://atlas.example/app/' });
  });
  afterEach(() => {
    takeEarlyWorker({ url: '', label: '', budgetMs: 0 });
    takeEarlyBytes('');
    vi.unstubAllGlobals();
  });

  it('sends a ?data= file to a worker, and the app takes that worker with what it said', async () => {
    const worker = new FakeWorker(() => {});
    startEarly(page('?data=mine.json'), builtIn, () => worker as unknown as Worker);
    const request = {
      url: 'https://atlas.example/app/mine.json',
      label: 'mine.json',
      budgetMs: VALIDATION_BUDGET_MS,
    };
    expect(worker.requests).toEqual([request]);
    // Answers before the app is there are kept for it, in order.
    worker.reply({ type: 'progress', fraction: 0 });
    worker.reply({ type: 'failed', message: 'HTTP 404 Not Found' });
    const create = vi.fn();
    const state = new DatasetState({ createWorker: create });
    await state.load(request.url, 'mine.json');
    expect(create).not.toHaveBeenCalled();
    expect(worker.requests).toHaveLength(1);
    expect(state.failure).toBe('mine.json: HTTP 404 Not Found');
  });

  it('tells the page when the early worker has loaded its validator, or failed', async () => {
    const worker = new FakeWorker(() => {});
    startEarly(page('?data=mine.json'), builtIn, () => worker as unknown as Worker);
    let loaded = false;
    void earlyWorkerLoaded().then(() => (loaded = true));
    await Promise.resolve();
    expect(loaded).toBe(false);
    worker.reply({ type: 'started' });
    await Promise.resolve();
    expect(loaded).toBe(false);
    worker.reply({ type: 'loaded' });
    await Promise.resolve();
    expect(loaded).toBe(true);
    // The app ignores both.
    const state = new DatasetState({ createWorker: vi.fn() });
    const loading = state.load('https://atlas.example/app/mine.json', 'mine.json');
    await Promise.resolve();
    expect(state.status).toBe('loading');
    worker.reply({ type: 'failed', message: 'HTTP 404 Not Found' });
    await loading;
    expect(state.failure).toBe('mine.json: HTTP 404 Not Found');

    const failing = new FakeWorker(() => {});
    startEarly(page('?data=mine.json'), builtIn, () => failing as unknown as Worker);
    let failed = false;
    void earlyWorkerLoaded().then(() => (failed = true));
    failing.onerror?.({ preventDefault: () => {} } as ErrorEvent);
    await Promise.resolve();
    expect(failed).toBe(true);

    // A file that cannot be fetched: its answer comes before any `loaded`.
    const refused = new FakeWorker(() => {});
    startEarly(page('?data=mine.json'), builtIn, () => refused as unknown as Worker);
    let answered = false;
    void earlyWorkerLoaded().then(() => (answered = true));
    refused.reply({ type: 'started' });
    refused.reply({ type: 'failed', message: 'HTTP 404 Not Found' });
    await Promise.resolve();
    expect(answered).toBe(true);
  });

  it('ends the early worker when the app asks for something else', () => {
    const worker = new FakeWorker(() => {});
    startEarly(page('?data=mine.json'), builtIn, () => worker as unknown as Worker);
    expect(
      takeEarlyWorker({
        url: 'https://atlas.example/app/other.json',
        label: 'other.json',
        budgetMs: VALIDATION_BUDGET_MS,
      }),
    ).toBeNull();
    expect(worker.terminated).toBe(true);
  });

  it('asks for nothing for another site’s file: the app refuses it', () => {
    const create = vi.fn();
    const pageFetch = vi.fn();
    vi.stubGlobal('fetch', pageFetch);
    startEarly(page('?data=https://other.example/theirs.json'), builtIn, create);
    expect(create).not.toHaveBeenCalled();
    expect(pageFetch).not.toHaveBeenCalled();
  });

  it('fetches the built-in dataset once, for the app to take', async () => {
    const pageFetch = vi.fn(async () => new Response('', { status: 404, statusText: 'Not Found' }));
    vi.stubGlobal('fetch', pageFetch);
    startEarly(page(''), builtIn, vi.fn());
    expect(pageFetch).toHaveBeenCalledOnce();
    expect(takeEarlyBytes('elsewhere.json')).toBeNull();
    startEarly(page(''), builtIn, vi.fn());
    const state = new DatasetState({ createWorker: null });
    await state.load(builtIn.url, builtIn.label, undefined, { checked: true });
    expect(pageFetch).toHaveBeenCalledTimes(2);
    expect(state.failure).toBe('data/wikimedia.json: HTTP 404 Not Found');
  });
});
