/**
 * The URL adapter: keeps one AtlasState and the page's URL in step. Only the page's own atlas
 * gets one; an embed or a second atlas on the page leaves it out and never touches `history`.
 *
 * - At start and on back/forward, the URL is read and applied to the state.
 * - A person's change adds a history entry (`pushState`), so Back returns to what they saw.
 * - Typing a search, and corrections the app makes itself (an unknown focus or network dropped,
 *   a list written in canonical form), replace the current entry (`replaceState`): Back over a
 *   corrected link leaves the app instead of bouncing to the cleaned URL, and Forward survives.
 */
import { formatUrl, parseUrl, resolveDataUrl, type UrlNotice } from '../model/urlState.ts';
import type { AtlasState } from './atlasState.svelte.ts';

export class UrlSync {
  readonly #state: AtlasState;
  readonly #win: Window;
  /** The `data` parameter as written; it stays in every URL written. */
  #data: string | null = null;
  /** The URL's parameters as last written or read. */
  #previous = '';
  /** What the URL shows instead of the state, while something else owns it (a tour). */
  #override: ((data: string | null) => string | null) | null = null;
  /** Told of every URL read, with its parameters (the presenter reads `tour` and `step`). */
  #onread: ((params: URLSearchParams) => void) | null = null;

  constructor(state: AtlasState, win: Window = window) {
    this.#state = state;
    this.#win = win;
  }

  /**
   * Lets another owner write the URL: while `override` returns parameters (`?tour=x&step=3`),
   * they are written instead of the state's; `onread` is told of each URL read (start, back and
   * forward).
   */
  follow(
    override: (data: string | null) => string | null,
    onread: (params: URLSearchParams) => void,
  ): void {
    this.#override = override;
    this.#onread = onread;
  }

  /**
   * Applies the current URL to the state. Returns the dataset URL it asks for (resolved against
   * the page; same origin only), or null for the built-in dataset.
   */
  read(): { dataUrl: URL | null; dataLabel: string | null } {
    const { snapshot, data, notices } = parseUrl(this.#win.location.search);
    const extra: UrlNotice[] = [];
    let dataUrl: URL | null = null;
    if (data !== null) {
      dataUrl = resolveDataUrl(data, this.#win.location.href);
      if (!dataUrl) extra.push({ param: 'data', value: data, reason: 'url-invalid-value' });
    }
    this.#data = dataUrl ? data : null;
    this.#state.apply(snapshot, [...notices, ...extra]);
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a one-off value, not state
    this.#onread?.(new URLSearchParams(this.#win.location.search));
    // The URL already shows this state; only a corrected or canonical form replaces it.
    this.#state.takeHistoryIntent();
    this.#write('replace');
    return { dataUrl, dataLabel: dataUrl ? data : null };
  }

  /** Starts following the state and back/forward; returns the function that stops it. */
  start(): () => void {
    const onPop = () => this.read();
    this.#win.addEventListener('popstate', onPop);
    const stop = $effect.root(() => {
      $effect(() => {
        // Reading the snapshot subscribes this effect to everything in it.
        const next = this.#next();
        if (next === this.#previous) return;
        this.#write(this.#state.takeHistoryIntent(), next);
      });
    });
    return () => {
      stop();
      this.#win.removeEventListener('popstate', onPop);
    };
  }

  /** The parameters the URL should have now. */
  #next(): string {
    const snapshot = this.#state.snapshot();
    return this.#override?.(this.#data) ?? formatUrl(snapshot, this.#data);
  }

  #write(how: 'push' | 'replace', next = this.#next()): void {
    const current = this.#win.location.search;
    this.#previous = next;
    if (next === current || (next === '' && current === '?')) return;
    const url = `${this.#win.location.pathname}${next}${this.#win.location.hash}`;
    if (how === 'replace') this.#win.history.replaceState(this.#win.history.state, '', url);
    else this.#win.history.pushState(null, '', url);
  }
}
