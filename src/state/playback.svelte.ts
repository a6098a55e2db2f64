/**
 * Timeline playback: steps year by year from the first year to the last, calling `onstep(year)`
 * each time (the timeline turns that into from = to = year). One chained setTimeout at a time;
 * `destroy()` on unmount. Reduced motion changes how marks appear, not the stepping.
 */

export const SPEEDS = [0.5, 1, 2] as const;
export type Speed = (typeof SPEEDS)[number];

export interface PlaybackOptions {
  /** The years to play through (read at each step: the dataset may change). */
  bounds: () => { first: number; last: number };
  /** Called with each year shown. */
  onstep: (year: number) => void;
  /** Milliseconds per year at 1x. */
  interval?: number;
}

export class Playback {
  playing = $state(false);
  speed = $state<Speed>(1);
  /** The year last shown, or null before the first play. */
  year = $state<number | null>(null);
  #timer: ReturnType<typeof setTimeout> | null = null;
  #options: PlaybackOptions;

  constructor(options: PlaybackOptions) {
    this.#options = options;
  }

  get delay(): number {
    return (this.#options.interval ?? 1000) / this.speed;
  }

  /** Plays from the first year, or resumes after the year where it paused. */
  start(): void {
    if (this.playing) return;
    const { last } = this.#options.bounds();
    this.playing = true;
    if (this.year === null || this.year >= last) {
      this.year = null;
      this.step();
    }
    if (this.playing) this.#schedule();
  }

  pause(): void {
    this.playing = false;
    this.#clear();
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.start();
  }

  /** Shows the next year now; at the last year, playing stops. */
  step(): void {
    const { first, last } = this.#options.bounds();
    const next = this.year === null || this.year < first ? first : Math.min(this.year + 1, last);
    this.year = next;
    this.#options.onstep(next);
    if (next >= last) this.pause();
  }

  setSpeed(speed: Speed): void {
    this.speed = speed;
    if (this.playing) this.#schedule();
  }

  /** Stops the timer for good (component unmount). */
  destroy(): void {
    this.pause();
  }

  #schedule(): void {
    this.#clear();
    this.#timer = setTimeout(() => {
      this.#timer = null;
      if (!this.playing) return;
      this.step();
      if (this.playing) this.#schedule();
    }, this.delay);
  }

  #clear(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
