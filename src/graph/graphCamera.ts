/**
 * The graph's camera: d3-zoom on the canvas (wheel, drag on empty canvas, double click), the
 * view's size, fitting the picture beside the legend, and eased moves that respect
 * prefers-reduced-motion. It knows nothing of nodes: the coordinator hands it positions.
 */
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import type { Transform } from './renderer.ts';
import { SCALE_EXTENT, between, centredOn, fitTransform, isInView } from './camera.ts';
import type { Box } from './labels.ts';

/** How long an eased camera move takes. */
export const MOVE_MS = 600;

export interface CameraOptions {
  reducedMotion(): boolean;
  /** Whether a double click lands on a node: it unpins the node and must not zoom. */
  onNode(event: MouseEvent): boolean;
  /** The transform changed; `byPerson` when someone panned or zoomed (wheel, drag, dblclick). */
  onchange(byPerson: boolean): void;
}

export class GraphCamera {
  readonly #options: CameraOptions;
  readonly #zoom: ZoomBehavior<HTMLCanvasElement, unknown>;
  readonly #selection: Selection<HTMLCanvasElement, unknown, null, undefined>;
  #transform: Transform = { k: 1, x: 0, y: 0 };
  #frame = 0;
  width = 1;
  height = 1;
  /** Whether the camera follows the picture (fits it after each layout and resize). */
  autoFit = true;

  /** Call after any other behaviour on the canvas (d3-drag) so that theirs come first. */
  constructor(canvas: HTMLCanvasElement, options: CameraOptions) {
    this.#options = options;
    this.#selection = select(canvas);
    this.#zoom = zoom<HTMLCanvasElement, unknown>()
      .scaleExtent(SCALE_EXTENT)
      .filter((event: MouseEvent) => {
        if (event.type === 'dblclick') return !options.onNode(event);
        return (!event.ctrlKey || event.type === 'wheel') && !event.button;
      })
      .on('zoom', (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
        const { k, x, y } = event.transform;
        this.#transform = { k, x, y };
        const byPerson = event.sourceEvent != null;
        if (byPerson) this.holdStill();
        options.onchange(byPerson);
      });
    this.#zoom.duration(options.reducedMotion() ? 0 : 250);
    this.#selection.call(this.#zoom);
  }

  get transform(): Transform {
    return this.#transform;
  }

  /** Layout units to canvas CSS pixels. */
  toScreen(x: number, y: number): { x: number; y: number } {
    const t = this.#transform;
    return { x: x * t.k + t.x, y: y * t.k + t.y };
  }

  /** Canvas CSS pixels to layout units. */
  toLayout(sx: number, sy: number): { x: number; y: number } {
    const t = this.#transform;
    return { x: (sx - t.x) / t.k, y: (sy - t.y) / t.k };
  }

  resize(width: number, height: number): void {
    this.width = width;
    this.height = height;
  }

  /** Stops following the picture and any eased move: a person took the camera. */
  holdStill(): void {
    this.autoFit = false;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  /** Shows every placed node, beside `covered`; eased when `animate`. */
  fit(positions: Float32Array, covered: Box | null, animate: boolean): void {
    const target = fitTransform(positions, positions.length / 2, this.width, this.height, covered);
    if (animate) this.moveTo(target);
    else this.set(target);
  }

  /** Fits, at once, when the camera follows the picture. */
  follow(positions: Float32Array | null, covered: Box | null): void {
    if (this.autoFit && positions) this.fit(positions, covered, false);
  }

  /** The zoom that would show every placed node (the "fit all" view). */
  fitAllScale(positions: Float32Array | null, covered: Box | null): number {
    if (!positions) return this.#transform.k;
    return fitTransform(positions, positions.length / 2, this.width, this.height, covered).k;
  }

  /** Brings the layout point into view (centred) when it is not, and stops following. */
  reveal(x: number, y: number): void {
    if (isInView(this.#transform, x, y, this.width, this.height, 24)) return;
    this.autoFit = false;
    this.moveTo(centredOn(this.#transform, x, y, this.width, this.height));
  }

  set(t: Transform): void {
    this.#zoom.transform(this.#selection, zoomIdentity.translate(t.x, t.y).scale(t.k));
  }

  /** Moves the camera, eased, or at once under prefers-reduced-motion. */
  moveTo(target: Transform): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    if (this.#options.reducedMotion()) {
      this.set(target);
      return;
    }
    const start = performance.now();
    const from = this.#transform;
    const step = (now: number) => {
      const f = Math.min(1, (now - start) / MOVE_MS);
      this.set(between(from, target, f));
      this.#frame = f < 1 ? requestAnimationFrame(step) : 0;
    };
    this.#frame = requestAnimationFrame(step);
  }

  /** Moves the picture by (dx, dy) CSS pixels, and stops following it. */
  panBy(dx: number, dy: number): void {
    this.autoFit = false;
    const k = this.#transform.k;
    this.#zoom.translateBy(this.#selection, dx / k, dy / k);
  }

  /** Zooms about the centre of the view, and stops following the picture. */
  zoomBy(factor: number): void {
    this.autoFit = false;
    this.#zoom.scaleBy(this.#selection, factor, [this.width / 2, this.height / 2]);
  }

  destroy(): void {
    cancelAnimationFrame(this.#frame);
    this.#selection.on('.zoom', null);
  }
}
