/**
 * When the graph draws: at most once per animation frame, and only when something changed.
 * Two kinds of change: `invalidate` (what a layer shows changed: positions, emphasis, labels;
 * the layer is painted again) and `redraw` (only the view or an overlay changed: the painted
 * layer is reused). The draw callback says whether it needs more frames ('more', a sliced
 * paint), or one more once the view has stopped moving ('idle', to paint sharp at rest).
 * Also the morph between two layouts, as a pure function.
 */

/** The view counts as moving this long after its last pan or zoom. */
export const MOVING_MS = 150;

export type DrawResult = 'done' | 'more' | 'idle';

export interface FrameHost {
  /** Draws one frame; the loop's `version` changes whenever a layer must be painted again. */
  draw(moving: boolean): DrawResult;
  requestFrame?(callback: (now: number) => void): number;
  cancelFrame?(handle: number): void;
  now?(): number;
}

export class FrameLoop {
  readonly #host: FrameHost;
  readonly #request: (callback: (now: number) => void) => number;
  readonly #cancel: (handle: number) => void;
  readonly #now: () => number;
  #frame = 0;
  #version = 0;
  #movedAt = -Infinity;
  #idle: ReturnType<typeof setTimeout> | undefined;

  constructor(host: FrameHost) {
    this.#host = host;
    this.#request = host.requestFrame ?? ((cb) => requestAnimationFrame(cb));
    this.#cancel = host.cancelFrame ?? ((h) => cancelAnimationFrame(h));
    this.#now = host.now ?? (() => performance.now());
  }

  get version(): number {
    return this.#version;
  }

  /** Something painted in a layer changed: paint it again in the next frame. */
  invalidate(): void {
    this.#version++;
    this.redraw();
  }

  /** Only the view or an overlay changed: a frame, without painting the layer again. */
  redraw(): void {
    if (this.#frame === 0) this.#frame = this.#request(() => this.#run());
  }

  /** The view was panned or zoomed just now. */
  moved(): void {
    this.#movedAt = this.#now();
  }

  destroy(): void {
    this.#cancel(this.#frame);
    this.#frame = 0;
    clearTimeout(this.#idle);
  }

  #run(): void {
    this.#frame = 0;
    const moving = this.#now() - this.#movedAt < MOVING_MS;
    const result = this.#host.draw(moving);
    if (result === 'more') this.redraw();
    else if (result === 'idle') {
      clearTimeout(this.#idle);
      this.#idle = setTimeout(() => this.redraw(), MOVING_MS + 10);
    }
  }
}

/** Ease in and out (quadratic), f in [0, 1]. */
export function easeInOut(f: number): number {
  return f < 0.5 ? 2 * f * f : 1 - Math.pow(-2 * f + 2, 2) / 2;
}

/**
 * One step of a morph between two layouts, into `out`, at fraction `f` of its time: each node
 * eased from where it was drawn to where the new layout puts it; nodes that were not drawn
 * (NaN in `from`) appear at their new place.
 */
export function morphInto(out: Float32Array, from: Float32Array, to: Float32Array, f: number) {
  const e = easeInOut(f);
  for (let i = 0; i < to.length; i++) {
    const a = from[i]!;
    out[i] = Number.isFinite(a) ? a + (to[i]! - a) * e : to[i]!;
  }
}
