/**
 * One atlas's state: the whole pipeline from the dataset file to what every view shows, and what
 * a person is looking at. Each mounted atlas has its own (handed down by context), so two atlases
 * on one page never share anything.
 *
 *   dataset file -> atlas (indexes) -> relations (typed graph), search index
 *                -> filter result -> visible ids
 *   focus        -> highlight ids (a network's members, a meetup's participants, ...)
 *
 * The fields are private and change only through methods named for what a person means
 * (`select`, `setFilter`, `setYears`, ...). Views read the getters and call the methods; nothing
 * else writes. `snapshot()` and `apply()` read and restore "what I am looking at" as plain JSON
 * (model/snapshot.ts): links, presenter steps and embeds are all snapshots.
 *
 * Ids that the dataset does not know (from a link, a tour or an embed) are corrected once the
 * dataset is there: dropped, with a notice saying so. Such corrections are not a person's step,
 * so a URL adapter replaces the history entry for them instead of adding one (`takeHistoryIntent`).
 */
import { atlasRelations } from '../model/relations.ts';
import {
  filterResult,
  hasFilters,
  prepareFilterResult,
  NO_FILTERS,
  type Filters,
  type YearMeaning,
} from '../model/filters.ts';
import { FACET_DEFINITIONS, type Facet, unknownFacetValues } from '../model/facets.ts';
import { buildSearchIndex } from '../model/search.ts';
import { relatedIds } from '../model/highlight.ts';
import { isKnownSelection } from '../model/selection.ts';
import {
  cloneSnapshot,
  DEFAULT_LAYERS,
  DEFAULT_SNAPSHOT,
  orderedEdgeKinds,
  type GraphMode,
  type MapLayers,
  type Snapshot,
  type View,
} from '../model/snapshot.ts';
import { MAX_QUERY_LENGTH, type UrlNotice } from '../model/urlState.ts';
import type { EdgeKind } from '../model/relations.types.ts';
import { EDGE_KINDS } from '../model/relations.types.ts';
import { pickLanguage, resolveLanguage, type I18n } from '../i18n/i18n.svelte.ts';
import { DatasetState } from './dataset.svelte.ts';
import { ExportSources } from '../export/sources.ts';

/** How the next change should enter the browser history, if a URL adapter is listening. */
export type HistoryIntent = 'push' | 'replace';

export interface AtlasStateOptions {
  /** This atlas's UI language layer; the state switches it when the language changes. */
  i18n: I18n;
  /** Languages to follow when none is chosen (the browser's, or the host page's). */
  preferredLanguages?: () => readonly string[];
}

export class AtlasState {
  readonly #i18n: I18n;
  readonly #preferredLanguages: () => readonly string[];
  readonly #data = new DatasetState();

  #view = $state<View>(DEFAULT_SNAPSHOT.view);
  #focus = $state<string | null>(null);
  #filters = $state.raw<Filters>(NO_FILTERS);
  #q = $state('');
  #graphMode = $state<GraphMode>(DEFAULT_SNAPSHOT.graphMode);
  #edgeKinds = $state.raw<readonly EdgeKind[]>(EDGE_KINDS);
  #layers = $state.raw<MapLayers>(DEFAULT_LAYERS);
  #lang = $state<string | null>(null);
  #notices = $state.raw<readonly UrlNotice[]>([]);
  /** What the views on screen offer to exports (not reactive: asked at the time of an export). */
  readonly exports = new ExportSources();
  /** Not reactive: read and reset by the URL adapter when it writes. */
  #intent: HistoryIntent | null = null;

  // The pipeline: each step one derived value.
  #relations = $derived(this.#data.atlas ? atlasRelations.now(this.#data.atlas) : null);
  #searchIndex = $derived(this.#data.atlas ? buildSearchIndex(this.#data.atlas) : null);
  #result = $derived(this.#data.atlas ? filterResult(this.#data.atlas, this.#filters) : null);
  // Without filters nothing is hidden: the views that read only this do not wait for the result.
  #visibleIds = $derived(
    hasFilters(this.#filters) && this.#result ? this.#result.visibleIds : null,
  );
  #highlightIds = $derived<ReadonlySet<string>>(
    this.#data.atlas ? relatedIds(this.#data.atlas, this.#focus) : NOTHING,
  );
  // Read-only sets for the views' lookups, replaced whole when the list changes: never mutated,
  // so Svelte's reactive sets would add nothing.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #edgeKindSet = $derived<ReadonlySet<EdgeKind>>(new Set(this.#edgeKinds));

  constructor(options: AtlasStateOptions) {
    this.#i18n = options.i18n;
    this.#preferredLanguages = options.preferredLanguages ?? (() => []);
  }

  // Loading.

  get status() {
    return this.#data.status;
  }
  get errors() {
    return this.#data.errors;
  }
  get warnings() {
    return this.#data.warnings;
  }
  /** Why fetching failed, for status `failed`. */
  get failure() {
    return this.#data.failure;
  }
  /** How the dataset is named in messages. */
  get source() {
    return this.#data.source;
  }
  /** How many errors the refused file has in all (`errors` holds the first 1,000). */
  get errorCount() {
    return this.#data.errorCount;
  }
  /** Validation progress of a file being loaded, 0 to 1, or null. */
  get progress() {
    return this.#data.progress;
  }
  /** The time budget in seconds, when the file was refused for taking longer. */
  get timedOut() {
    return this.#data.timedOut;
  }

  /** Loads and validates a dataset file, then corrects ids it does not know. */
  async load(
    url: string,
    label = url,
    fetcher?: typeof fetch,
    options?: { checked?: boolean },
  ): Promise<void> {
    await this.#data.load(url, label, fetcher, options);
    this.#correct();
  }

  /** Validates a dataset given as text (an inline data block, a test). */
  loadText(text: string, label: string): void {
    this.#data.loadText(text, label);
    this.#correct();
  }

  // The pipeline, for the views.

  get atlas() {
    return this.#data.atlas;
  }
  get relations() {
    return this.#relations;
  }
  /**
   * Builds the relations a slice per task (`between` starts the next), so that reading
   * `relations` afterwards is at once: on a large file the graph is a few hundred milliseconds
   * of work, too long for one task. Read before it is done, they are built at once.
   */
  async prepareRelations(between: () => Promise<void>): Promise<void> {
    const atlas = this.#data.atlas;
    if (atlas) await atlasRelations.ahead(atlas, between);
  }
  get searchIndex() {
    return this.#searchIndex;
  }
  /**
   * Computes the filter result for the filters now chosen a slice per task, so that reading
   * `result` afterwards is at once (at 20,000 organizations it is too long for one task). Read
   * before it is done, or for other filters, the result is computed at once.
   */
  async prepareResult(between: () => Promise<void>): Promise<void> {
    const atlas = this.#data.atlas;
    if (atlas) await prepareFilterResult(atlas, this.#filters, between);
  }
  /** What the filters leave, with counts per facet value. */
  get result() {
    return this.#result;
  }
  /** Ids that pass the filters, or null when no filter is set (everything shows). */
  get visibleIds() {
    return this.#visibleIds;
  }
  /** Ids related to the selection (emphasized in every view). */
  get highlightIds() {
    return this.#highlightIds;
  }

  // What a person is looking at.

  get view() {
    return this.#view;
  }
  get selectedId() {
    return this.#focus;
  }
  get filters(): Filters {
    return this.#filters;
  }
  get filtersActive(): boolean {
    return hasFilters(this.#filters);
  }
  get query() {
    return this.#q;
  }
  get graphMode() {
    return this.#graphMode;
  }
  get edgeKinds(): ReadonlySet<EdgeKind> {
    return this.#edgeKindSet;
  }
  get layers() {
    return this.#layers;
  }
  /** The UI language as chosen (null: following the browser). `i18n.locale` is what shows. */
  get language() {
    return this.#lang;
  }
  /** Values from a link or a snapshot that were ignored, for the notice bar. */
  get notices() {
    return this.#notices;
  }

  // Intentions.

  select(id: string | null): void {
    if (id === this.#focus) return;
    this.#focus = id;
    this.#mark('push');
  }

  setView(view: View): void {
    if (view === this.#view) return;
    this.#view = view;
    this.#mark('push');
  }

  setGraphMode(mode: GraphMode): void {
    if (mode === this.#graphMode) return;
    this.#graphMode = mode;
    this.#mark('push');
  }

  setEdgeKinds(kinds: Iterable<EdgeKind>): void {
    const next = orderedEdgeKinds(kinds);
    if (sameList(next, this.#edgeKinds)) return;
    this.#edgeKinds = next;
    this.#mark('push');
  }

  setLayers(layers: MapLayers): void {
    this.#layers = { ...layers };
    this.#mark('push');
  }

  /** Chooses exactly these values of one facet. */
  setFilter(facet: Facet, values: readonly string[]): void {
    const next = values.filter((v, i) => values.indexOf(v) === i);
    if (sameList(next, this.#filters[facet])) return;
    this.#filters = { ...this.#filters, [facet]: next };
    this.#mark('push');
  }

  /** Adds or removes one value of a facet. */
  toggleFilter(facet: Facet, value: string): void {
    const list = this.#filters[facet];
    this.setFilter(
      facet,
      list.includes(value) ? list.filter((v) => v !== value) : [...list, value],
    );
  }

  setYears(from: number | null, to: number | null): void {
    if (from === this.#filters.from && to === this.#filters.to) return;
    this.#filters = { ...this.#filters, from, to };
    this.#mark('push');
  }

  /** What the year range asks of organizations: active in, or recognized in, those years. */
  setYearMeaning(meaning: YearMeaning): void {
    if (meaning === this.#filters.years) return;
    this.#filters = { ...this.#filters, years: meaning };
    this.#mark('push');
  }

  /** Whether a year range also shows the records whose date is unknown. */
  setUndated(on: boolean): void {
    if (on === this.#filters.undated) return;
    this.#filters = { ...this.#filters, undated: on };
    this.#mark('push');
  }

  /**
   * Shows one year, as timeline playback does. The first year played is a step Back returns
   * from; the years after it replace each other, so playing adds one history entry, not one a
   * second.
   */
  playYear(year: number): void {
    const { from, to } = this.#filters;
    if (from === year && to === year) return;
    const playing = from !== null && from === to;
    this.#filters = { ...this.#filters, from: year, to: year };
    this.#mark(playing ? 'replace' : 'push');
  }

  setSourcedOnly(on: boolean): void {
    if (on === this.#filters.sourcedOnly) return;
    this.#filters = { ...this.#filters, sourcedOnly: on };
    this.#mark('push');
  }

  /** Clears every filter (the search text stays: it is not a filter). */
  clearFilters(): void {
    if (!hasFilters(this.#filters)) return;
    this.#filters = NO_FILTERS;
    this.#mark('push');
  }

  /** The search text as typed; a history entry per keystroke would be noise. */
  setSearch(q: string): void {
    const next = q.slice(0, MAX_QUERY_LENGTH);
    if (next === this.#q) return;
    this.#q = next;
    this.#mark('replace');
  }

  /** Chooses the UI language (kept in links), or null to follow the browser again. */
  setLanguage(lang: string | null): void {
    const resolved = lang === null ? null : pickLanguage([lang]);
    this.#lang = resolved;
    this.#i18n.setLocale(resolved ?? pickLanguage(this.#preferredLanguages()));
    this.#mark('push');
  }

  /** Adds notices found outside the state (e.g. a `data` parameter that was refused). */
  addNotices(notices: readonly UrlNotice[]): void {
    if (notices.length) this.#notices = [...this.#notices, ...notices];
  }

  dismissNotices(): void {
    this.#notices = [];
  }

  /** Everything a person is looking at, as plain JSON. `apply(snapshot())` changes nothing. */
  snapshot(): Snapshot {
    return cloneSnapshot({
      view: this.#view,
      focus: this.#focus,
      filters: this.#filters,
      q: this.#q,
      graphMode: this.#graphMode,
      edgeKinds: this.#edgeKinds,
      layers: this.#layers,
      lang: this.#lang,
    });
  }

  /**
   * Shows a snapshot (from a link, a presenter step, an embed's attributes). Values this dataset
   * does not know are dropped with a notice, now if the dataset is loaded, else once it is.
   * `notices` are the ones found while reading the snapshot (a URL's parse notices).
   */
  apply(snapshot: Snapshot, notices: readonly UrlNotice[] = []): void {
    const s = cloneSnapshot(snapshot);
    this.#view = s.view;
    this.#focus = s.focus;
    this.#filters = { ...NO_FILTERS, ...s.filters };
    this.#q = s.q.slice(0, MAX_QUERY_LENGTH);
    this.#graphMode = s.graphMode;
    this.#edgeKinds = orderedEdgeKinds(s.edgeKinds);
    this.#layers = { ...DEFAULT_LAYERS, ...s.layers };
    const found = [...notices];
    const lang = s.lang === null ? null : resolveLanguage(s.lang);
    if (s.lang !== null && lang === null) {
      found.push({ param: 'lang', value: s.lang, reason: 'url-invalid-value' });
      this.#lang = null;
    } else this.#lang = lang;
    const locale = this.#lang ?? pickLanguage(this.#preferredLanguages());
    if (locale !== this.#i18n.locale) this.#i18n.setLocale(locale);
    this.#notices = found;
    this.#mark('push');
    this.#correct();
  }

  /**
   * How the changes since the last call should enter the browser history: `replace` for typing
   * and corrections, `push` for anything else. Resets it. For URL adapters only.
   */
  takeHistoryIntent(): HistoryIntent {
    const intent = this.#intent ?? 'push';
    this.#intent = null;
    return intent;
  }

  #mark(intent: HistoryIntent): void {
    if (intent === 'push' || this.#intent === null) this.#intent = intent;
  }

  /** Drops ids the loaded dataset does not know, with a notice for each. */
  #correct(): void {
    const atlas = this.#data.atlas;
    if (!atlas) return;
    const found: UrlNotice[] = [];
    const focus = this.#focus;
    if (focus !== null && !isKnownSelection(atlas, focus)) {
      found.push({ param: 'focus', value: focus, reason: 'url-invalid-value' });
      this.#focus = null;
    }
    const unknown = unknownFacetValues(atlas, this.#filters);
    if (unknown.length) {
      const filters: Record<string, unknown> = { ...this.#filters };
      for (const { facet, value } of unknown) {
        found.push({ param: FACET_DEFINITIONS[facet].param, value, reason: 'url-invalid-value' });
        filters[facet] = (filters[facet] as string[]).filter((v) => v !== value);
      }
      this.#filters = filters as unknown as Filters;
    }
    if (found.length === 0) return;
    this.#notices = [...this.#notices, ...found];
    // A correction replaces the entry, unless a person's step is already waiting to be written.
    if (this.#intent === null) this.#intent = 'replace';
  }
}

const NOTHING: ReadonlySet<string> = Object.freeze(new Set<string>());

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
