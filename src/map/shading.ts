/**
 * Fills of member countries for the networks layer: a network's colour, or diagonal stripes of
 * each network's colour where a country is in several. Colours are mixed with the land colour
 * instead of drawn translucent, so stripes and plain fills read the same on any background.
 */

/** `#rrggbb` mixed with `base` (also `#rrggbb`): t = 1 gives `hex`, 0 gives `base`. */
export function mix(hex: string, base: string, t: number): string {
  const parse = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
  const a = parse(hex);
  const b = parse(base);
  const c = a.map((v, i) => Math.round((b[i] ?? 0) + ((v ?? 0) - (b[i] ?? 0)) * t));
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

const STRIPE = 5;

/** The canvas each stripe tile is drawn on: a pattern keeps its own copy of the pixels. */
let scratch: CanvasRenderingContext2D | null | undefined;
/** Patterns made so far, by their colours. */
const patterns = new Map<string, CanvasPattern | string>();

/**
 * The fill of a country in these networks' colours: the one colour, or a repeating pattern of
 * 45° stripes, one per colour (the first colour where canvas is missing). Patterns are made on
 * first need and kept; every tile is drawn on the same scratch canvas, as a canvas and context
 * per pattern cost more than the pattern itself. The tile is as wide as one round of stripes,
 * so it wraps without a seam.
 */
export function stripes(colours: readonly string[]): CanvasPattern | string {
  const key = colours.join();
  let fill = patterns.get(key);
  if (!fill) {
    fill = (colours[1] && stripePattern(colours)) || colours[0]!;
    patterns.set(key, fill);
  }
  return fill;
}

function stripePattern(colours: readonly string[]): CanvasPattern | null {
  scratch ??= document.createElement('canvas').getContext('2d');
  const ctx = scratch;
  if (!ctx) return null;
  const n = colours.length;
  const size = n * STRIPE * 2;
  const w = STRIPE * 2;
  // Setting the size clears the canvas and resets the context.
  ctx.canvas.width = size;
  ctx.canvas.height = size;
  for (let j = -n; j < 2 * n; j++) {
    ctx.fillStyle = colours[((j % n) + n) % n] ?? '#999';
    ctx.beginPath();
    ctx.moveTo(j * w, 0);
    ctx.lineTo((j + 1) * w, 0);
    ctx.lineTo((j + 1) * w + size, size);
    ctx.lineTo(j * w + size, size);
    ctx.closePath();
    ctx.fill();
  }
  return ctx.createPattern(ctx.canvas, 'repeat');
}
