/**
 * The graph view's engine room, owned by GraphView.svelte: the layout worker, the canvas
 * renderer, d3-zoom, node dragging, hit testing and keyboard focus. Plain TypeScript with
 * intention-named methods; the component pushes props in and gets callbacks out. Draws in
 * requestAnimationFrame, and only when something changed.
 */
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { drag, type D3DragEvent } from 'd3-drag';
import { GraphRenderer, type Transform } from './renderer.ts';
import { NodeIndex } from './hitTest.ts';
import { LayoutClient, createLayoutWorker, type LayoutPort } from './layoutClient.ts';
import { LIVE_NODE_LIMIT, type LayoutReply } from './layoutProtocol.ts';
import { neighboursOf, type GraphScene } from './scene.ts';
import { screenRadius } from './styles.ts';
import { ARROW_KEYS, pickInDirection } from './keyboard.ts';
import { SCALE_EXTENT, between, centredOn, fitTransform, isInView } from './camera.ts';
import type { Box } from './labels.ts';
import { installTestHook, type GraphStats } from './testHook.ts';

export type LayoutState = 'running' | 'settled';
export type Announcement = 'focus' | 'select' | 'clear' | 'no-neighbour';

export interface GraphControllerOptions {
  /** A node was chosen (click, Enter), or the selection cleared (Escape, click on nothing). */
  onselect(selectionId: string | null): void;
  /** Something to say in the live region, about node `index` of the current scene. */
  onannounce(what: Announcement, index: number): void;
  /** Layout running or settled; `progress` in [0, 1] while a large layout runs unseen. */
  onlayout(state: LayoutState, progress: number | null): void;
  reducedMotion(): boolean;
  createPort?: () => LayoutPort;
}

const SEED = 1;
const MOVE_MS = 600;
const DRAG_THRESHOLD = 3;
/** The view counts as moving this long after its last pan or zoom. */
const MOVING_MS = 150;

interface DragSubject {
  index: number;
  x: number;
  y: number;
  moved: boolean;
}

export class GraphController {
  readonly #container: HTMLElement;
  readonly #canvas: HTMLCanvasElement;
  readonly #options: GraphControllerOptions;
  readonly #renderer: GraphRenderer;
  readonly #client: LayoutClient;
  readonly #zoom: ZoomBehavior<HTMLCanvasElement, unknown>;
  readonly #canvasSelection: Selection<HTMLCanvasElement, unknown, null, undefined>;
  readonly #cleanups: (() => void)[] = [];

  #scene: GraphScene | null = null;
  #labelOf: (i: number) => string = () => '';
  #direction: 'ltr' | 'rtl' = 'ltr';
  #importance: Uint32Array = new Uint32Array(0);
  /** What is drawn, in layout units; NaN for nodes not placed yet. */
  #display: Float32Array | null = null;
  #morph: { from: Float32Array; to: Float32Array; start: number } | null = null;
  #index: NodeIndex | null = null;
  #transform: Transform = { k: 1, x: 0, y: 0 };
  #camera = 0;
  #autoFit = true;
  #width = 0;
  #height = 0;
  #dpr = 1;
  #selectedId: string | null = null;
  #selected = -1;
  #hovered = -1;
  #focused = -1;
  #showFocus = false;
  #highlightIds: ReadonlySet<string> = new Set();
  #highlighted: Uint8Array | null = null;
  #pinned: Uint8Array = new Uint8Array(0);
  #frame = 0;
  /** The old picture stays on screen until the new layout ends, then morphs into it. */
  #pendingMorph = false;
  /** Bumped whenever what the layer shows changes; the renderer repaints when it differs. */
  #version = 0;
  #movedAt = -Infinity;
  #idle: ReturnType<typeof setTimeout> | undefined;
  #dragged = -1;
  #dragAt: [number, number] = [0, 0];
  /** The legend's box over the canvas, in canvas CSS pixels. */
  #covered: Box | null = null;
  readonly #stats: GraphStats = {
    startedAt: 0,
    settledAt: null,
    paintedAt: null,
    ticks: 0,
    messages: 0,
    draws: 0,
    drawMs: 0,
    paintMs: -1,
  };

  constructor(container: HTMLElement, canvas: HTMLCanvasElement, options: GraphControllerOptions) {
    this.#container = container;
    this.#canvas = canvas;
    this.#options = options;
    this.#renderer = new GraphRenderer(canvas);
    const port = options.createPort?.() ?? (createLayoutWorker() as unknown as LayoutPort);
    this.#client = new LayoutClient(port, (reply) => this.#receive(reply));
    this.#canvasSelection = select(canvas);
    this.#zoom = zoom<HTMLCanvasElement, unknown>()
      .scaleExtent(SCALE_EXTENT)
      .filter((event: MouseEvent) => {
        // A double click on a node unpins it: it must not zoom too.
        if (event.type === 'dblclick') return this.#hitEvent(event) < 0;
        return (!event.ctrlKey || event.type === 'wheel') && !event.button;
      })
      .on('zoom', (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
        const { k, x, y } = event.transform;
        this.#transform = { k, x, y };
        if (event.sourceEvent) {
          this.#autoFit = false;
          cancelAnimationFrame(this.#camera);
        }
        this.#movedAt = performance.now();
        this.#redraw();
      });
    this.#zoom.duration(options.reducedMotion() ? 0 : 250);
    this.#canvasSelection.call(this.#dragBehaviour()).call(this.#zoom);
    this.#listen(canvas, 'click', (e) => this.#click(e as MouseEvent));
    this.#listen(canvas, 'dblclick', (e) => this.#doubleClick(e as MouseEvent));
    this.#listen(canvas, 'pointermove', (e) => {
      if (this.#dragged < 0) this.#hover(this.#hitEvent(e as PointerEvent));
    });
    this.#listen(canvas, 'pointerleave', () => this.#hover(-1));
    this.#listen(container, 'keydown', (e) => this.#key(e as KeyboardEvent));
    this.#listen(container, 'focus', () => this.#setShowFocus(container.matches(':focus-visible')));
    this.#listen(container, 'blur', () => this.#setShowFocus(false));
    const observer = new ResizeObserver(() => this.#resize());
    observer.observe(container);
    this.#cleanups.push(() => observer.disconnect());
    this.#cleanups.push(
      installTestHook({
        positionOf: (id) => this.positionOf(id),
        stats: () => ({ ...this.#stats }),
      }),
    );
    this.#resize();
  }

  /** Shows a new scene: lays it out afresh unless only its looks changed. */
  setScene(scene: GraphScene): void {
    const previous = this.#scene;
    this.#scene = scene;
    this.#importance = importanceOrder(scene);
    this.#selected = this.#indexOf(this.#selectedId);
    this.#hovered = -1;
    this.#focused = -1;
    this.#dragged = -1;
    this.#highlighted = this.#highlightFlags();
    if (previous && sameLayout(previous, scene) && this.#display) {
      this.#invalidate();
      return;
    }
    const pinned = new Uint8Array(scene.nodes.length);
    const from = new Float32Array(scene.nodes.length * 2).fill(NaN);
    if (previous && this.#display) {
      const old = new Map(previous.nodes.map((n, i) => [n.id, i]));
      scene.nodes.forEach((n, i) => {
        const j = old.get(n.id);
        if (j === undefined) return;
        pinned[i] = this.#pinned[j] ?? 0;
        from[2 * i] = this.#display![2 * j]!;
        from[2 * i + 1] = this.#display![2 * j + 1]!;
      });
    }
    this.#pinned = pinned;
    this.#morph = null;
    const keepPicture = previous !== null && this.#display !== null;
    this.#display = keepPicture ? from : null;
    this.#pendingMorph = keepPicture;
    this.#index = null;
    const live =
      !keepPicture && scene.nodes.length <= LIVE_NODE_LIMIT && !this.#options.reducedMotion();
    this.#stats.startedAt = performance.now();
    this.#stats.settledAt = null;
    this.#stats.paintedAt = null;
    this.#client.layout(scene, SEED, live);
    this.#prepareWhenIdle();
    this.#report('running', live ? null : 0);
    this.#invalidate();
  }

  /** How to name node i of the current scene (called for the few nodes that get a label). */
  setLabels(labelOf: (i: number) => string, direction: 'ltr' | 'rtl'): void {
    this.#labelOf = labelOf;
    this.#direction = direction;
    this.#invalidate();
  }

  /** Where the legend covers the canvas; the picture fits beside it, labels avoid it. */
  setCovered(box: Box | null): void {
    const old = this.#covered;
    if (
      old === box ||
      (old &&
        box &&
        old.x === box.x &&
        old.y === box.y &&
        old.width === box.width &&
        old.height === box.height)
    )
      return;
    this.#covered = box;
    if (this.#autoFit) this.#fit(false);
    this.#invalidate();
  }

  /** The selection changed (here or elsewhere): highlight its node and bring it into view. */
  setSelected(selectionId: string | null): void {
    if (selectionId === this.#selectedId) return;
    this.#selectedId = selectionId;
    this.#selected = this.#indexOf(selectionId);
    const i = this.#selected;
    const p = this.#display;
    if (i >= 0 && p && Number.isFinite(p[2 * i])) {
      const [x, y] = [p[2 * i]!, p[2 * i + 1]!];
      if (!isInView(this.#transform, x, y, this.#width, this.#height, 24)) {
        this.#autoFit = false;
        this.#moveCamera(centredOn(this.#transform, x, y, this.#width, this.#height));
      }
    }
    this.#invalidate();
  }

  setHighlight(ids: ReadonlySet<string>): void {
    this.#highlightIds = ids;
    this.#highlighted = this.#highlightFlags();
    this.#invalidate();
  }

  /** Where a node is drawn, in page CSS pixels; null when it is not in the graph. */
  positionOf(selectionId: string): { x: number; y: number } | null {
    const i = this.#indexOf(selectionId);
    const p = this.#display;
    if (i < 0 || !p || !Number.isFinite(p[2 * i])) return null;
    const rect = this.#canvas.getBoundingClientRect();
    const t = this.#transform;
    return { x: rect.left + p[2 * i]! * t.k + t.x, y: rect.top + p[2 * i + 1]! * t.k + t.y };
  }

  destroy(): void {
    cancelAnimationFrame(this.#frame);
    clearTimeout(this.#idle);
    cancelAnimationFrame(this.#camera);
    for (const cleanup of this.#cleanups) cleanup();
    this.#canvasSelection.on('.zoom', null).on('.drag', null);
    this.#client.destroy();
  }

  #report(state: LayoutState, progress: number | null): void {
    const now = performance.now();
    if (state === 'running' && this.#stats.settledAt !== null) {
      this.#stats.startedAt = now;
      this.#stats.settledAt = null;
      this.#stats.paintedAt = null;
    }
    if (state === 'settled' && this.#stats.settledAt === null) this.#stats.settledAt = now;
    this.#options.onlayout(state, progress);
  }

  #listen(target: EventTarget, type: string, handler: (event: Event) => void): void {
    target.addEventListener(type, handler);
    this.#cleanups.push(() => target.removeEventListener(type, handler));
  }

  #indexOf(selectionId: string | null): number {
    if (selectionId === null) return -1;
    return this.#scene?.indexOfSelection.get(selectionId) ?? -1;
  }

  #highlightFlags(): Uint8Array | null {
    const scene = this.#scene;
    if (!scene || this.#highlightIds.size === 0) return null;
    const flags = new Uint8Array(scene.nodes.length);
    for (const id of this.#highlightIds) {
      const i = scene.indexOfSelection.get(id);
      if (i !== undefined) flags[i] = 1;
    }
    return flags;
  }

  #receive(reply: LayoutReply): void {
    this.#stats.messages++;
    if (reply.type !== 'error') this.#stats.ticks = reply.tick;
    if (reply.type === 'error') {
      console.error(`Graph layout: ${reply.message}`);
      return;
    }
    if (reply.type === 'progress') {
      this.#report('running', Math.min(1, reply.tick / reply.total));
      return;
    }
    if (reply.type === 'end' && this.#pendingMorph && this.#display) {
      this.#startMorph(this.#display, reply.positions);
    } else {
      this.#morph = null;
      this.#display = reply.positions;
      this.#index = null;
      // The worker may answer a pin the pointer has since left: the node stays under it.
      if (this.#dragged >= 0) {
        reply.positions[2 * this.#dragged] = this.#dragAt[0];
        reply.positions[2 * this.#dragged + 1] = this.#dragAt[1];
      }
      if (this.#autoFit) this.#fit(false);
    }
    this.#pendingMorph = false;
    if (reply.type === 'end' && this.#morph === null) this.#report('settled', null);
    else if (reply.type === 'positions') this.#report('running', null);
    this.#invalidate();
  }

  #startMorph(from: Float32Array, to: Float32Array): void {
    if (this.#options.reducedMotion()) {
      this.#display = to;
      this.#index = null;
      if (this.#autoFit) this.#fit(false);
      return;
    }
    this.#morph = { from, to, start: performance.now() };
    this.#display = new Float32Array(to.length);
    if (this.#autoFit) {
      const n = to.length / 2;
      this.#moveCamera(fitTransform(to, n, this.#width, this.#height, this.#covered));
    }
  }

  #fit(animate: boolean): void {
    const p = this.#display;
    if (!p) return;
    const target = fitTransform(p, p.length / 2, this.#width, this.#height, this.#covered);
    if (animate) this.#moveCamera(target);
    else this.#applyTransform(target);
  }

  #applyTransform(t: Transform): void {
    this.#zoom.transform(this.#canvasSelection, zoomIdentity.translate(t.x, t.y).scale(t.k));
  }

  /** Moves the camera, eased, or at once under prefers-reduced-motion. */
  #moveCamera(target: Transform): void {
    cancelAnimationFrame(this.#camera);
    if (this.#options.reducedMotion()) {
      this.#applyTransform(target);
      return;
    }
    const start = performance.now();
    const from = this.#transform;
    const step = (now: number) => {
      const f = Math.min(1, (now - start) / MOVE_MS);
      this.#applyTransform(between(from, target, f));
      if (f < 1) this.#camera = requestAnimationFrame(step);
    };
    this.#camera = requestAnimationFrame(step);
  }

  /**
   * While the worker lays out, the page is idle: get the paint layers ready and the names of
   * the best connected nodes (the first to get labels), a small task at a time.
   */
  #prepareWhenIdle(): void {
    const idle = (task: () => void) =>
      'requestIdleCallback' in window ? requestIdleCallback(task) : setTimeout(task, 50);
    const names = () => {
      const order = this.#importance;
      for (let j = 0; j < Math.min(400, order.length); j++) this.#labelOf(order[j]!);
    };
    const layers = () => {
      const scene = this.#scene;
      if (scene && this.#renderer.prepare(scene)) idle(layers);
      else idle(names);
    };
    idle(layers);
  }

  #resize(): void {
    const rect = this.#container.getBoundingClientRect();
    this.#width = Math.max(1, Math.floor(rect.width));
    this.#height = Math.max(1, Math.floor(rect.height));
    this.#dpr = window.devicePixelRatio || 1;
    this.#renderer.resize(this.#width, this.#height, this.#dpr);
    if (this.#autoFit) this.#fit(false);
    this.#invalidate();
  }

  /** Something painted in the layer changed (positions, emphasis, labels...): paint it again. */
  #invalidate(): void {
    this.#version++;
    this.#redraw();
  }

  /** Only the view or an overlay changed: a frame, without painting the layer again. */
  #redraw(): void {
    if (this.#frame === 0) this.#frame = requestAnimationFrame(() => this.#draw());
  }

  #draw(): void {
    this.#frame = 0;
    const scene = this.#scene;
    if ((window.devicePixelRatio || 1) !== this.#dpr) this.#resize();
    if (this.#morph && this.#display) {
      const { from, to, start } = this.#morph;
      const f = Math.min(1, (performance.now() - start) / MOVE_MS);
      const e = f < 0.5 ? 2 * f * f : 1 - Math.pow(-2 * f + 2, 2) / 2;
      const out = this.#display;
      for (let i = 0; i < to.length; i++) {
        const a = from[i]!;
        out[i] = Number.isFinite(a) ? a + (to[i]! - a) * e : to[i]!;
      }
      this.#index = null;
      if (f >= 1) {
        this.#morph = null;
        this.#display = to;
        this.#report('settled', null);
      } else this.#invalidate();
    }
    if (!scene || !this.#display) {
      this.#renderer.clear();
      return;
    }
    const drawStart = performance.now();
    const moving = drawStart - this.#movedAt < MOVING_MS;
    const result = this.#renderer.frame(
      {
        scene,
        positions: this.#display,
        labelOf: this.#labelOf,
        importance: this.#importance,
        transform: this.#transform,
        direction: this.#direction,
        covered: this.#covered,
        emphasis: {
          selected: this.#selected,
          hovered: this.#hovered,
          focused: this.#focused,
          showFocus: this.#showFocus,
          highlighted: this.#highlighted,
          pinned: this.#pinned,
          dragged: this.#dragged,
        },
      },
      this.#version,
      moving,
    );
    this.#stats.draws++;
    this.#stats.drawMs = performance.now() - drawStart;
    this.#stats.paintMs = this.#renderer.paintMs;
    if (result === 'done' && this.#stats.settledAt !== null) {
      this.#stats.paintedAt ??= performance.now();
    }
    if (result === 'more') this.#redraw();
    else if (result === 'idle') {
      clearTimeout(this.#idle);
      this.#idle = setTimeout(() => this.#redraw(), MOVING_MS + 10);
    }
  }

  // Pointer: hit testing, hover, click, drag.

  #hitAt(sx: number, sy: number): number {
    const scene = this.#scene;
    const p = this.#display;
    if (!scene || !p) return -1;
    this.#index ??= new NodeIndex(p, scene.nodes.length);
    const t = this.#transform;
    const slop = 3;
    const radiusOf = (i: number) => (screenRadius(scene.nodes[i]!.radius, t.k) * 1.3 + slop) / t.k;
    const max = (screenRadius(26, t.k) * 1.5 + slop) / t.k;
    return this.#index.hit((sx - t.x) / t.k, (sy - t.y) / t.k, radiusOf, max);
  }

  #hitEvent(event: MouseEvent): number {
    const rect = this.#canvas.getBoundingClientRect();
    return this.#hitAt(event.clientX - rect.left, event.clientY - rect.top);
  }

  #hover(index: number): void {
    // While a node is dragged, the pointer is on it: no need to search the quadtree.
    if (this.#dragged >= 0 || index === this.#hovered) return;
    this.#hovered = index;
    this.#canvas.style.cursor = index >= 0 ? 'pointer' : '';
    this.#invalidate();
  }

  #click(event: MouseEvent): void {
    const i = this.#hitEvent(event);
    const node = i >= 0 ? this.#scene?.nodes[i] : undefined;
    if (node) this.#focused = i;
    this.#options.onselect(node ? node.selectionId : null);
  }

  #doubleClick(event: MouseEvent): void {
    const i = this.#hitEvent(event);
    const node = i >= 0 ? this.#scene?.nodes[i] : undefined;
    if (!node || !this.#pinned[i]) return;
    this.#pinned[i] = 0;
    this.#client.unpin(node.id);
    this.#invalidate();
  }

  #dragBehaviour() {
    type Event = D3DragEvent<HTMLCanvasElement, unknown, DragSubject>;
    return drag<HTMLCanvasElement, unknown, DragSubject>()
      .container(() => this.#canvas)
      .subject((event: Event) => {
        const index = this.#hitAt(event.x, event.y);
        return (index < 0 ? null : { index, x: event.x, y: event.y, moved: false }) as DragSubject;
      })
      .on('drag', (event: Event) => {
        const s = event.subject;
        const node = this.#scene?.nodes[s.index];
        const p = this.#display;
        if (!node || !p) return;
        if (!s.moved && Math.hypot(event.x - s.x, event.y - s.y) < DRAG_THRESHOLD) return;
        s.moved = true;
        const t = this.#transform;
        const x = (event.x - t.x) / t.k;
        const y = (event.y - t.y) / t.k;
        p[2 * s.index] = x;
        p[2 * s.index + 1] = y;
        this.#dragAt = [x, y];
        this.#index = null;
        this.#autoFit = false;
        this.#client.pin(node.id, x, y, true);
        if (this.#dragged !== s.index) {
          this.#dragged = s.index;
          this.#pinned[s.index] = 1;
          this.#invalidate();
        } else this.#redraw();
      })
      .on('end', (event: Event) => {
        const s = event.subject;
        const node = this.#scene?.nodes[s.index];
        const p = this.#display;
        if (!s.moved || !node || !p) return;
        // Where the pointer left it: the display may hold a worker's answer to an older pin.
        const [x, y] = this.#dragAt;
        p[2 * s.index] = x;
        p[2 * s.index + 1] = y;
        this.#client.pin(node.id, x, y, false);
        this.#dragged = -1;
        this.#invalidate();
      });
  }

  // Keyboard: arrows walk the edges, Enter selects, Escape clears, + - 0 zoom.

  #setShowFocus(show: boolean): void {
    this.#showFocus = show;
    this.#invalidate();
  }

  #key(event: KeyboardEvent): void {
    const scene = this.#scene;
    const p = this.#display;
    if (!scene || !p || event.altKey || event.ctrlKey || event.metaKey) return;
    const direction = ARROW_KEYS[event.key];
    const t = this.#transform;
    const screenOf = (i: number) => ({
      index: i,
      x: p[2 * i]! * t.k + t.x,
      y: p[2 * i + 1]! * t.k + t.y,
    });
    let handled = true;
    if (direction && event.shiftKey) {
      const step = 80;
      const dx = direction === 'left' ? step : direction === 'right' ? -step : 0;
      const dy = direction === 'up' ? step : direction === 'down' ? -step : 0;
      this.#autoFit = false;
      this.#zoom.translateBy(this.#canvasSelection, dx / t.k, dy / t.k);
    } else if (direction) {
      let next: number;
      if (this.#focused < 0 || this.#focused >= scene.nodes.length) {
        next = this.#selected >= 0 ? this.#selected : (this.#importance[0] ?? -1);
      } else {
        const neighbours = Array.from(neighboursOf(scene, this.#focused), screenOf).filter((c) =>
          Number.isFinite(c.x),
        );
        next = pickInDirection(screenOf(this.#focused), neighbours, direction) ?? -1;
        if (next < 0) this.#options.onannounce('no-neighbour', this.#focused);
      }
      if (next >= 0) this.#focusNode(next);
    } else if (event.key === 'Enter' || event.key === ' ') {
      const node = scene.nodes[this.#focused];
      if (node) {
        this.#options.onselect(node.selectionId);
        this.#options.onannounce('select', this.#focused);
      } else handled = false;
    } else if (event.key === 'Escape') {
      const had = this.#focused >= 0 || this.#selectedId !== null;
      this.#focused = -1;
      this.#options.onselect(null);
      if (had) this.#options.onannounce('clear', -1);
      handled = had;
    } else if (event.key === '+' || event.key === '=' || event.key === '-') {
      this.#autoFit = false;
      const factor = event.key === '-' ? 1 / 1.5 : 1.5;
      this.#zoom.scaleBy(this.#canvasSelection, factor, [this.#width / 2, this.#height / 2]);
    } else if (event.key === '0') {
      this.#autoFit = true;
      this.#fit(true);
    } else handled = false;
    if (handled) {
      event.preventDefault();
      this.#setShowFocus(true);
    }
  }

  #focusNode(i: number): void {
    const p = this.#display;
    this.#focused = i;
    this.#options.onannounce('focus', i);
    if (p && !isInView(this.#transform, p[2 * i]!, p[2 * i + 1]!, this.#width, this.#height, 24)) {
      this.#autoFit = false;
      this.#moveCamera(
        centredOn(this.#transform, p[2 * i]!, p[2 * i + 1]!, this.#width, this.#height),
      );
    }
    this.#invalidate();
  }
}

/** Node indices by decreasing degree (ties: graph order): who gets a label first. */
export function importanceOrder(scene: GraphScene): Uint32Array {
  const order = Uint32Array.from(scene.nodes.keys());
  return order.sort((a, b) => scene.nodes[b]!.degree - scene.nodes[a]!.degree || a - b);
}

function sameLayout(a: GraphScene, b: GraphScene): boolean {
  if (a.nodes.length !== b.nodes.length || a.links.length !== b.links.length) return false;
  for (let i = 0; i < a.nodes.length; i++) if (a.nodes[i]!.id !== b.nodes[i]!.id) return false;
  for (let i = 0; i < a.links.length; i++) if (a.links[i] !== b.links[i]) return false;
  return true;
}
