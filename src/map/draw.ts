/**
 * Canvas drawing of markers, clusters, arcs and labels. Only draws: where things go is decided
 * by markerLayer.ts. Sizes are CSS pixels.
 */
import { textDirection } from '../model/localNames.ts';
import { displayText } from '../model/text.ts';
import { FORMER_COLOUR, KIND_COLOURS } from './palette.ts';
import { KIND_SYMBOLS, traceShape } from '../model/symbols.ts';
import type { MapPoint, PointKind } from './points.ts';
import type { ArcRole } from './selection.ts';

export const MARKER_RADIUS = 6;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const INK = '#202122';
const PAPER = '#ffffff';

/** Setting ctx.font parses a CSS font each time; skip it when the font is already set. */
export function setFont(ctx: CanvasRenderingContext2D, weight: number, size: number): void {
  const font = `${weight} ${size}px ${FONT}`;
  if (fonts.get(ctx) !== font) {
    ctx.font = font;
    fonts.set(ctx, font);
  }
}
const fonts = new WeakMap<CanvasRenderingContext2D, string>();

/** Resizing a canvas resets its context: forget the font set before. */
export function forgetFont(ctx: CanvasRenderingContext2D): void {
  fonts.delete(ctx);
}

/** The fonts the markers' canvas draws in: badges, years, the selected name. */
const FONTS: readonly [weight: number, size: number][] = [
  [600, 10],
  [600, 11],
  [500, 10],
  [700, 12],
];

/**
 * Measures text in each font the markers use, so that the system finds the fonts now (tens of
 * milliseconds the first time on Linux) rather than in the frame that first draws them.
 */
export function prepareFonts(ctx: CanvasRenderingContext2D): void {
  for (const [weight, size] of FONTS) {
    setFont(ctx, weight, size);
    ctx.measureText('0123456789,.–');
  }
}

export type Emphasis = 'normal' | 'dim' | 'highlight' | 'selected';

/** Traces the outline of a kind's symbol, the same in every view (model/symbols.ts). */
export function tracePath(
  ctx: CanvasRenderingContext2D,
  kind: PointKind,
  x: number,
  y: number,
  r: number,
) {
  ctx.beginPath();
  traceShape(ctx, KIND_SYMBOLS[kind].shape, x, y, r);
}

function radiusFor(emphasis: Emphasis): number {
  return emphasis === 'selected'
    ? MARKER_RADIUS + 3
    : emphasis === 'highlight'
      ? MARKER_RADIUS + 1.5
      : MARKER_RADIUS;
}

/** Hit radius of a marker (a little larger than drawn, for fingers and shaky hands). */
export function hitRadius(emphasis: Emphasis): number {
  return radiusFor(emphasis) + 3;
}

export function drawPoint(
  ctx: CanvasRenderingContext2D,
  p: MapPoint,
  x: number,
  y: number,
  emphasis: Emphasis,
) {
  const r = radiusFor(emphasis);
  const colour = p.former && p.kind !== 'meetup' ? FORMER_COLOUR : KIND_COLOURS[p.kind];
  const hollow = p.approximate || (p.kind === 'meetup' && p.former);
  ctx.globalAlpha = emphasis === 'dim' ? 0.3 : 1;
  if (emphasis === 'selected' || emphasis === 'highlight') {
    tracePath(ctx, p.kind, x, y, r + (emphasis === 'selected' ? 4 : 2.5));
    ctx.fillStyle = emphasis === 'selected' ? INK : 'rgba(255, 204, 51, 0.9)';
    ctx.fill();
  }
  tracePath(ctx, p.kind, x, y, r);
  ctx.fillStyle = hollow ? PAPER : colour;
  ctx.fill();
  ctx.lineWidth = hollow ? 2 : 1.2;
  ctx.strokeStyle = hollow ? colour : PAPER;
  if (p.approximate) ctx.setLineDash([2.5, 2]);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
}

/** A line from a fanned-out marker back to the spot it stands for. */
export function drawLeader(
  ctx: CanvasRenderingContext2D,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
) {
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(x1, y1);
  ctx.strokeStyle = 'rgba(32, 33, 34, 0.45)';
  ctx.lineWidth = 1;
  ctx.stroke();
}

export function clusterRadius(count: number): number {
  return 10 + 3 * Math.log2(count);
}

/** How many of a cluster's members show each colour, in the order the colours first appear. */
export interface ClusterShares {
  total: number;
  colours: string[];
  counts: number[];
}

/**
 * A cluster's shares of colour, counted once by the layout (at world zoom, 20,000 members in a
 * few dozen clusters: the count is the work, not the drawing).
 */
export function clusterShares(members: readonly MapPoint[]): ClusterShares {
  const colours: string[] = [];
  const counts: number[] = [];
  for (const m of members) {
    const colour = m.former && m.kind !== 'meetup' ? FORMER_COLOUR : KIND_COLOURS[m.kind];
    const i = colours.indexOf(colour);
    if (i < 0) {
      colours.push(colour);
      counts.push(1);
    } else counts[i]!++;
  }
  return { total: members.length, colours, counts };
}

/**
 * A cluster: a white disc with its count, ringed by the share of each kind in kind colours,
 * so a cluster of chapters looks different from a cluster of meetups.
 */
export function drawCluster(
  ctx: CanvasRenderingContext2D,
  shares: ClusterShares,
  x: number,
  y: number,
  emphasis: Emphasis,
  countLabel: string,
) {
  const r = clusterRadius(shares.total);
  ctx.globalAlpha = emphasis === 'dim' ? 0.35 : 1;
  if (emphasis === 'highlight' || emphasis === 'selected') {
    ctx.beginPath();
    ctx.arc(x, y, r + 4, 0, Math.PI * 2);
    ctx.fillStyle = emphasis === 'selected' ? INK : 'rgba(255, 204, 51, 0.9)';
    ctx.fill();
  }
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.fillStyle = PAPER;
  ctx.fill();
  let start = -Math.PI / 2;
  ctx.lineWidth = 4;
  shares.colours.forEach((colour, i) => {
    const end = start + (2 * Math.PI * shares.counts[i]!) / shares.total;
    ctx.beginPath();
    ctx.arc(x, y, r - 2, start, end);
    ctx.strokeStyle = colour;
    ctx.stroke();
    start = end;
  });
  ctx.fillStyle = INK;
  setFont(ctx, 600, shares.total >= 100 ? 10 : 11);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(countLabel, x, y + 0.5);
  ctx.globalAlpha = 1;
}

/** Text with a white halo, readable over land, sea and shading. */
export function drawLabel(
  ctx: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  options: { bold?: boolean; size?: number; align?: CanvasTextAlign; alpha?: number } = {},
) {
  ctx.globalAlpha = options.alpha ?? 1;
  setFont(ctx, options.bold ? 700 : 500, options.size ?? 11);
  ctx.textAlign = options.align ?? 'left';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = 'rgba(255, 255, 255, 0.92)';
  // Data is cleaned of control and bidirectional formatting characters before drawing, and
  // shaped in its own direction (an Arabic name keeps its order beside a Latin one and the
  // other way round); `left` and `right` alignments are physical, so it stays where it was put.
  const shown = displayText(text);
  const before = ctx.direction;
  ctx.direction = textDirection(shown) ?? 'ltr';
  ctx.strokeText(shown, x, y);
  ctx.fillStyle = INK;
  ctx.fillText(shown, x, y);
  ctx.direction = before;
  ctx.globalAlpha = 1;
}

const ARC_STYLE: Record<ArcRole, { colour: string; width: number; dash: number[] }> = {
  organizer: { colour: 'rgba(213, 94, 0, 0.9)', width: 2.2, dash: [] },
  participant: { colour: 'rgba(213, 94, 0, 0.55)', width: 1.4, dash: [] },
  member: { colour: 'rgba(114, 119, 125, 0.7)', width: 1.2, dash: [4, 3] },
};

export function drawArc(
  ctx: CanvasRenderingContext2D,
  xs: Float64Array,
  ys: Float64Array,
  role: ArcRole,
) {
  const style = ARC_STYLE[role];
  ctx.beginPath();
  ctx.moveTo(xs[0] ?? 0, ys[0] ?? 0);
  for (let i = 1; i < xs.length; i++) ctx.lineTo(xs[i] ?? 0, ys[i] ?? 0);
  ctx.strokeStyle = style.colour;
  ctx.lineWidth = style.width;
  ctx.setLineDash(style.dash);
  ctx.stroke();
  ctx.setLineDash([]);
}

/** The keyboard focus ring: two contrasting rings, visible on any background. */
export function drawFocusRing(ctx: CanvasRenderingContext2D, x: number, y: number, r: number) {
  ctx.beginPath();
  ctx.arc(x, y, r + 5, 0, Math.PI * 2);
  ctx.strokeStyle = PAPER;
  ctx.lineWidth = 5;
  ctx.stroke();
  ctx.beginPath();
  ctx.arc(x, y, r + 5, 0, Math.PI * 2);
  ctx.strokeStyle = '#3366cc';
  ctx.lineWidth = 2.5;
  ctx.stroke();
}
