/**
 * Painting a scene into a layer canvas, as a generator that yields after each chunk of work,
 * so that a large graph can be painted over several frames without a long task. Edges first
 * (batched by emphasis, style and width, one path per batch; 1-pixel hairlines, which software
 * rasterizers draw far faster than wider lines), then nodes (sprites), then labels.
 */
import { textDirection } from '../model/localNames.ts';
import { displayText } from '../model/text.ts';
import type { GraphScene } from './scene.ts';
import type { Box, PlacedLabel, LabelCandidate } from './labels.ts';
import { placeLabels } from './labels.ts';
import { DIM_ALPHA, EMPHASIS, screenRadius } from './styles.ts';
import type { NodeSprites } from './sprites.ts';

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
  /** The node being dragged (drawn over the layer, not in it), or -1. */
  dragged: number;
}

export interface Frame {
  scene: GraphScene;
  positions: Float32Array;
  /** The name drawn for node i (computed on demand: only a few hundred are ever drawn). */
  labelOf: (i: number) => string;
  /** Node indices by decreasing importance (degree): who gets a label first. */
  importance: Uint32Array;
  transform: Transform;
  emphasis: Emphasis;
  direction: 'ltr' | 'rtl';
  /** Where something covers the canvas (the legend): no label goes there. */
  covered: Box | null;
}

/** What a chunk painted (`sort`: none yet, the edges were being sorted). */
export type ChunkKind = 'sort' | 'edges' | 'nodes' | 'labels';

/**
 * Edges sorted between two yields: sorting 100,000 edges of a 20,000-organization graph is
 * 20-40 ms, more than a frame may spend (8,192 of them were a step of up to 17 ms).
 */
const SORT_STEP = 4_096;

export const FONT_SIZE = 12;
export const FONT = `${FONT_SIZE}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;
const LABEL_CANDIDATES = 400;
/** Below this length on screen a dash pattern cannot be seen: the edge is drawn solid. */
const MIN_DASHED_LENGTH = 14;
const WIDTHS = [1, 1.5, 2, 3, 4];

/**
 * Node states: 0 dimmed, 1 normal, 2 in focus (the active node and its neighbours, or the
 * highlighted nodes). Returns the active node (hovered, else selected), or -1.
 */
export function nodeStates(scene: GraphScene, e: Emphasis, state: Uint8Array): number {
  const n = scene.nodes.length;
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
    const to = scene.adjacencyStart[active + 1]!;
    for (let j = scene.adjacencyStart[active]!; j < to; j++) state[scene.adjacency[j]!] = 2;
  }
  return active;
}

export interface PaintTarget {
  ctx: CanvasRenderingContext2D;
  /** View size in CSS pixels, and the margin painted around it (for panning). */
  width: number;
  height: number;
  margin: number;
  dpr: number;
}

export interface PaintTools {
  sprites: NodeSprites;
  measure: (text: string) => number;
  /** Edges per path (the rasterizer's work happens after the yield, so it is tuned outside). */
  edgesPerChunk: () => number;
  /** Whether the chunk under way has taken its share of time (nodes, labels). */
  due: () => boolean;
}

/**
 * Paints `frame` into `target` (whose canvas is (width + 2 margin) x (height + 2 margin) CSS
 * pixels). Yields the kind of chunk just painted; returns the placed labels.
 */
export function* paintScene(
  target: PaintTarget,
  frame: Frame,
  tools: PaintTools,
): Generator<ChunkKind, PlacedLabel[]> {
  const { ctx, width: w, height: h, margin: m, dpr } = target;
  const { scene, positions, transform: t, emphasis: e } = frame;
  const n = scene.nodes.length;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, w + 2 * m, h + 2 * m);
  ctx.translate(m, m);
  const screen = new Float32Array(2 * n);
  for (let i = 0; i < n; i++) {
    screen[2 * i] = positions[2 * i]! * t.k + t.x;
    screen[2 * i + 1] = positions[2 * i + 1]! * t.k + t.y;
  }
  const state = new Uint8Array(n);
  const active = nodeStates(scene, e, state);
  const x0 = -m;
  const y0 = -m;
  const x1 = w + m;
  const y1 = h + m;

  // Edges: counting sort by (emphasis level, style, dashed, width), one path per bucket.
  const { links, linkStyle, linkWidth, edgeStyles } = scene;
  const edges = linkStyle.length;
  const styles = edgeStyles.length;
  const buckets = 3 * styles * 2 * WIDTHS.length;
  const keys = new Uint16Array(edges);
  const counts = new Uint32Array(buckets + 1);
  for (let i = 0; i < edges; i++) {
    if (i % SORT_STEP === SORT_STEP - 1) yield 'sort';
    const s = links[2 * i]!;
    const d = links[2 * i + 1]!;
    const sx = screen[2 * s]!;
    const sy = screen[2 * s + 1]!;
    const dx = screen[2 * d]!;
    const dy = screen[2 * d + 1]!;
    const off =
      (sx < x0 && dx < x0) || (sx > x1 && dx > x1) || (sy < y0 && dy < y0) || (sy > y1 && dy > y1);
    if (off || s === e.dragged || d === e.dragged || !(sx === sx && dx === dx)) {
      keys[i] = buckets;
      continue;
    }
    const touches = s === active || d === active;
    const level = active >= 0 ? (touches ? 2 : 0) : state[s] && state[d] ? 1 : 0;
    const dashed =
      edgeStyles[linkStyle[i]!]!.dash.length > 0 &&
      Math.hypot(dx - sx, dy - sy) >= MIN_DASHED_LENGTH
        ? 1
        : 0;
    let width = 0;
    while (width < WIDTHS.length - 1 && WIDTHS[width + 1]! <= linkWidth[i]!) width++;
    const key = ((level * styles + linkStyle[i]!) * 2 + dashed) * WIDTHS.length + width;
    keys[i] = key;
    counts[key]! += 1;
  }
  const start = new Uint32Array(buckets + 1);
  for (let b = 0; b < buckets; b++) start[b + 1] = start[b]! + counts[b]!;
  const order = new Uint32Array(start[buckets]!);
  const fill = start.slice();
  for (let i = 0; i < edges; i++) if (keys[i]! < buckets) order[fill[keys[i]!]!++] = i;

  ctx.lineCap = 'butt';
  for (let b = 0; b < buckets; b++) {
    const level = Math.floor(b / (styles * 2 * WIDTHS.length));
    const style = edgeStyles[Math.floor(b / (2 * WIDTHS.length)) % styles]!;
    const dashed = Math.floor(b / WIDTHS.length) % 2 === 1;
    const width = WIDTHS[b % WIDTHS.length]!;
    for (let from = start[b]!; from < start[b + 1]!;) {
      const to = Math.min(start[b + 1]!, from + tools.edgesPerChunk());
      ctx.beginPath();
      for (let j = from; j < to; j++) {
        const i = order[j]!;
        const s = links[2 * i]!;
        const d = links[2 * i + 1]!;
        ctx.moveTo(screen[2 * s]!, screen[2 * s + 1]!);
        ctx.lineTo(screen[2 * d]!, screen[2 * d + 1]!);
      }
      ctx.globalAlpha = level === 0 ? DIM_ALPHA : level === 1 ? 0.55 : 1;
      ctx.strokeStyle = style.color;
      ctx.lineWidth = level === 2 ? width + 1 : width;
      ctx.setLineDash(dashed ? style.dash : []);
      ctx.stroke();
      from = to;
      yield 'edges';
    }
  }
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;

  // Nodes: a halo behind the highlighted ones, then dimmed, then the others on top.
  const radius = (i: number) => screenRadius(scene.nodes[i]!.radius, t.k);
  const visible = (i: number, r: number) => {
    const x = screen[2 * i]!;
    const y = screen[2 * i + 1]!;
    return (
      i !== e.dragged && x + 2 * r >= x0 && x - 2 * r <= x1 && y + 2 * r >= y0 && y - 2 * r <= y1
    );
  };
  if (e.highlighted) {
    ctx.beginPath();
    for (let i = 0; i < n; i++) {
      const r = radius(i) * 1.3 + 3;
      if (!e.highlighted[i] || !visible(i, r)) continue;
      ctx.moveTo(screen[2 * i]! + r, screen[2 * i + 1]!);
      ctx.arc(screen[2 * i]!, screen[2 * i + 1]!, r, 0, 2 * Math.PI);
    }
    ctx.fillStyle = EMPHASIS.highlight;
    ctx.fill();
  }
  const snap = (v: number) => Math.round(v * dpr) / dpr;
  for (const dim of [true, false]) {
    for (let i = 0; i < n; i++) {
      if ((state[i] === 0) !== dim) continue;
      const r = radius(i);
      if (!visible(i, r)) continue;
      const sprite = tools.sprites.get(scene.nodes[i]!.look, r, dim, e.pinned?.[i] === 1);
      const size = sprite.image.width / dpr;
      ctx.drawImage(
        sprite.image,
        snap(screen[2 * i]! - sprite.half),
        snap(screen[2 * i + 1]! - sprite.half),
        size,
        size,
      );
      if (tools.due()) yield 'nodes';
    }
  }

  // Labels: important nodes first, placed without overlap, on a light chip for contrast.
  ctx.font = FONT;
  ctx.direction = frame.direction;
  const candidates: LabelCandidate[] = [];
  const seen = new Set<number>();
  let pending = false;
  const add = (i: number, priority: number) => {
    if (i < 0 || i >= n || seen.has(i) || i === e.dragged) return;
    const x = screen[2 * i]!;
    const y = screen[2 * i + 1]!;
    if (!(x >= 0 && y >= 0 && x <= w && y <= h)) return;
    seen.add(i);
    const r = radius(i) * 1.3;
    const text = displayText(frame.labelOf(i));
    if (tools.due()) pending = true;
    candidates.push({
      index: i,
      x,
      y,
      r,
      width: tools.measure(text) + 4,
      height: FONT_SIZE + 4,
      priority,
    });
  };
  add(e.selected, 4e9);
  add(e.hovered, 3e9);
  if (e.showFocus) add(e.focused, 3e9);
  if (e.highlighted) {
    for (let i = 0; i < n; i++) if (e.highlighted[i]) add(i, 1e9 + scene.nodes[i]!.degree);
  }
  for (let j = 0, taken = 0; j < frame.importance.length && taken < LABEL_CANDIDATES; j++) {
    const i = frame.importance[j]!;
    // Small nodes get a name only when zoomed in enough for it to mean something.
    if (state[i] === 0 || radius(i) < 3.5) continue;
    add(i, scene.nodes[i]!.degree);
    taken++;
    // Naming and measuring a few hundred labels can take a while the first time.
    if (pending) {
      pending = false;
      yield 'labels';
    }
  }
  const placed = placeLabels(candidates, {
    width: w,
    height: h,
    gap: 1,
    blocked: frame.covered ? [frame.covered] : [],
  });
  ctx.beginPath();
  for (const p of placed) ctx.rect(p.x, p.y, p.width, p.height);
  ctx.fillStyle = EMPHASIS.labelHalo;
  ctx.fill();
  ctx.fillStyle = EMPHASIS.label;
  ctx.textBaseline = 'middle';
  for (let j = 0; j < placed.length; j++) {
    const p = placed[j]!;
    const text = displayText(frame.labelOf(p.index));
    // Each name is shaped in its own direction (an Arabic name in the English UI, a Latin one
    // in the Arabic UI), as a first-strong isolate would: neutral characters at its ends (a
    // parenthesis, a year) then stay where the name puts them. The chip fits the text, so
    // aligning to its start edge in that direction fills it the same way.
    const dir = textDirection(text) ?? frame.direction;
    p.direction = dir;
    ctx.direction = dir;
    ctx.textAlign = dir === 'rtl' ? 'right' : 'left';
    const x = dir === 'rtl' ? p.x + p.width - 2 : p.x + 2;
    ctx.fillText(text, x, p.y + p.height / 2);
    if (tools.due()) yield 'labels';
  }
  ctx.direction = frame.direction;
  return placed;
}
