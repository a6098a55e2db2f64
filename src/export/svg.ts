/**
 * SVG of the graph as shown: edges as paths (one per style, emphasis and width, with the dash
 * patterns of the view), nodes as the view's shapes (graph/shapes.ts traces both), the labels
 * the view placed, and around it the heading, the title line, a legend and the data-as-of and
 * credit lines. Text is SVG text, every piece of data escaped (xml.ts) and cleaned of control
 * and bidirectional formatting characters as for drawing: data never becomes markup. Pure.
 */
import type { GraphPicture } from '../graph/picture.ts';
import type { PlacedLabel } from '../graph/labels.ts';
import { nodeStates } from '../graph/paint.ts';
import { DIM_ALPHA, EMPHASIS, NODE_STYLES, screenRadius } from '../graph/styles.ts';
import { SHAPE_EXTENT, svgShapePath } from '../graph/shapes.ts';
import { displayText } from '../model/text.ts';
import type { LegendEntry } from './legend.ts';
import { xmlEscape as x, xmlNumber as n } from './xml.ts';

export const SVG_FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';
const HEADER = 56;
const PAD = 16;
const LEGEND_ROW = 22;
const LINE = 18;
/** Rough width of a character at 12 px, for laying out the legend without measuring. */
const CHAR = 6.6;

export interface SvgInput {
  picture: GraphPicture;
  labels: readonly PlacedLabel[];
  heading: string;
  title: string;
  legend: readonly LegendEntry[];
  credits: readonly string[];
  /** The UI language, for `xml:lang` (names in it are read right). */
  lang: string;
}

/** Words in lines of at most `chars` characters (a longer word gets a line of its own). */
export function wrapWords(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && next.length > chars) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Legend entries laid out in rows across `width`: where each starts. */
export function legendRows(
  entries: readonly LegendEntry[],
  width: number,
): { entry: LegendEntry; x: number; row: number }[] {
  const out: { entry: LegendEntry; x: number; row: number }[] = [];
  let xPos = PAD;
  let row = 0;
  for (const entry of entries) {
    const w = 28 + displayText(entry.label).length * CHAR + 16;
    if (xPos + w > width - PAD && xPos > PAD) {
      row++;
      xPos = PAD;
    }
    out.push({ entry, x: xPos, row });
    xPos += w;
  }
  return out;
}

function legendSvg(entries: readonly LegendEntry[], width: number, top: number, rtl: boolean) {
  const parts: string[] = [];
  for (const { entry, x: ex, row } of legendRows(entries, width)) {
    const cy = top + row * LEGEND_ROW + LEGEND_ROW / 2;
    // Right-to-left: rows run from the right edge.
    const sx = rtl ? width - ex - 20 : ex;
    if (entry.type === 'node') {
      parts.push(
        `<path d="${svgShapePath(entry.shape, sx + 10, cy, 6)}" fill="${entry.colour}" stroke="#ffffff"/>`,
      );
    } else if (entry.type === 'edge') {
      const dash = entry.dash.length ? ` stroke-dasharray="${entry.dash.join(' ')}"` : '';
      parts.push(
        `<line x1="${sx}" y1="${cy}" x2="${sx + 22}" y2="${cy}" stroke="${entry.colour}" stroke-width="2"${dash}/>`,
      );
    } else if (entry.type === 'swatch') {
      parts.push(
        `<rect x="${sx + 4}" y="${cy - 6}" width="12" height="12" fill="${entry.colour}"/>`,
      );
    }
    const tx = rtl ? sx - 6 : sx + 28;
    parts.push(
      `<text x="${n(tx)}" y="${n(cy)}" dominant-baseline="middle"${rtl ? ' text-anchor="end"' : ''}>${x(displayText(entry.label))}</text>`,
    );
  }
  return parts.join('\n');
}

export function graphSvg(input: SvgInput): string {
  const p = input.picture;
  const { scene, positions, transform: t, width, height } = p;
  const rtl = p.direction === 'rtl';
  const count = scene.nodes.length;
  const screen = new Float64Array(2 * count);
  for (let i = 0; i < count; i++) {
    screen[2 * i] = positions[2 * i]! * t.k + t.x;
    screen[2 * i + 1] = positions[2 * i + 1]! * t.k + t.y;
  }
  const state = new Uint8Array(count);
  const active = nodeStates(
    scene,
    {
      selected: p.selected,
      hovered: -1,
      focused: -1,
      showFocus: false,
      highlighted: p.highlighted,
      pinned: null,
      dragged: -1,
    },
    state,
  );
  const inView = (px: number, py: number, r: number) =>
    px + r >= 0 && px - r <= width && py + r >= 0 && py - r <= height;

  // Edges: one path per (style, emphasis level, width).
  const groups = new Map<string, string[]>();
  for (let e = 0; e < scene.linkStyle.length; e++) {
    const s = scene.links[2 * e]!;
    const d = scene.links[2 * e + 1]!;
    const [sx, sy, dx, dy] = [
      screen[2 * s]!,
      screen[2 * s + 1]!,
      screen[2 * d]!,
      screen[2 * d + 1]!,
    ];
    if (![sx, sy, dx, dy].every(Number.isFinite)) continue;
    if (Math.max(sx, dx) < 0 || Math.min(sx, dx) > width) continue;
    if (Math.max(sy, dy) < 0 || Math.min(sy, dy) > height) continue;
    const touches = s === active || d === active;
    const level = active >= 0 ? (touches ? 2 : 0) : state[s] && state[d] ? 1 : 0;
    const w = n(scene.linkWidth[e] ?? 1, 1);
    const key = `${scene.linkStyle[e]}|${level}|${w}`;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(`M${n(sx)} ${n(sy)}L${n(dx)} ${n(dy)}`);
  }
  const edges: string[] = [];
  for (const [key, segments] of groups) {
    const [style, level, w] = key.split('|');
    const es = scene.edgeStyles[Number(style)]!;
    const opacity = level === '0' ? DIM_ALPHA : level === '1' ? 0.55 : 1;
    const widthValue = Number(w) + (level === '2' ? 1 : 0);
    const dash = es.dash.length ? ` stroke-dasharray="${es.dash.join(' ')}"` : '';
    edges.push(
      `<path d="${segments.join('')}" fill="none" stroke="${es.color}" stroke-width="${widthValue}" stroke-opacity="${opacity}"${dash}/>`,
    );
  }

  // Nodes: halos behind highlighted ones, dimmed ones, then the others on top.
  const nodes: string[] = [];
  const radius = (i: number) => screenRadius(scene.nodes[i]!.radius, t.k);
  if (p.highlighted) {
    for (let i = 0; i < count; i++) {
      const r = radius(i) * 1.3 + 3;
      if (!p.highlighted[i] || !inView(screen[2 * i]!, screen[2 * i + 1]!, r)) continue;
      nodes.push(
        `<circle cx="${n(screen[2 * i]!)}" cy="${n(screen[2 * i + 1]!)}" r="${n(r)}" fill="${EMPHASIS.highlight}"/>`,
      );
    }
  }
  for (const dim of [true, false]) {
    for (let i = 0; i < count; i++) {
      if ((state[i] === 0) !== dim) continue;
      const r = radius(i);
      const [px, py] = [screen[2 * i]!, screen[2 * i + 1]!];
      if (!inView(px, py, 2 * r)) continue;
      const style = NODE_STYLES[scene.nodes[i]!.look];
      const opacity = dim ? ` opacity="${DIM_ALPHA * 2}"` : '';
      const outline = r >= 2.5 ? ` stroke="${EMPHASIS.nodeOutline}" stroke-width="1"` : '';
      nodes.push(
        `<path d="${svgShapePath(style.shape, px, py, r)}" fill="${style.color}"${outline}${opacity}/>`,
      );
    }
  }
  if (p.selected >= 0 && p.selected < count) {
    const i = p.selected;
    const extent = SHAPE_EXTENT[NODE_STYLES[scene.nodes[i]!.look].shape];
    const r = radius(i) * extent + 2;
    const [px, py] = [n(screen[2 * i]!), n(screen[2 * i + 1]!)];
    nodes.push(
      `<circle cx="${px}" cy="${py}" r="${n(r)}" fill="none" stroke="${EMPHASIS.nodeOutline}" stroke-width="4.5"/>`,
      `<circle cx="${px}" cy="${py}" r="${n(r)}" fill="none" stroke="${EMPHASIS.selection}" stroke-width="2.5"/>`,
    );
  }

  // Labels: the boxes the view placed, text on a light chip.
  const labels: string[] = [];
  for (const l of input.labels) {
    const text = displayText(p.labelOf(l.index));
    labels.push(
      `<rect x="${n(l.x)}" y="${n(l.y)}" width="${n(l.width)}" height="${n(l.height)}" fill="${EMPHASIS.labelHalo}"/>`,
      `<text x="${n(rtl ? l.x + l.width - 2 : l.x + 2)}" y="${n(l.y + l.height / 2)}" dominant-baseline="middle"${rtl ? ' text-anchor="end"' : ''}>${x(text)}</text>`,
    );
  }

  const rows = legendRows(input.legend, width).reduce((m, r) => Math.max(m, r.row + 1), 0);
  // SVG text does not wrap: long credit lines are cut at spaces by an estimate of their width.
  const creditLines = input.credits.flatMap((c) =>
    wrapWords(c, Math.floor((width - 2 * PAD) / (CHAR * 0.95))),
  );
  const legendTop = HEADER + height + 8;
  const creditTop = legendTop + rows * LEGEND_ROW + 8;
  const total = creditTop + creditLines.length * LINE + 8;
  const anchor = rtl ? ` text-anchor="end"` : '';
  const tx = rtl ? width - PAD : PAD;
  const credits = creditLines.map(
    (line, i) =>
      `<text x="${tx}" y="${creditTop + i * LINE + 12}" font-size="11" fill="#54595d"${anchor}>${x(line)}</text>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" xml:lang="${x(input.lang)}" direction="${p.direction}" font-family="${SVG_FONT}" font-size="12" fill="#202122">`,
    `<title>${x(displayText(input.heading))}</title>`,
    `<desc>${x([input.title, ...input.credits].join(' · '))}</desc>`,
    `<rect width="${width}" height="${total}" fill="#ffffff"/>`,
    `<text x="${tx}" y="22" font-size="16" font-weight="bold"${anchor}>${x(displayText(input.heading))}</text>`,
    `<text x="${tx}" y="42" font-size="13" fill="#54595d"${anchor}>${x(input.title)}</text>`,
    `<defs><clipPath id="view"><rect width="${width}" height="${height}"/></clipPath></defs>`,
    `<g transform="translate(0 ${HEADER})" clip-path="url(#view)">`,
    `<rect width="${width}" height="${height}" fill="#ffffff" stroke="#c8ccd1"/>`,
    '<g class="edges" stroke-linecap="butt">',
    ...edges,
    '</g>',
    '<g class="nodes">',
    ...nodes,
    '</g>',
    '<g class="labels">',
    ...labels,
    '</g>',
    '</g>',
    '<g class="legend">',
    legendSvg(input.legend, width, legendTop, rtl),
    '</g>',
    '<g class="credits">',
    ...credits,
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}
