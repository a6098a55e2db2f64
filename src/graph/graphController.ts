/**
 * The graph view's coordinator, owned by GraphView.svelte: the component pushes props in
 * (setScene, setSelected, ...) and gets callbacks out. The work is done by parts that are
 * each tested alone:
 *
 * - layoutClient.ts: the layout worker (positions arrive as replies);
 * - positions.ts: what is drawn where, the pins (the page's word wins) and the morph;
 * - graphCamera.ts: d3-zoom, fitting, eased moves;
 * - graphPointer.ts: hit testing, hover, click, double click, dragging to pin;
 * - keyboard.ts: keys as intentions, arrows walking the edges;
 * - frameLoop.ts: when to draw (invalidate: a layer changed; redraw: only the view did);
 * - renderer.ts: drawing, on canvas.
 *
 * This file wires them and keeps the little state they share: the scene, selection, focus.
 */
import { GraphRenderer } from './renderer.ts';
import { LayoutClient, type LayoutPort } from './layoutClient.ts';
import { createLayoutPort } from './layoutPort.ts';
import { LAYOUT_SEED, LIVE_NODE_LIMIT, type LayoutReply } from './layoutProtocol.ts';
import { neighboursOf, type GraphScene } from './scene.ts';
import {
  keyIntention,
  pickInDirection,
  walkTarget,
  type Direction,
  type KeyIntention,
} from './keyboard.ts';
import { TYPE_AHEAD_PAUSE, typeAhead, typeAheadWord } from '../model/typeAhead.ts';
import type { Box } from './labels.ts';
import { GraphCamera } from './graphCamera.ts';
import { fitTransform, positionsOf } from './camera.ts';
import type { Transform } from './renderer.ts';
import { GraphPointer, NodeHitter } from './graphPointer.ts';
import { FrameLoop, type DrawResult } from './frameLoop.ts';
import { LayoutPositions } from './positions.ts';
import { installTestHook, type GraphStats } from './testHook.ts';
import type { GraphPicture } from './picture.ts';

export type LayoutState = 'running' | 'settled';
export type Announcement = 'focus' | 'select' | 'clear' | 'no-neighbour' | 'no-match';

export interface GraphControllerOptions {
  /** A node was chosen (click, Enter), or the selection cleared (Escape, click on nothing). */
  onselect(selectionId: string | null): void;
  /** Something to say in the live region, about node `index` of the current scene. */
  onannounce(what: Announcement, index: number): void;
  /** Layout running or settled; `progress` in [0, 1] while a large layout runs unseen. */
  onlayout(state: LayoutState, progress: number | null): void;
  reducedMotion(): boolean;
  createPort?: () => LayoutPort;
  /** Where browser tests and benchmarks find the read-only hook: the view's root element. */
  hookElement?: HTMLElement;
}

export class GraphController {
  readonly #container: HTMLElement;
  readonly #canvas: HTMLCanvasElement;
  readonly #options: GraphControllerOptions;
  readonly #renderer: GraphRenderer;
  readonly #client: LayoutClient;
  readonly #positions = new LayoutPositions();
  readonly #hitter = new NodeHitter();
  readonly #pointer: GraphPointer;
  readonly #camera: GraphCamera;
  readonly #frames: FrameLoop;
  readonly #cleanups: (() => void)[] = [];

  #scene: GraphScene | null = null;
  #labelOf: (i: number) => string = () => '';
  #direction: 'ltr' | 'rtl' = 'ltr';
  #importance: Uint32Array = new Uint32Array(0);
  #dpr = 1;
  #width = 1;
  #height = 1;
  /** Whether the size above was measured (see the constructor's ResizeObserver). */
  #sized = false;
  #selectedId: string | null = null;
  #selected = -1;
  #focused = -1;
  #showFocus = false;
  /** The person asked for the whole graph (key 0): the camera leaves the selection's frame. */
  #showAll = false;
  #steady = false;
  #insetBottom = 0;
  /** The selection last chosen in the graph itself: it does not move the camera. */
  #chosenHere: string | null = null;
  /** The word typed so far for type-ahead, and when its last key came (event time). */
  #typed = '';
  #typedAt = -Infinity;
  /** The current layout continues the picture: its progress is not shown. */
  #quiet = false;
  #highlightIds: ReadonlySet<string> = new Set();
  #highlighted: Uint8Array | null = null;
  #idle: ReturnType<typeof setTimeout> | undefined;
  /** The legend's box over the canvas, in canvas CSS pixels. */
  #covered: Box | null = null;
  /** Selection ids the camera frames instead of the whole picture (a presenter's step). */
  #frameIds: readonly string[] | null = null;
  readonly #port: LayoutPort;
  readonly #stats: Omit<GraphStats, 'layoutRunsOn' | 'layoutLongestTaskMs'> = {
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
    const port = options.createPort?.() ?? createLayoutPort();
    this.#port = port;
    this.#client = new LayoutClient(port, (reply) => this.#receive(reply));
    this.#frames = new FrameLoop({ draw: (moving) => this.#draw(moving) });
    // The pointer's d3-drag before the camera's d3-zoom: a press on a node drags the node.
    this.#pointer = new GraphPointer(canvas, {
      hitAt: (sx, sy) => this.#hitAt(sx, sy),
      toLayout: (sx, sy) => this.#camera.toLayout(sx, sy),
      onhover: () => this.#frames.invalidate(),
      onclick: (i) => this.#click(i),
      ondoubleclick: (i) => this.#unpin(i),
      ondrag: (i, x, y, first) => this.#drag(i, x, y, first),
      ondrop: (i, x, y) => this.#drop(i, x, y),
    });
    this.#camera = new GraphCamera(canvas, {
      reducedMotion: options.reducedMotion,
      onNode: (event) => this.#pointer.hitEvent(event) >= 0,
      onchange: () => {
        this.#frames.moved();
        this.#frames.redraw();
      },
    });
    this.#listen(container, 'keydown', (e) => this.#key(e as KeyboardEvent));
    this.#listen(container, 'focus', () => this.#setShowFocus(container.matches(':focus-visible')));
    this.#listen(container, 'blur', () => this.#setShowFocus(false));
    // Sized at the observer's first call, once the browser has laid the page out (reading the
    // size here would lay it out in this task); nothing is drawn before then.
    const observer = new ResizeObserver(() => this.#resize());
    observer.observe(container);
    this.#cleanups.push(() => observer.disconnect());
    this.#cleanups.push(
      installTestHook(options.hookElement ?? container, {
        positionOf: (id) => this.positionOf(id),
        layoutPositionOf: (id) => {
          const i = this.#indexOf(id);
          const p = this.#positions.display;
          if (i < 0 || !p || !Number.isFinite(p[2 * i])) return null;
          return { x: p[2 * i]!, y: p[2 * i + 1]! };
        },
        stats: () => ({
          ...this.#stats,
          layoutRunsOn: this.#port.where ?? 'worker',
          layoutLongestTaskMs: this.#port.longestTaskMs ?? null,
        }),
        scale: () => this.#camera.transform.k,
        fitAllScale: () => this.#camera.fitAllScale(this.#positions.display, this.#covered),
        labels: () =>
          this.#renderer.placed.map((p) => ({
            id: this.#scene?.nodes[p.index]?.selectionId ?? '',
            text: this.#labelOf(p.index),
            direction: p.direction,
          })),
      }),
    );
  }

  /** Shows a new scene: lays it out afresh unless only its looks changed. */
  setScene(scene: GraphScene): void {
    const previous = this.#scene;
    this.#scene = scene;
    this.#importance = scene.importance;
    this.#selected = this.#indexOf(this.#selectedId);
    this.#focused = -1;
    this.#highlighted = this.#highlightFlags();
    if (previous && sameLayout(previous, scene) && this.#positions.display) {
      this.#frames.invalidate();
      return;
    }
    this.#pointer.newNodeSet();
    const ids = scene.nodes.map((n) => n.id);
    const keepPicture = this.#positions.newNodeSet(previous?.nodes.map((n) => n.id) ?? null, ids);
    const live =
      !keepPicture && scene.nodes.length <= LIVE_NODE_LIMIT && !this.#options.reducedMotion();
    // Steady (timeline playback): the layout continues the picture on screen, which stays
    // until the new one eases in; no progress box covers it.
    this.#quiet = this.#steady && keepPicture;
    const start = this.#quiet ? (this.#positions.display ?? undefined) : undefined;
    this.#stats.startedAt = performance.now();
    this.#stats.settledAt = null;
    this.#stats.paintedAt = null;
    this.#client.layout(scene, LAYOUT_SEED, live, start);
    this.#prepareWhenIdle();
    this.#report('running', live || this.#quiet ? null : 0);
    this.#frames.invalidate();
  }

  /** Pixels at the bottom of the view a sheet covers: selections are framed above them. */
  setInsetBottom(pixels: number): void {
    if (pixels === this.#insetBottom) return;
    this.#insetBottom = pixels;
    const p = this.#positions.display;
    if (this.#camera.autoFit && p && this.#selected >= 0) this.#camera.moveTo(this.#frameOf(p));
  }

  /**
   * Whether new node sets continue the picture (timeline playback: nodes stay where they were,
   * new ones appear beside their neighbours) instead of the seeded layout a link reproduces.
   */
  setSteady(steady: boolean): void {
    this.#steady = steady;
  }

  /** How to name node i of the current scene (called for the few nodes that get a label). */
  setLabels(labelOf: (i: number) => string, direction: 'ltr' | 'rtl'): void {
    this.#labelOf = labelOf;
    this.#direction = direction;
    this.#frames.invalidate();
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
    this.#follow();
    this.#frames.invalidate();
  }

  /**
   * The selection changed (here or elsewhere): highlight its node and frame it with its
   * neighbours, zoomed so that their names are readable. The camera follows the selection
   * (after a layout, a resize) until a person pans or zooms.
   */
  setSelected(selectionId: string | null): void {
    if (selectionId === this.#selectedId) return;
    this.#selectedId = selectionId;
    this.#selected = this.#indexOf(selectionId);
    this.#showAll = false;
    // Chosen here (a click, Enter): the person is looking at it already; the camera stays.
    const here = selectionId !== null && selectionId === this.#chosenHere;
    this.#chosenHere = null;
    if (this.#selected >= 0 && !here) {
      this.#camera.autoFit = true;
      const p = this.#positions.display;
      if (p && !this.#positions.morphing) this.#camera.moveTo(this.#frameOf(p));
    }
    this.#frames.invalidate();
  }

  /** Frames these nodes (and follows them through the layout) instead of the whole picture. */
  setFrame(ids: readonly string[] | null): void {
    this.#frameIds = ids && ids.length > 0 ? ids : null;
    this.#follow();
  }

  /** The framed nodes' positions (a presenter's step) when at least two are drawn, else null. */
  #framed(p: Float32Array): Float32Array | null {
    const ids = this.#frameIds;
    const scene = this.#scene;
    if (!ids || !scene) return null;
    const out: number[] = [];
    for (const id of ids) {
      const i = scene.indexOfSelection.get(id);
      if (i !== undefined && Number.isFinite(p[2 * i])) out.push(p[2 * i]!, p[2 * i + 1]!);
    }
    return out.length > 2 ? new Float32Array(out) : null;
  }

  setHighlight(ids: ReadonlySet<string>): void {
    this.#highlightIds = ids;
    this.#highlighted = this.#highlightFlags();
    this.#frames.invalidate();
  }

  /** Where a node is drawn, in page CSS pixels; null when it is not in the graph. */
  positionOf(selectionId: string): { x: number; y: number } | null {
    const i = this.#indexOf(selectionId);
    const p = this.#positions.display;
    if (i < 0 || !p || !Number.isFinite(p[2 * i])) return null;
    const rect = this.#canvas.getBoundingClientRect();
    const { x, y } = this.#camera.toScreen(p[2 * i]!, p[2 * i + 1]!);
    // Page pixels per canvas pixel: 1, or the zoom of a zoomed stage.
    const zoom =
      rect.width > 0 && this.#canvas.clientWidth > 0 ? rect.width / this.#canvas.clientWidth : 1;
    return { x: rect.left + x * zoom, y: rect.top + y * zoom };
  }

  /** What the view shows now, for exports (a copy: later moves do not change it); null before the first positions. */
  picture(): GraphPicture | null {
    const scene = this.#scene;
    const positions = this.#positions.display;
    if (!scene || !positions) return null;
    return {
      scene,
      positions: positions.slice(),
      transform: { ...this.#camera.transform },
      width: this.#width,
      height: this.#height,
      labelOf: this.#labelOf,
      importance: this.#importance,
      selected: this.#selected,
      highlighted: this.#highlighted,
      pinned: this.#positions.pinned.slice(),
      direction: this.#direction,
    };
  }

  destroy(): void {
    this.#frames.destroy();
    clearTimeout(this.#idle);
    for (const cleanup of this.#cleanups) cleanup();
    this.#pointer.destroy();
    this.#camera.destroy();
    this.#client.destroy();
  }

  /** Frames the selection, or the whole picture, at once, when the camera follows. */
  #follow(): void {
    const p = this.#positions.display;
    if (this.#camera.autoFit && p) this.#camera.set(this.#frameOf(p));
  }

  /**
   * Where the camera goes to show `positions`: the nodes a presenter's step frames, whatever is
   * selected (a step looks the same however it is reached); else the selected node with its
   * neighbours when one is selected and placed; else every node.
   */
  #frameOf(positions: Float32Array): Transform {
    const scene = this.#scene;
    const i = this.#selected;
    const { width } = this.#camera;
    // A sheet over the bottom of the view (phones): the picture is framed above it.
    const height = Math.max(this.#camera.height / 3, this.#camera.height - this.#insetBottom);
    if (this.#frameIds) {
      const framed = this.#framed(positions) ?? positions;
      return fitTransform(framed, framed.length / 2, width, height, this.#covered);
    }
    if (scene && i >= 0 && !this.#showAll && Number.isFinite(positions[2 * i])) {
      const subset = positionsOf(positions, [i, ...neighboursOf(scene, i)]);
      // fitTransform never magnifies more than 2.5x: a lone node is not blown up.
      return fitTransform(subset, subset.length / 2, width, height, this.#covered, 48);
    }
    return fitTransform(positions, positions.length / 2, width, height, this.#covered);
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
    if (reply.type === 'error') {
      console.error(`Graph layout: ${reply.message}`);
      return;
    }
    this.#stats.ticks = reply.tick;
    if (reply.type === 'progress') {
      this.#report('running', this.#quiet ? null : Math.min(1, reply.tick / reply.total));
      return;
    }
    const now = performance.now();
    const got = this.#positions.receive(reply, this.#options.reducedMotion(), now);
    if (got.kind === 'morph') {
      if (this.#camera.autoFit) this.#camera.moveTo(this.#frameOf(got.to));
    } else if (got.kind === 'positions') {
      this.#follow();
      this.#report(got.settled ? 'settled' : 'running', null);
    }
    this.#frames.invalidate();
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
    // The layout size, not the drawn one: under CSS zoom (the presenter's stage) the bounding
    // rectangle is the zoomed size, and a canvas that size would be zoomed once more.
    const width = Math.max(1, this.#container.clientWidth);
    const height = Math.max(1, this.#container.clientHeight);
    this.#dpr = window.devicePixelRatio || 1;
    this.#width = width;
    this.#height = height;
    this.#sized = true;
    this.#camera.resize(width, height);
    this.#renderer.resize(width, height, this.#dpr);
    this.#follow();
    this.#frames.invalidate();
  }

  #draw(moving: boolean): DrawResult {
    const scene = this.#scene;
    // The first frame may come before the first measure; #resize asks for another.
    if (!this.#sized) return 'done';
    if ((window.devicePixelRatio || 1) !== this.#dpr) this.#resize();
    if (this.#positions.morphing) {
      // The positions moved: this frame paints them, and the next one goes on.
      this.#frames.invalidate();
      if (this.#positions.stepMorph(performance.now())) this.#report('settled', null);
    }
    const positions = this.#positions.display;
    if (!scene || !positions) {
      this.#renderer.clear();
      return 'done';
    }
    const drawStart = performance.now();
    const result = this.#renderer.frame(
      {
        scene,
        positions,
        labelOf: this.#labelOf,
        importance: this.#importance,
        transform: this.#camera.transform,
        direction: this.#direction,
        covered: this.#covered,
        emphasis: {
          selected: this.#selected,
          hovered: this.#pointer.hovered,
          focused: this.#focused,
          showFocus: this.#showFocus,
          highlighted: this.#highlighted,
          pinned: this.#positions.pinned,
          dragged: this.#pointer.dragged,
        },
      },
      this.#frames.version,
      moving,
    );
    this.#stats.draws++;
    this.#stats.drawMs = performance.now() - drawStart;
    this.#stats.paintMs = this.#renderer.paintMs;
    if (result === 'done' && this.#stats.settledAt !== null) {
      this.#stats.paintedAt ??= performance.now();
    }
    return result;
  }

  // Pointer: what the hit test, clicks and drags mean here.

  #hitAt(sx: number, sy: number): number {
    const scene = this.#scene;
    const p = this.#positions.display;
    if (!scene || !p) return -1;
    const t = this.#camera.transform;
    return this.#hitter.hit(scene, p, this.#positions.version, t, sx, sy);
  }

  #click(i: number): void {
    const node = i >= 0 ? this.#scene?.nodes[i] : undefined;
    if (node) this.#focused = i;
    this.#chosenHere = node?.selectionId ?? null;
    this.#options.onselect(node ? node.selectionId : null);
  }

  /** A double click on a pinned node releases it; the layout runs again. */
  #unpin(i: number): void {
    const node = this.#scene?.nodes[i];
    if (!node || !this.#positions.pinned[i]) return;
    this.#positions.unpin(i);
    this.#client.unpin(node.id);
    this.#report('running', null);
    this.#frames.invalidate();
  }

  #drag(i: number, x: number, y: number, first: boolean): void {
    const node = this.#scene?.nodes[i];
    if (!node || !this.#positions.display) return;
    if (first) {
      // The camera holds still under a dragged node: no fit after a reply, no eased move.
      this.#camera.holdStill();
      // The layout runs again from now: say so before the worker's first answer arrives.
      this.#report('running', null);
    }
    this.#positions.pin(i, x, y);
    this.#client.pin(node.id, x, y, true);
    if (first) this.#frames.invalidate();
    else this.#frames.redraw();
  }

  #drop(i: number, x: number, y: number): void {
    const node = this.#scene?.nodes[i];
    if (!node || !this.#positions.display) return;
    this.#positions.pin(i, x, y);
    this.#client.pin(node.id, x, y, false);
    this.#frames.invalidate();
  }

  // Keyboard: keyboard.ts turns keys into intentions; here they are carried out.

  #setShowFocus(show: boolean): void {
    this.#showFocus = show;
    this.#frames.invalidate();
  }

  #key(event: KeyboardEvent): void {
    const scene = this.#scene;
    const ready = scene !== null && this.#positions.display !== null;
    if (ready && this.#typeAhead(event, scene)) {
      event.preventDefault();
      this.#setShowFocus(true);
      return;
    }
    const intention = keyIntention(event, { ready });
    if (!intention || !scene) return;
    if (this.#carryOut(intention, scene)) {
      event.preventDefault();
      this.#setShowFocus(true);
    }
  }

  /**
   * Letters jump to the next node whose name starts with the word typed (as on the map, see
   * model/typeAhead.ts), best connected first; Enter then selects it. A digit starts no word
   * (0 shows the whole graph). Any other key ends the word. True when the key was type-ahead.
   */
  #typeAhead(event: KeyboardEvent, scene: GraphScene): boolean {
    if (event.ctrlKey || event.metaKey || event.altKey) return false;
    const paused = event.timeStamp - this.#typedAt >= TYPE_AHEAD_PAUSE;
    const startsWord = this.#typed === '' || paused;
    const order = this.#importance;
    const names = Array.from(order, (i) => [this.#labelOf(i)]);
    const word =
      startsWord && /^\p{N}$/u.test(event.key)
        ? null
        : typeAheadWord(this.#typed, event.key, paused, names);
    if (word === null) {
      this.#typed = '';
      return false;
    }
    const longer = word.length > 1;
    this.#typed = word;
    this.#typedAt = event.timeStamp;
    const from = Math.max(0, order.indexOf(this.#focused));
    // A longer word may still fit the focused node; a new word looks past it.
    const found = typeAhead(names, longer ? from - 1 : from, word);
    if (found >= 0 && scene.nodes[order[found]!]) this.#focusNode(order[found]!);
    else this.#options.onannounce('no-match', -1);
    return true;
  }

  /** Does what a key asked; false when it had nothing to act on (the key is the page's). */
  #carryOut(intention: KeyIntention, scene: GraphScene): boolean {
    switch (intention.type) {
      case 'pan':
        this.#camera.panBy(intention.dx, intention.dy);
        return true;
      case 'focus-neighbour':
        this.#walk(scene, intention.direction);
        return true;
      case 'select': {
        const node = scene.nodes[this.#focused];
        if (!node) return false;
        this.#chosenHere = node.selectionId;
        this.#options.onselect(node.selectionId);
        this.#options.onannounce('select', this.#focused);
        return true;
      }
      case 'clear': {
        const had = this.#focused >= 0 || this.#selectedId !== null;
        this.#focused = -1;
        this.#options.onselect(null);
        if (had) this.#options.onannounce('clear', -1);
        return had;
      }
      case 'zoom':
        this.#camera.zoomBy(intention.factor);
        return true;
      case 'fit': {
        // 0 shows the whole graph and follows it, until the next selection.
        this.#camera.autoFit = true;
        this.#showAll = true;
        const p = this.#positions.display;
        if (p) this.#camera.fit(p, this.#covered, true);
        return true;
      }
    }
  }

  /** An arrow: to the selected or best connected node first, then from neighbour to neighbour. */
  #walk(scene: GraphScene, direction: Direction): void {
    const p = this.#positions.display!;
    const screenOf = (i: number) => ({
      index: i,
      ...this.#camera.toScreen(p[2 * i]!, p[2 * i + 1]!),
    });
    const f = this.#focused;
    const focused =
      f >= 0 && f < scene.nodes.length
        ? {
            from: screenOf(f),
            neighbours: Array.from(neighboursOf(scene, f), screenOf).filter((c) =>
              Number.isFinite(c.x),
            ),
          }
        : null;
    const target = walkTarget(
      { focused, selected: this.#selected, first: this.#importance[0] ?? -1 },
      direction,
    );
    if (!target) return;
    if (!('none' in target)) return this.#focusNode(target.to);
    // No neighbour that way: to the nearest node that way, connected or not, so an arrow can
    // always leave a node.
    const all: { index: number; x: number; y: number }[] = [];
    for (let i = 0; i < scene.nodes.length; i++) {
      if (i === f || !Number.isFinite(p[2 * i])) continue;
      all.push(screenOf(i));
    }
    const nearest = focused ? pickInDirection(focused.from, all, direction) : null;
    if (nearest === null) this.#options.onannounce('no-neighbour', f);
    else this.#focusNode(nearest);
  }

  #focusNode(i: number): void {
    const p = this.#positions.display;
    this.#focused = i;
    this.#options.onannounce('focus', i);
    if (p) this.#camera.reveal(p[2 * i]!, p[2 * i + 1]!);
    this.#frames.invalidate();
  }
}

function sameLayout(a: GraphScene, b: GraphScene): boolean {
  if (a.nodes.length !== b.nodes.length || a.links.length !== b.links.length) return false;
  for (let i = 0; i < a.nodes.length; i++) if (a.nodes[i]!.id !== b.nodes[i]!.id) return false;
  for (let i = 0; i < a.links.length; i++) if (a.links[i] !== b.links[i]) return false;
  return true;
}
