/**
 * Draws a graph scene on a canvas, and does nothing else: no state, no events. Sharp on
 * high-DPI screens (the backing store is devicePixelRatio times the CSS size). Edges and nodes
 * are batched by style, one path per batch, because one stroke per edge is what makes large
 * graphs slow; coordinates are projected to screen pixels first, so line widths and dash
 * patterns stay the same at every zoom.
 */
import type { GraphScene } from './scene.ts';
import { DIM_ALPHA, EMPHASIS, NODE_LOOKS, NODE_STYLES, screenRadius } from './styles.ts';
import { placeLabels, type Box, type LabelCandidate, type PlacedLabel } from './labels.ts';
import { SHAPE_EXTENT, traceShape } from './shapes.ts';

export interface Transform {
  k: number;
  x: number;
  y: number;
}

export interface Emphasis {
  selected: number;
  hovered: number;
  focused: number;
  /** Draw the keyboard focus ring (the view has keyboard focus). */
  showFocus: boolean;
  /** 1 for nodes to highlight (related to the selection), or null. */
  highlighted: Uint8Array | null;
  /** 1 for nodes a person pinned by dragging. */
  pinned: Uint8Array | null;
}

export interface Frame {
  scene: GraphScene;
  positions: Float32Array;
  labels: readonly string[];
  /** Node indices by decreasing importance (degree): who gets a label first. */
  importance: Uint32Array;
  transform: Transform;
  emphasis: Emphasis;
  direction: 'ltr' | 'rtl';
  /** Where something covers the canvas (the legend): no label goes there. */
  covered: Box | null;
}

const FONT_SIZE = 12;
const FONT = `${FONT_SIZE}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;
const LABEL_CANDIDATES = 400;
const WIDTH_LEVELS = 8;

export class GraphRenderer {
  readonly #canvas: HTMLCanvasElement;
  readonly #ctx: CanvasRenderingContext2D;
  #width = 0;
  #height = 0;
  #dpr = 1;
  #screen = new Float32Array(0);
  #state = new Uint8Array(0);
  #textWidths = new Map<string, number>();
  /** Labels placed by the last draw. */
  placed: PlacedLabel[] = [];

  constructor(canvas: HTMLCanvasElement) {
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('GraphRenderer: this browser gives no 2D canvas context');
    this.#canvas = canvas;
    this.#ctx = ctx;
  }

  /** Sets the size in CSS pixels; the backing store gets `dpr` times as many. */
  resize(width: number, height: number, dpr: number): void {
    this.#width = width;
    this.#height = height;
    this.#dpr = dpr;
    this.#canvas.width = Math.max(1, Math.round(width * dpr));
    this.#canvas.height = Math.max(1, Math.round(height * dpr));
    this.#canvas.style.width = `${width}px`;
    this.#canvas.style.height = `${height}px`;
  }

  clear(): void {
    this.#ctx.setTransform(1, 0, 0, 1, 0, 0);
    this.#ctx.clearRect(0, 0, this.#canvas.width, this.#canvas.height);
    this.placed = [];
  }

  draw(frame: Frame): void {
    const ctx = this.#ctx;
    const { scene, positions, transform: t } = frame;
    const n = scene.nodes.length;
    ctx.setTransform(this.#dpr, 0, 0, this.#dpr, 0, 0);
    ctx.clearRect(0, 0, this.#width, this.#height);
    if (n === 0 || positions.length < 2 * n) {
      this.placed = [];
      return;
    }
    if (this.#screen.length < 2 * n) this.#screen = new Float32Array(2 * n);
    if (this.#state.length < n) this.#state = new Uint8Array(n);
    const screen = this.#screen;
    for (let i = 0; i < n; i++) {
      screen[2 * i] = positions[2 * i]! * t.k + t.x;
      screen[2 * i + 1] = positions[2 * i + 1]! * t.k + t.y;
    }
    const focusOn = this.#markStates(frame);
    this.#drawEdges(frame, focusOn);
    this.#drawNodes(frame);
    this.#drawLabels(frame);
  }

  /**
   * Node states: 0 dimmed, 1 normal, 2 in focus (the active node and its neighbours, or the
   * highlighted nodes). Returns the active node whose edges stand out, or -1.
   */
  #markStates(frame: Frame): number {
    const { scene, emphasis: e } = frame;
    const n = scene.nodes.length;
    const state = this.#state;
    const active = e.hovered >= 0 ? e.hovered : e.selected;
    const anyHighlight = e.highlighted?.some((v) => v === 1) ?? false;
    if (active < 0 && !anyHighlight) {
      state.fill(1, 0, n);
      return -1;
    }
    state.fill(0, 0, n);
    if (e.highlighted) for (let i = 0; i < n; i++) if (e.highlighted[i]) state[i] = 2;
    if (active >= 0) {
      state[active] = 2;
      const from = scene.adjacencyStart[active]!;
      const to = scene.adjacencyStart[active + 1]!;
      for (let j = from; j < to; j++) state[scene.adjacency[j]!] = 2;
    }
    return active;
  }

  #drawEdges(frame: Frame, active: number): void {
    const ctx = this.#ctx;
    const { scene } = frame;
    const { links, linkStyle, linkWidth, edgeStyles } = scene;
    const m = linkStyle.length;
    const screen = this.#screen;
    const state = this.#state;
    const w = this.#width;
    const h = this.#height;
    const styles = edgeStyles.length;
    const buckets = 3 * styles * WIDTH_LEVELS;
    // Counting sort of the edges by (emphasis, style, width): one path per bucket.
    const keys = new Uint16Array(m);
    const counts = new Uint32Array(buckets + 1);
    for (let i = 0; i < m; i++) {
      const s = links[2 * i]!;
      const d = links[2 * i + 1]!;
      const x0 = screen[2 * s]!;
      const y0 = screen[2 * s + 1]!;
      const x1 = screen[2 * d]!;
      const y1 = screen[2 * d + 1]!;
      if ((x0 < 0 && x1 < 0) || (x0 > w && x1 > w) || (y0 < 0 && y1 < 0) || (y0 > h && y1 > h)) {
        keys[i] = buckets;
        continue;
      }
      const touches = s === active || d === active;
      const level = active >= 0 ? (touches ? 2 : 0) : state[s] && state[d] ? 1 : 0;
      const width = Math.min(WIDTH_LEVELS - 1, Math.round((linkWidth[i]! - 0.75) * 2));
      const key = (level * styles + linkStyle[i]!) * WIDTH_LEVELS + width;
      keys[i] = key;
      counts[key]! += 1;
    }
    const start = new Uint32Array(buckets + 1);
    for (let b = 0; b < buckets; b++) start[b + 1] = start[b]! + counts[b]!;
    const order = new Uint32Array(start[buckets]!);
    const fill = start.slice();
    for (let i = 0; i < m; i++) if (keys[i]! < buckets) order[fill[keys[i]!]!++] = i;

    ctx.lineCap = 'butt';
    for (let b = 0; b < buckets; b++) {
      if (start[b] === start[b + 1]) continue;
      const level = Math.floor(b / (styles * WIDTH_LEVELS));
      const style = edgeStyles[Math.floor(b / WIDTH_LEVELS) % styles]!;
      const width = 0.75 + (b % WIDTH_LEVELS) / 2;
      ctx.beginPath();
      for (let j = start[b]!; j < start[b + 1]!; j++) {
        const i = order[j]!;
        const s = links[2 * i]!;
        const d = links[2 * i + 1]!;
        ctx.moveTo(screen[2 * s]!, screen[2 * s + 1]!);
        ctx.lineTo(screen[2 * d]!, screen[2 * d + 1]!);
      }
      ctx.globalAlpha = level === 0 ? DIM_ALPHA : level === 1 ? 0.6 : 1;
      ctx.strokeStyle = style.color;
      ctx.lineWidth = level === 2 ? width + 0.75 : width;
      ctx.setLineDash(style.dash);
      ctx.stroke();
    }
    ctx.setLineDash([]);
    ctx.globalAlpha = 1;
  }

  #drawNodes(frame: Frame): void {
    const ctx = this.#ctx;
    const { scene, emphasis: e, transform: t } = frame;
    const n = scene.nodes.length;
    const screen = this.#screen;
    const state = this.#state;
    const w = this.#width;
    const h = this.#height;
    const radius = (i: number) => screenRadius(scene.nodes[i]!.radius, t.k);
    const onScreen = (i: number, r: number) => {
      const x = screen[2 * i]!;
      const y = screen[2 * i + 1]!;
      return x + 2 * r >= 0 && x - 2 * r <= w && y + 2 * r >= 0 && y - 2 * r <= h;
    };

    // Halo behind highlighted nodes, so they read as a group before any is hovered.
    if (e.highlighted) {
      ctx.beginPath();
      for (let i = 0; i < n; i++) {
        const r = radius(i) + 4;
        if (e.highlighted[i] && onScreen(i, r))
          traceShape(ctx, 'circle', screen[2 * i]!, screen[2 * i + 1]!, r);
      }
      ctx.fillStyle = EMPHASIS.highlight;
      ctx.fill();
    }

    for (const dim of [true, false]) {
      for (const look of NODE_LOOKS) {
        const style = NODE_STYLES[look];
        ctx.beginPath();
        let any = false;
        for (let i = 0; i < n; i++) {
          const node = scene.nodes[i]!;
          if (node.look !== look || (state[i] === 0) !== dim) continue;
          const r = radius(i);
          if (!onScreen(i, r)) continue;
          traceShape(ctx, style.shape, screen[2 * i]!, screen[2 * i + 1]!, r);
          any = true;
        }
        if (!any) continue;
        ctx.globalAlpha = dim ? DIM_ALPHA * 2 : 1;
        ctx.fillStyle = style.color;
        ctx.fill();
        ctx.lineWidth = 1;
        ctx.strokeStyle = EMPHASIS.nodeOutline;
        ctx.stroke();
      }
    }
    ctx.globalAlpha = 1;

    if (e.pinned) {
      ctx.beginPath();
      for (let i = 0; i < n; i++) {
        if (e.pinned[i] && onScreen(i, 2))
          traceShape(ctx, 'circle', screen[2 * i]!, screen[2 * i + 1]!, 1.8);
      }
      ctx.fillStyle = EMPHASIS.nodeOutline;
      ctx.fill();
    }
    const ring = (i: number, gap: number, width: number, color: string) => {
      if (i < 0 || i >= n) return;
      const extent = SHAPE_EXTENT[NODE_STYLES[scene.nodes[i]!.look].shape];
      ctx.beginPath();
      traceShape(ctx, 'circle', screen[2 * i]!, screen[2 * i + 1]!, radius(i) * extent + gap);
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

  #drawLabels(frame: Frame): void {
    const ctx = this.#ctx;
    const { scene, emphasis: e, transform: t, importance, labels } = frame;
    const screen = this.#screen;
    const state = this.#state;
    const w = this.#width;
    const h = this.#height;
    ctx.font = FONT;
    ctx.direction = frame.direction;
    const candidates: LabelCandidate[] = [];
    const add = (i: number, priority: number) => {
      if (i < 0 || i >= scene.nodes.length) return;
      const x = screen[2 * i]!;
      const y = screen[2 * i + 1]!;
      if (x < 0 || y < 0 || x > w || y > h) return;
      const text = labels[i] ?? '';
      let width = this.#textWidths.get(text);
      if (width === undefined) {
        width = ctx.measureText(text).width;
        if (this.#textWidths.size > 50_000) this.#textWidths.clear();
        this.#textWidths.set(text, width);
      }
      const r = screenRadius(scene.nodes[i]!.radius, t.k) * 1.3;
      candidates.push({ index: i, x, y, r, width, height: FONT_SIZE + 2, priority });
    };
    add(e.selected, 4e9);
    add(e.hovered, 3e9);
    if (e.showFocus) add(e.focused, 3e9);
    if (e.highlighted) {
      for (let i = 0; i < scene.nodes.length; i++)
        if (e.highlighted[i]) add(i, 1e9 + scene.nodes[i]!.degree);
    }
    let taken = 0;
    for (let j = 0; j < importance.length && taken < LABEL_CANDIDATES; j++) {
      const i = importance[j]!;
      if (state[i] === 0) continue;
      // Small nodes get a name only when zoomed in enough for it to mean something.
      if (screenRadius(scene.nodes[i]!.radius, t.k) < 3.5) continue;
      add(i, scene.nodes[i]!.degree);
      taken++;
    }
    const seen = new Set<number>();
    const unique = candidates.filter((c) => !seen.has(c.index) && (seen.add(c.index), true));
    const blocked = frame.covered ? [frame.covered] : [];
    this.placed = placeLabels(unique, { width: w, height: h, gap: 2, blocked });
    ctx.textBaseline = 'middle';
    ctx.textAlign = frame.direction === 'rtl' ? 'right' : 'left';
    ctx.lineJoin = 'round';
    ctx.lineWidth = 3;
    ctx.strokeStyle = EMPHASIS.labelHalo;
    ctx.fillStyle = EMPHASIS.label;
    for (const p of this.placed) {
      const text = labels[p.index] ?? '';
      const x = frame.direction === 'rtl' ? p.x + p.width : p.x;
      const y = p.y + p.height / 2;
      ctx.strokeText(text, x, y);
      ctx.fillText(text, x, y);
    }
  }
}
