/**
 * One presentation: which tour, which step, and what covers the stage (a black or white screen,
 * the overview, the key help). Stepping applies the step's snapshot to the atlas's state
 * (AtlasState.apply), so a step is shown by the same code as a link, and Escape leaves the
 * atlas exactly where the step put it.
 *
 * The step is reached the same way however it is asked for (next, previous, a number, a link,
 * the notes window): `go(index)` is the one way in.
 */
import type { Tour, TourStep } from '../model/schema.ts';
import { stepSnapshot } from '../model/tour.ts';
import type { AtlasState } from '../state/atlasState.svelte.ts';
import { PresenterChannel, type ChannelMessage } from './channel.ts';

export type Cover = 'black' | 'white' | 'overview' | 'help' | null;

export class Presenter {
  readonly #state: AtlasState;
  #tour = $state.raw<Tour | null>(null);
  #index = $state(0);
  #cover = $state<Cover>(null);
  /** Digits typed after G, or null. */
  #digits = $state<string | null>(null);
  /** When the first step was shown (ms since epoch), shared with the notes window. */
  #startedAt = $state<number | null>(null);
  #channel: PresenterChannel | null = null;
  /** Whether this window follows another (the notes window): it applies no snapshots. */
  readonly #remote: boolean;

  constructor(state: AtlasState, options: { remote?: boolean } = {}) {
    this.#state = state;
    this.#remote = options.remote ?? false;
  }

  get tour() {
    return this.#tour;
  }
  get index() {
    return this.#index;
  }
  get count() {
    return this.#tour?.steps.length ?? 0;
  }
  get step(): TourStep | null {
    return this.#tour?.steps[this.#index] ?? null;
  }
  get cover() {
    return this.#cover;
  }
  get digits() {
    return this.#digits;
  }
  get startedAt() {
    return this.#startedAt;
  }

  /** Starts (or moves within) a tour at a step, 0-based. */
  start(tour: Tour, index: number, reapply = false): void {
    if (this.#tour?.id !== tour.id) {
      this.#channel?.close();
      this.#channel = new PresenterChannel(tour.id, (m) => this.#receive(m));
      this.#tour = tour;
      this.#index = -1;
      if (this.#remote) this.#channel.post({ type: 'hello' });
    }
    // A URL read (back, forward) has just applied its own state: the step's must come back.
    if (reapply) this.#index = -1;
    this.go(index);
  }

  /** Shows step `index` (0-based, clamped), and tells the other window. */
  go(index: number, tell = true): void {
    const tour = this.#tour;
    if (!tour) return;
    const i = Math.min(Math.max(index, 0), tour.steps.length - 1);
    this.#cover = this.#cover === 'help' ? 'help' : null;
    this.#digits = null;
    this.#startedAt ??= Date.now();
    if (i !== this.#index) {
      this.#index = i;
      if (!this.#remote) {
        const { snapshot } = stepSnapshot(tour.steps[i]!.state);
        this.#state.apply({ ...snapshot, lang: this.#state.language });
      }
    }
    if (tell) this.#channel?.post({ type: 'step', index: i, startedAt: this.#startedAt });
  }

  next(): void {
    this.go(this.#index + 1);
  }
  previous(): void {
    this.go(this.#index - 1);
  }

  /** Covers the stage (or uncovers it, given the same cover again or null). */
  setCover(cover: Cover): void {
    this.#cover = cover === this.#cover ? null : cover;
  }

  typing(digits: string | null): void {
    this.#digits = digits;
  }

  /** Leaves the tour; the atlas stays at the current step's state. */
  stop(): void {
    this.#channel?.close();
    this.#channel = null;
    this.#tour = null;
    this.#cover = null;
    this.#digits = null;
    this.#startedAt = null;
  }

  #receive(message: ChannelMessage): void {
    if (message.type === 'hello') {
      this.#channel?.post({ type: 'step', index: this.#index, startedAt: this.#startedAt });
      return;
    }
    if (message.startedAt !== null && this.#startedAt !== null)
      this.#startedAt = Math.min(this.#startedAt, message.startedAt);
    else this.#startedAt ??= message.startedAt;
    if (message.index !== this.#index && message.index >= 0) this.go(message.index, false);
  }
}
