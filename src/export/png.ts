/**
 * The PNG picture: what the view shows (the map, the graph, or both side by side as in the split
 * view), painted afresh at 2x by the views' own painters, with a heading, the title line (the
 * filters in words), a legend and the data-as-of and credit lines drawn in. Browser only (canvas).
 */
import type { GraphPicture } from '../graph/picture.ts';
import { paintPicture } from '../graph/picture.ts';
import { traceShape } from '../graph/shapes.ts';
import { tracePath } from '../map/draw.ts';
import { displayText } from '../model/text.ts';
import type { LegendEntry } from './legend.ts';
import type { MapPicture } from './sources.ts';

export const PNG_SCALE = 2;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const PAD = 16;
const LEGEND_ROW = 22;
const LINE = 18;
const INK = '#202122';
const SUBTLE = '#54595d';

export interface PngInput {
  map: MapPicture | null;
  graph: GraphPicture | null;
  heading: string;
  /** The title and credit lines as src/export/words.ts makes them: drawn as they are. */
  title: string;
  legend: readonly LegendEntry[];
  credits: readonly string[];
  direction: 'ltr' | 'rtl';
}

/** The size of the picture in CSS pixels (the canvas has PNG_SCALE times as many). */
export function pngLayout(input: Pick<PngInput, 'map' | 'graph' | 'direction'>): {
  width: number;
  viewHeight: number;
  panes: { kind: 'map' | 'graph'; x: number; width: number }[];
} {
  const panes: { kind: 'map' | 'graph'; x: number; width: number }[] = [];
  // The split view's order, mirrored in right-to-left languages as the layout is.
  const order: ('map' | 'graph')[] =
    input.direction === 'rtl' ? ['graph', 'map'] : ['map', 'graph'];
  let x = 0;
  let viewHeight = 0;
  for (const kind of order) {
    const pane = input[kind];
    if (!pane) continue;
    panes.push({ kind, x, width: pane.width });
    x += pane.width;
    viewHeight = Math.max(viewHeight, pane.height);
  }
  return { width: Math.max(x, 320), viewHeight, panes };
}

function drawLegendEntry(ctx: CanvasRenderingContext2D, entry: LegendEntry, x: number, y: number) {
  ctx.save();
  if (entry.type === 'node') {
    ctx.beginPath();
    traceShape(ctx, entry.shape, x + 10, y, 6);
    ctx.fillStyle = entry.colour;
    ctx.fill();
  } else if (entry.type === 'edge') {
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + 22, y);
    ctx.strokeStyle = entry.colour;
    ctx.lineWidth = 2;
    ctx.setLineDash([...entry.dash]);
    ctx.stroke();
  } else if (entry.type === 'place') {
    tracePath(ctx, entry.kind, x + 10, y, 6);
    ctx.fillStyle = entry.hollow ? '#ffffff' : entry.colour;
    ctx.fill();
    ctx.lineWidth = entry.hollow ? 2 : 1.2;
    ctx.strokeStyle = entry.hollow ? entry.colour : '#ffffff';
    if (entry.hollow) ctx.setLineDash([2.5, 2]);
    ctx.stroke();
  } else if (entry.type === 'swatch') {
    ctx.fillStyle = entry.colour;
    ctx.fillRect(x + 4, y - 6, 12, 12);
  }
  ctx.restore();
}

/** The map's credit in its bottom end corner, on a light chip, as the map shows it. */
function drawCornerCredit(
  ctx: CanvasRenderingContext2D,
  text: string,
  width: number,
  height: number,
  rtl: boolean,
): void {
  if (!text) return;
  ctx.save();
  ctx.font = `11px ${FONT}`;
  const shown = displayText(text);
  const w = ctx.measureText(shown).width + 8;
  const x = rtl ? 0 : width - w;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.75)';
  ctx.fillRect(x, height - 16, w, 16);
  ctx.fillStyle = SUBTLE;
  ctx.textBaseline = 'middle';
  ctx.direction = rtl ? 'rtl' : 'ltr';
  ctx.textAlign = rtl ? 'right' : 'left';
  ctx.fillText(shown, rtl ? x + w - 4 : x + 4, height - 8);
  ctx.restore();
}

/** Legend entries in rows across `width`, measured with the canvas's font. */
function legendPlaces(
  ctx: CanvasRenderingContext2D,
  entries: readonly LegendEntry[],
  width: number,
) {
  ctx.font = `12px ${FONT}`;
  const out: { entry: LegendEntry; x: number; row: number; text: string }[] = [];
  let x = PAD;
  let row = 0;
  for (const entry of entries) {
    const text = displayText(entry.label);
    const heading = entry.type === 'heading';
    ctx.font = heading ? `bold 12px ${FONT}` : `12px ${FONT}`;
    const w = (heading ? 0 : 28) + ctx.measureText(text).width + 16;
    if ((x + w > width - PAD || heading) && x > PAD) {
      row++;
      x = PAD;
    }
    out.push({ entry, x, row, text });
    x += w;
  }
  return out;
}

/** Words of `text` in lines no wider than `width` (a word longer than that gets its own line). */
export function wrapText(
  ctx: Pick<CanvasRenderingContext2D, 'measureText'>,
  text: string,
  width: number,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Paints the whole picture; returns the canvas (PNG_SCALE x the CSS size). */
export function composePicture(input: PngInput): HTMLCanvasElement {
  const { width, viewHeight, panes } = pngLayout(input);
  const rtl = input.direction === 'rtl';
  const measure = document.createElement('canvas').getContext('2d')!;
  const places = legendPlaces(measure, input.legend, width);
  const rows = places.reduce((m, p) => Math.max(m, p.row + 1), 0);
  measure.font = `13px ${FONT}`;
  const titleLines = wrapText(measure, input.title, width - 2 * PAD);
  measure.font = `11px ${FONT}`;
  const creditLines = input.credits.flatMap((c) => wrapText(measure, c, width - 2 * PAD));
  const header = 36 + titleLines.length * LINE;
  const legendTop = header + viewHeight + 8;
  const creditTop = legendTop + rows * LEGEND_ROW + 8;
  const height = creditTop + creditLines.length * LINE + 8;

  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * PNG_SCALE);
  canvas.height = Math.round(height * PNG_SCALE);
  const ctx = canvas.getContext('2d')!;
  ctx.setTransform(PNG_SCALE, 0, 0, PNG_SCALE, 0, 0);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.direction = input.direction;
  ctx.textAlign = rtl ? 'right' : 'left';
  ctx.textBaseline = 'alphabetic';
  const tx = rtl ? width - PAD : PAD;
  ctx.fillStyle = INK;
  ctx.font = `bold 16px ${FONT}`;
  ctx.fillText(displayText(input.heading), tx, 22, width - 2 * PAD);
  ctx.fillStyle = SUBTLE;
  ctx.font = `13px ${FONT}`;
  titleLines.forEach((line, i) => ctx.fillText(line, tx, 42 + i * LINE));

  for (const pane of panes) {
    ctx.save();
    ctx.translate(pane.x, header);
    ctx.beginPath();
    ctx.rect(0, 0, pane.width, viewHeight);
    ctx.clip();
    if (pane.kind === 'map') {
      input.map!.paint(ctx);
      drawCornerCredit(ctx, input.map!.attribution, pane.width, viewHeight, rtl);
    } else {
      // The graph's painter sets its own transform: paint it at 2x apart, then place it.
      const g = input.graph!;
      const layer = document.createElement('canvas');
      layer.width = Math.round(g.width * PNG_SCALE);
      layer.height = Math.round(g.height * PNG_SCALE);
      const lctx = layer.getContext('2d')!;
      lctx.fillStyle = '#ffffff';
      lctx.fillRect(0, 0, layer.width, layer.height);
      paintPicture(lctx, g, PNG_SCALE);
      ctx.drawImage(layer, 0, 0, g.width, g.height);
    }
    ctx.restore();
  }
  // Frames around the panes.
  ctx.strokeStyle = '#c8ccd1';
  ctx.lineWidth = 1;
  for (const pane of panes)
    ctx.strokeRect(pane.x + 0.5, header + 0.5, pane.width - 1, viewHeight - 1);

  ctx.font = `12px ${FONT}`;
  ctx.textBaseline = 'middle';
  for (const place of places) {
    const y = legendTop + place.row * LEGEND_ROW + LEGEND_ROW / 2;
    const heading = place.entry.type === 'heading';
    const x = rtl ? width - place.x - 28 : place.x;
    drawLegendEntry(ctx, place.entry, x, y);
    ctx.fillStyle = INK;
    ctx.font = heading ? `bold 12px ${FONT}` : `12px ${FONT}`;
    const indent = heading ? 0 : 28;
    ctx.fillText(place.text, rtl ? x + 28 - indent - (heading ? 0 : 6) : x + indent, y);
  }
  ctx.fillStyle = SUBTLE;
  ctx.font = `11px ${FONT}`;
  ctx.textBaseline = 'alphabetic';
  creditLines.forEach((line, i) => ctx.fillText(line, tx, creditTop + i * LINE + 12));
  return canvas;
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the browser made no PNG'))),
      'image/png',
    ),
  );
}
