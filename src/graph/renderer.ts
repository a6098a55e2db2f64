/**
 * Draws graph scenes on a canvas, and does nothing else: no state of the view, no events.
 *
 * The scene is painted into an off-screen layer (the view plus a margin for panning); every
 * frame shows the latest complete layer at the current zoom and pan, with a few overlays on
 * top (selection, hover and focus rings, the node being dragged). A small graph is painted
 * in the frame that asks for it. A large one is painted over several frames, a few
 * milliseconds each, forcing the rasterizer to work chunk by chunk (canvas drawing is
 * otherwise deferred to one long flush), so no frame turns into a long task; while a person
 * pans or zooms, the layer is only moved and scaled, and painted afresh once they pause.
 * Sharp on high-DPI screens: backing stores are devicePixelRatio times the CSS size.
 */
import { EMPHASIS, NODE_STYLES, screenRadius } from './styles.ts';
import type { GraphScene } from './scene.ts';
import type { PlacedLabel } from './labels.ts';
import { SHAPE_EXTENT, traceShape } from './shapes.ts';
import { NodeSprites } from './sprites.ts';
import {
  FONT,
  paintScene,
  type ChunkKind,
  type PaintTools,
  type Frame,
  type Transform,
} from './paint.ts';

export type { Emphasis, Frame, Transform } from './paint.ts';

/** `more`: call again next frame; `idle`: call again once the person stops moving the view. */
export type FrameResult = 'done' | 'more' | 'idle';

/** Time a frame may spend painting a large graph, and the share of the margin around the view. */
const BUDGET_MS = 7;
/**
 * The same for the first picture of a layout (nothing on screen yet, nothing to keep smooth):
 * it shows in fewer frames than at BUDGET_MS, and each frame still stays under a long task
 * (50 ms) with a step that overruns it and the frame's own work (25 ms made tasks of 50-55 ms
 * at 20,000 organizations on a two-core machine).
 */
const FIRST_BUDGET_MS = 16;
const CHUNK_MS = 2;
const MARGIN = 0.15;
/** Above this cost a layer is painted in slices, and not repainted while the view moves. */
const SLICE_ABOVE_MS = 10;

interface Layer {
  canvas: HTMLCanvasElement;
  ctx: CanvasRenderingContext2D;
  version: number;
  transform: Transform;
  margin: number;
}

interface Job {
  layer: Layer;
  steps: Generator<ChunkKind, PlacedLabel[]>;
  sliced: boolean;
  spent: number;
}

/**
 * A scene small enough to paint whole in every frame that needs it, straight onto the canvas
 * (the built-in dataset is about 300 nodes and 650 edges): no layers, no slicing.
 */
export function isSmall(scene: GraphScene): boolean {
  return scene.nodes.length + scene.links.length / 2 <= 1500;
}

function sameTransform(a: Transform, b: Transform): boolean {
  return a.k === b.k && a.x === b.x && a.y === b.y;
}

export class GraphRenderer {
  readonly #canvas: HTMLCanvasElement;
  readonly #ctx: CanvasRenderingContext2D;
  readonly #sprites = new NodeSprites();
  readonly #textWidths = new Map<string, number>();
  /**
   * Items per chunk, tuned to the machine; edges at most 400 per path, since a software
   * rasterizer strokes one path of 18,000 lines several times slower than 45 paths of 400.
   */
  #edgesPerChunk = 200;
  #chunkStart = 0;
  #items = 0;
  /** Whether a direct paint (small scenes: straight onto the canvas) was last on screen. */
  #direct = false;
  #width = 1;
  #height = 1;
  #dpr = 1;
  #front: Layer | null = null;
  /** Layers not in use, ready to paint into. */
  #pool: Layer[] = [];
  #job: Job | null = null;
  /** What the last complete paint cost; -1 before the first. */
  #paintMs = -1;
  #directMs = -1;
  #presented = '';
  /** Whether the canvas shows nothing (new, cleared or resized): clearing it again is skipped. */
  #blank = true;
  /** Labels placed in the layer on screen. */
  placed: PlacedLabel[] = [];

  constructor(canvas: HTMLCanvasElement) {
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('GraphRenderer: this browser gives no 2D canvas context');
    this.#canvas = canvas;
    this.#ctx = ctx;
  }

  /** What the last complete paint of the scene cost, in milliseconds (-1: none yet). */
  get paintMs(): number {
    return this.#direct ? this.#directMs : this.#paintMs;
  }

  /** Sets the size in CSS pixels; backing stores get `dpr` times as many. */
  resize(width: number, height: number, dpr: number): void {
    // Setting a canvas's size, even to the one it has, clears it and drops its memory (taken
    // again, tens of milliseconds on a large view, when next drawn): only a change does.
    const cssWidth = Math.max(1, width);
    const cssHeight = Math.max(1, height);
    const backingWidth = Math.max(1, Math.round(cssWidth * dpr));
    const backingHeight = Math.max(1, Math.round(cssHeight * dpr));
    const canvas = this.#canvas;
    if (
      cssWidth === this.#width &&
      cssHeight === this.#height &&
      dpr === this.#dpr &&
      canvas.width === backingWidth &&
      canvas.height === backingHeight
    )
      return;
    this.#width = cssWidth;
    this.#height = cssHeight;
    this.#dpr = dpr;
    this.#blank = true;
    canvas.width = backingWidth;
    canvas.height = backingHeight;
    canvas.style.width = `${cssWidth}px`;
    canvas.style.height = `${cssHeight}px`;
    this.#sprites.setPixelRatio(dpr);
    this.#front = null;
    this.#pool = [];
    this.#job = null;
    this.#presented = '';
  }

  /**
   * Gets a layer ready ahead of its first paint, one per call, for idle time: a new canvas's
   * memory is allocated on first use, tens of milliseconds for a large view. Returns true
   * while there is more to prepare.
   */
  prepare(scene: GraphScene): boolean {
    if (isSmall(scene)) return false;
    const wanted = this.#front ? 1 : 2;
    if (this.#pool.length + (this.#job ? 1 : 0) >= wanted) return false;
    // A new layer: one taken from the pool would be put back, and prepared again and again.
    const layer = this.#sized(undefined);
    layer.ctx.clearRect(0, 0, layer.canvas.width, layer.canvas.height);
    layer.ctx.getImageData(0, 0, 1, 1);
    this.#pool.push(layer);
    return this.#pool.length + (this.#job ? 1 : 0) < wanted;
  }

  clear(): void {
    // A blank canvas is not touched: clearing it would take its memory for nothing.
    if (!this.#blank) {
      this.#ctx.setTransform(1, 0, 0, 1, 0, 0);
      this.#ctx.clearRect(0, 0, this.#canvas.width, this.#canvas.height);
      this.#blank = true;
    }
    this.#front = null;
    this.#job = null;
    this.#presented = '';
    this.placed = [];
  }

  /**
   * One frame. `version` changes whenever anything painted in the layer changes (positions,
   * emphasis, labels...); `moving` is true while the person pans or zooms.
   */
  frame(frame: Frame, version: number, moving: boolean): FrameResult {
    // A small scene's first picture is painted as a large one's, in slices: cold (its node
    // sprites made, its labels measured, the code not yet optimized), the built-in dataset's
    // took 40-65 ms in one frame on a two-core machine. Then it is painted whole.
    if (isSmall(frame.scene) && (this.#paintMs >= 0 || this.#directMs >= 0)) {
      this.#paintDirect(frame, version);
      return 'done';
    }
    const expensive = this.#expensive();
    if (this.#direct) {
      this.#direct = false;
      this.#presented = '';
    }
    const front = this.#front;
    const current = (l: { version: number; transform: Transform } | null) =>
      l !== null && l.version === version && sameTransform(l.transform, frame.transform);
    let waiting = false;
    if (!current(front) && !(this.#job && current(this.#job.layer))) {
      const onlyMoved = front !== null && front.version === version;
      if (this.#job && this.#job.sliced) {
        // Let a sliced paint finish: something recent gets on screen; the next one follows.
      } else if (onlyMoved && moving && expensive) {
        waiting = true;
      } else {
        this.#start(frame, version, expensive);
      }
    }
    this.#advance();
    this.#present(frame);
    if (this.#job) return 'more';
    if (!current(this.#front)) return waiting || (moving && expensive) ? 'idle' : 'more';
    return 'done';
  }

  /** A small scene: painted whole, straight onto the canvas, whenever anything changes. */
  #paintDirect(frame: Frame, version: number): void {
    const key = `${version}|${this.#overlayKey(frame)}`;
    if (this.#direct && key === this.#presented) return;
    this.#direct = true;
    this.#presented = key;
    this.#job = null;
    if (this.#front) this.#pool.push(this.#front);
    this.#front = null;
    this.#blank = false;
    const begin = performance.now();
    const steps = paintScene(
      { ctx: this.#ctx, width: this.#width, height: this.#height, margin: 0, dpr: this.#dpr },
      frame,
      this.#tools(this.#ctx, false),
    );
    let step = steps.next();
    while (!step.done) step = steps.next();
    this.placed = step.value;
    this.#ctx.setTransform(this.#dpr, 0, 0, this.#dpr, 0, 0);
    this.#overlays(frame);
    this.#directMs = performance.now() - begin;
  }

  /** Whether to paint in slices: unknown cost, or above SLICE_ABOVE_MS (less once slicing). */
  #expensive(): boolean {
    if (this.#paintMs < 0) return true;
    return this.#paintMs > (this.#job?.sliced ? SLICE_ABOVE_MS / 2 : SLICE_ABOVE_MS);
  }

  /** A layer from the pool (or a new one) at the view's size. */
  #layer(): Layer {
    return this.#sized(this.#pool.pop());
  }

  /** `layer` at the view's size, or a new layer when it is missing or its margin is not the view's. */
  #sized(layer: Layer | undefined): Layer {
    const margin = Math.round(MARGIN * Math.max(this.#width, this.#height));
    if (!layer || layer.margin !== margin) {
      const canvas = document.createElement('canvas');
      // Read back by the flushes of sliced paints: kept in memory, drawn by the CPU.
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      if (!ctx) throw new Error('GraphRenderer: no 2D context for an off-screen canvas');
      layer = { canvas, ctx, version: -1, transform: { k: 1, x: 0, y: 0 }, margin };
    }
    const w = Math.round((this.#width + 2 * margin) * this.#dpr);
    const h = Math.round((this.#height + 2 * margin) * this.#dpr);
    if (layer.canvas.width !== w) layer.canvas.width = w;
    if (layer.canvas.height !== h) layer.canvas.height = h;
    return layer;
  }

  #start(frame: Frame, version: number, sliced: boolean): void {
    if (this.#job) this.#pool.push(this.#job.layer);
    const layer = this.#layer();
    layer.version = version;
    layer.transform = { ...frame.transform };
    // A snapshot: positions may change while a sliced paint is under way.
    const snapshot: Frame = { ...frame, positions: frame.positions.slice() };
    const steps = paintScene(
      {
        ctx: layer.ctx,
        width: this.#width,
        height: this.#height,
        margin: layer.margin,
        dpr: this.#dpr,
      },
      snapshot,
      this.#tools(layer.ctx, sliced),
    );
    this.#job = { layer, steps, sliced, spent: 0 };
  }

  #tools(ctx: CanvasRenderingContext2D, sliced: boolean): PaintTools {
    return {
      sprites: this.#sprites,
      measure: (text) => this.#measure(ctx, text),
      edgesPerChunk: () => (sliced ? this.#edgesPerChunk : 400),
      // Every few items, rasterize what was drawn and look at the time: drawing is cheap to
      // record, and what costs (the rasterizing) must be inside the measure.
      due: () => {
        if (!sliced || ++this.#items % 16 !== 0) return false;
        ctx.getImageData(0, 0, 1, 1);
        return performance.now() - this.#chunkStart > CHUNK_MS;
      },
    };
  }

  #measure(ctx: CanvasRenderingContext2D, text: string): number {
    let width = this.#textWidths.get(text);
    if (width === undefined) {
      ctx.font = FONT;
      width = ctx.measureText(text).width;
      if (this.#textWidths.size > 50_000) this.#textWidths.clear();
      this.#textWidths.set(text, width);
    }
    return width;
  }

  #advance(): void {
    const job = this.#job;
    if (!job) return;
    const begin = performance.now();
    const budget = this.#front === null ? FIRST_BUDGET_MS : BUDGET_MS;
    for (;;) {
      const chunkStart = performance.now();
      this.#chunkStart = chunkStart;
      const step = job.steps.next();
      if (job.sliced) {
        // Rasterize now, inside the budget, rather than in one long flush later: reading a
        // pixel makes the browser carry out the drawing recorded so far.
        job.layer.ctx.getImageData(0, 0, 1, 1);
        if (step.value === 'edges') this.#tune(performance.now() - chunkStart);
      }
      if (step.done) {
        // What painting really cost, rasterizing included: decides how the next is painted.
        if (!job.sliced) job.layer.ctx.getImageData(0, 0, 1, 1);
        job.spent += performance.now() - begin;
        this.#paintMs = job.spent;
        this.placed = step.value;
        if (this.#front) this.#pool.push(this.#front);
        this.#front = job.layer;
        this.#job = null;
        return;
      }
      // Stop before a chunk like the last one would overrun the frame's budget.
      const spent = performance.now() - begin;
      if (job.sliced && spent + (performance.now() - chunkStart) > budget) break;
    }
    job.spent += performance.now() - begin;
  }

  /**
   * Keeps paths of edges near CHUNK_MS each to rasterize, at most 400 lines: fewer on a slow
   * machine, more on a fast one.
   */
  #tune(ms: number): void {
    const factor = Math.min(1.5, Math.max(0.5, CHUNK_MS / Math.max(ms, 0.05)));
    this.#edgesPerChunk = Math.round(Math.min(400, Math.max(25, this.#edgesPerChunk * factor)));
  }

  #present(frame: Frame): void {
    const ctx = this.#ctx;
    const t = frame.transform;
    const key = [
      this.#front?.canvas === undefined ? -1 : this.#front.version,
      this.#front?.transform.k,
      this.#front?.transform.x,
      this.#front?.transform.y,
      this.#overlayKey(frame),
    ].join();
    // The canvas keeps what it shows: nothing to do when none of it changed.
    if (key === this.#presented) return;
    this.#presented = key;
    ctx.setTransform(this.#dpr, 0, 0, this.#dpr, 0, 0);
    ctx.clearRect(0, 0, this.#width, this.#height);
    this.#blank = false;
    const front = this.#front;
    if (front) {
      const s = t.k / front.transform.k;
      const x = t.x - (front.transform.x + front.margin) * s;
      const y = t.y - (front.transform.y + front.margin) * s;
      const w = (this.#width + 2 * front.margin) * s;
      const h = (this.#height + 2 * front.margin) * s;
      ctx.drawImage(front.canvas, x, y, w, h);
    }
    this.#overlays(frame);
  }

  /** What the overlays and the view depend on. */
  #overlayKey(frame: Frame): string {
    const t = frame.transform;
    const e = frame.emphasis;
    const d = e.dragged;
    return [
      t.k,
      t.x,
      t.y,
      e.selected,
      e.hovered,
      e.showFocus ? e.focused : -1,
      d,
      d >= 0 ? frame.positions[2 * d] : 0,
      d >= 0 ? frame.positions[2 * d + 1] : 0,
    ].join();
  }

  /** What changes too often to wait for a layer: rings, and the node being dragged. */
  #overlays(frame: Frame): void {
    const ctx = this.#ctx;
    const { scene, positions: p, transform: t, emphasis: e } = frame;
    const n = scene.nodes.length;
    const at = (i: number): [number, number] => [p[2 * i]! * t.k + t.x, p[2 * i + 1]! * t.k + t.y];
    const radius = (i: number) => screenRadius(scene.nodes[i]!.radius, t.k);
    if (e.dragged >= 0 && e.dragged < n) {
      const [x, y] = at(e.dragged);
      ctx.beginPath();
      const to = scene.adjacencyStart[e.dragged + 1]!;
      for (let j = scene.adjacencyStart[e.dragged]!; j < to; j++) {
        const [ox, oy] = at(scene.adjacency[j]!);
        ctx.moveTo(x, y);
        ctx.lineTo(ox, oy);
      }
      ctx.lineWidth = 1.5;
      ctx.strokeStyle = EMPHASIS.selection;
      ctx.stroke();
      const sprite = this.#sprites.get(
        scene.nodes[e.dragged]!.look,
        radius(e.dragged),
        false,
        true,
      );
      const size = sprite.image.width / this.#dpr;
      ctx.drawImage(sprite.image, x - sprite.half, y - sprite.half, size, size);
    }
    const ring = (i: number, gap: number, width: number, color: string) => {
      if (i < 0 || i >= n || !Number.isFinite(p[2 * i])) return;
      const [x, y] = at(i);
      const extent = SHAPE_EXTENT[NODE_STYLES[scene.nodes[i]!.look].shape];
      ctx.beginPath();
      traceShape(ctx, 'circle', x, y, radius(i) * extent + gap);
      ctx.lineWidth = width + 2;
      ctx.strokeStyle = EMPHASIS.nodeOutline;
      ctx.stroke();
      ctx.lineWidth = width;
      ctx.strokeStyle = color;
      ctx.stroke();
    };
    if (e.hovered !== e.selected) ring(e.hovered, 2, 1.5, EMPHASIS.selection);
    ring(e.selected, 2, 2.5, EMPHASIS.selection);
    if (e.showFocus) ring(e.focused, 6, 3, EMPHASIS.focus);
  }
}
