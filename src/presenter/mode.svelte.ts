/**
 * Whether the atlas presents, and what: reads `tour`, `step`, `notes` and `print` from the URL,
 * starts the tour once the dataset is there, and writes `?tour=<id>&step=<n>` back while it runs
 * (the URL adapter asks `url()`). Escape (`stop()`) hands the URL back to the state.
 *
 * | parameter | meaning |
 * | --- | --- |
 * | `tour` | a tour id of the dataset (or `draft`, the tour being authored in this browser) |
 * | `step` | the step, counted from 1 |
 * | `notes` | this window is the speaker-notes window |
 * | `print` | every step as a printed page; `&notes` adds the speaker notes |
 */
import { untrack } from 'svelte';
import type { Tour } from '../model/schema.ts';
import { findTour, stepIndex } from '../model/tour.ts';
import type { AtlasState } from '../state/atlasState.svelte.ts';
import { Presenter } from './presenter.svelte.ts';
import { DRAFT_TOUR_ID, readDraft } from './draft.svelte.ts';

export type PresenterKind = 'present' | 'notes' | 'print';

interface Asked {
  tour: string;
  step: string | null;
  kind: PresenterKind;
  /** `print` with `notes`: the handout carries the speaker notes. */
  withNotes: boolean;
}

export function askedOf(params: URLSearchParams): Asked | null {
  const tour = params.get('tour');
  if (!tour) return null;
  const print = params.has('print');
  const notes = params.has('notes');
  return {
    tour,
    step: params.get('step'),
    kind: print ? 'print' : notes ? 'notes' : 'present',
    withNotes: print && notes,
  };
}

export class PresenterMode {
  readonly #state: AtlasState;
  readonly presenter: Presenter;
  #asked = $state.raw<Asked | null>(null);
  #kind = $state<PresenterKind>('present');
  #withNotes = $state(false);

  /** Create during a component's initialisation: it starts the tour once the dataset loads. */
  constructor(state: AtlasState, params: URLSearchParams) {
    this.#state = state;
    const asked = askedOf(params);
    this.presenter = new Presenter(state, { remote: asked?.kind === 'notes' });
    this.#asked = asked;
    $effect(() => {
      const atlas = state.atlas;
      const wanted = this.#asked;
      if (atlas && wanted) untrack(() => this.#resolve(wanted));
    });
  }

  /** A tour was asked for (by the URL), even before the dataset is there. */
  get requested(): boolean {
    return this.#asked !== null || this.presenter.tour !== null;
  }
  /** A tour runs. */
  get active(): boolean {
    return this.presenter.tour !== null;
  }
  get kind(): PresenterKind {
    return this.#kind;
  }
  get withNotes(): boolean {
    return this.#withNotes;
  }

  /** Presents a tour from its first step (the "Present" menu, the draft's preview). */
  present(tour: Tour): void {
    this.#kind = 'present';
    this.#asked = null;
    this.presenter.start(tour, 0);
  }

  /** Called with every URL the adapter reads (start, back, forward). */
  read(params: URLSearchParams): void {
    const asked = askedOf(params);
    if (!asked && this.presenter.tour) this.presenter.stop();
    this.#asked = asked;
  }

  /** The URL while a tour runs (the adapter writes it instead of the state's), else null. */
  url(data: string | null): string | null {
    const tour = this.presenter.tour;
    if (!tour) return null;
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a one-off value, not state
    const params = new URLSearchParams({ tour: tour.id, step: String(this.presenter.index + 1) });
    if (this.#kind === 'notes') params.set('notes', '');
    if (this.#kind === 'print') params.set('print', '');
    if (this.#kind === 'print' && this.#withNotes) params.set('notes', '');
    const lang = this.#state.language;
    if (lang) params.set('lang', lang);
    if (data) params.set('data', data);
    return `?${params.toString().replaceAll('=&', '&').replace(/=$/, '')}`;
  }

  /** Leaves the tour; the atlas keeps showing the current step, now to explore. */
  stop(): void {
    this.#asked = null;
    this.presenter.stop();
  }

  #resolve(asked: Asked): void {
    if (asked.tour !== DRAFT_TOUR_ID) {
      this.#asked = null;
      this.#start(asked, findTour(this.#state.atlas?.dataset.tours, asked.tour));
      return;
    }
    // The draft is read through the tour schema, loaded on demand; the tour stays asked for
    // (`requested`) until it is read, unless the URL changed meanwhile.
    void readDraft().then((draft) => {
      if (this.#asked !== asked) return;
      this.#asked = null;
      this.#start(asked, draft ?? undefined);
    });
  }

  #start(asked: Asked, tour: Tour | undefined): void {
    if (!tour) {
      this.#state.addNotices([{ param: 'tour', value: asked.tour, reason: 'url-invalid-value' }]);
      if (this.presenter.tour) this.presenter.stop();
      return;
    }
    this.#kind = asked.kind;
    this.#withNotes = asked.withNotes;
    this.presenter.start(tour, stepIndex(asked.step, tour.steps.length), true);
  }
}
