/**
 * Keeps the URL and the state in step: the URL is read at start and on back/forward; state
 * changes write it back (a history entry for what a person would want to return to, a
 * replacement while typing a search). Deep links, back/forward, embeds and presenter steps all
 * go through here.
 */
import {
  EMPTY_URL_STATE,
  formatUrlState,
  parseUrlState,
  type UrlNotice,
  type UrlState,
} from '../model/urlState.ts';
import type { ExploreState } from './explore.svelte.ts';
import type { FilterState } from './filters.svelte.ts';
import type { I18n } from '../i18n/i18n.svelte.ts';
import { pickLanguage, resolveLanguage } from '../i18n/i18n.svelte.ts';

export class UrlSync {
  notices = $state.raw<readonly UrlNotice[]>([]);
  /** The `data` parameter as given (resolved by the caller). */
  data: string | null = null;
  #explore: ExploreState;
  #filters: FilterState;
  #i18n: I18n;
  #win: Window;
  /** True once the language came from the URL or from the language menu, so links keep it. */
  #langExplicit = $state(false);
  #previous = '';

  constructor(explore: ExploreState, filters: FilterState, i18n: I18n, win: Window = window) {
    this.#explore = explore;
    this.#filters = filters;
    this.#i18n = i18n;
    this.#win = win;
  }

  /** The state as the URL would show it. */
  snapshot(): UrlState {
    const e = this.#explore;
    const f = this.#filters;
    return {
      ...EMPTY_URL_STATE,
      view: e.view === 'split' ? null : e.view,
      focus: e.selectedId,
      network: [...f.network],
      kind: [...f.kind],
      language: [...f.language],
      program: [...f.program],
      country: [...f.country],
      status: [...f.status],
      region: [...f.region],
      sourced: f.sourcedOnly,
      from: f.from,
      to: f.to,
      q: f.q,
      lang: this.#langExplicit ? this.#i18n.locale : null,
      data: this.data,
    };
  }

  /** Applies the current URL to the state; returns the parse notices. */
  read(): readonly UrlNotice[] {
    const { state, notices } = parseUrlState(this.#win.location.search);
    const e = this.#explore;
    const f = this.#filters;
    e.view = state.view ?? 'split';
    e.selectedId = state.focus;
    f.network = state.network;
    f.kind = state.kind;
    f.language = state.language;
    f.program = state.program;
    f.country = state.country;
    f.status = state.status;
    f.region = state.region;
    f.sourcedOnly = state.sourced;
    f.from = state.from;
    f.to = state.to;
    f.q = state.q;
    this.data = state.data;
    this.#langExplicit = state.lang !== null;
    const lang = pickLanguage([state.lang, ...(this.#win.navigator?.languages ?? [])]);
    if (lang !== this.#i18n.locale) this.#i18n.setLocale(lang);
    if (state.lang && !resolveLanguage(state.lang)) {
      notices.push({ param: 'lang', value: state.lang, reason: 'url-invalid-value' });
    }
    this.notices = notices;
    return notices;
  }

  /** The language menu: switches the UI language and keeps it in links. */
  setLanguage(locale: string): void {
    this.#langExplicit = true;
    this.#i18n.setLocale(locale);
  }

  /** Adds notices found later (e.g. a focus id that is not in the dataset). */
  addNotice(notice: UrlNotice): void {
    this.notices = [...this.notices, notice];
  }

  dismissNotices(): void {
    this.notices = [];
  }

  /** Starts syncing; call from a component so the effect is owned and cleaned up. */
  start(): () => void {
    const onPop = () => {
      this.read();
      // The URL already shows this state: the effect below must not push it again.
      this.#previous = formatUrlState(this.snapshot());
    };
    this.#win.addEventListener('popstate', onPop);
    this.#previous = formatUrlState(this.snapshot());
    const stop = $effect.root(() => {
      $effect(() => {
        const snapshot = this.snapshot();
        const next = formatUrlState(snapshot);
        if (next === this.#previous) return;
        const before = parseUrlState(this.#previous).state;
        this.#previous = next;
        const url = `${this.#win.location.pathname}${next}${this.#win.location.hash}`;
        // Typing a search replaces the entry; anything else is a step back/forward can return to.
        const onlyQuery = formatUrlState({ ...before, q: snapshot.q }) === next;
        if (onlyQuery) this.#win.history.replaceState(null, '', url);
        else this.#win.history.pushState(null, '', url);
      });
    });
    return () => {
      stop();
      this.#win.removeEventListener('popstate', onPop);
    };
  }
}
