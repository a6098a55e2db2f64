/**
 * Label placement: the most important nodes get their name first, each label tries four spots
 * around its node and takes the first that stays on screen and overlaps no label placed
 * before. Placed boxes are kept in a uniform grid, so a test looks at a few cells, not at all
 * labels. Pure, in screen pixels: zoom in and more labels fit.
 */

export interface LabelCandidate {
  /** Node index, returned with the placement. */
  index: number;
  /** Node centre and radius on screen. */
  x: number;
  y: number;
  r: number;
  /** Size of the text box. */
  width: number;
  height: number;
  /** Higher is placed first; ties go to the lower index. */
  priority: number;
}

export interface PlacedLabel {
  index: number;
  /** Top-left corner of the box. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The direction the name was shaped in, once painted (its own, by its first strong letter). */
  direction?: 'ltr' | 'rtl';
}

export interface PlacementOptions {
  width: number;
  height: number;
  /** At most this many labels. */
  max?: number;
  /** Space kept between two labels and between a label and its node. */
  gap?: number;
  /** Areas no label may cover (a legend over the canvas). */
  blocked?: readonly Box[];
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const CELL = 64;

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function placeLabels(
  candidates: readonly LabelCandidate[],
  options: PlacementOptions,
): PlacedLabel[] {
  const { width, height, max = Infinity, gap = 2, blocked = [] } = options;
  const order = candidates
    .map((c, i) => i)
    .sort((a, b) => {
      const ca = candidates[a]!;
      const cb = candidates[b]!;
      return cb.priority - ca.priority || ca.index - cb.index;
    });
  const placed: PlacedLabel[] = [];
  const grid = new Map<number, number[]>();
  const columns = Math.ceil(width / CELL) + 1;

  const cellsOf = (box: PlacedLabel, visit: (key: number) => boolean): boolean => {
    const cx0 = Math.max(0, Math.floor((box.x - gap) / CELL));
    const cx1 = Math.floor((box.x + box.width + gap) / CELL);
    const cy0 = Math.max(0, Math.floor((box.y - gap) / CELL));
    const cy1 = Math.floor((box.y + box.height + gap) / CELL);
    for (let cy = cy0; cy <= cy1; cy++) {
      for (let cx = cx0; cx <= cx1; cx++) if (visit(cy * columns + cx)) return true;
    }
    return false;
  };
  const padded = (box: PlacedLabel): PlacedLabel => ({
    index: box.index,
    x: box.x - gap,
    y: box.y - gap,
    width: box.width + 2 * gap,
    height: box.height + 2 * gap,
  });
  const collides = (box: PlacedLabel): boolean => {
    const wide = padded(box);
    return cellsOf(box, (key) => (grid.get(key) ?? []).some((j) => boxesOverlap(wide, placed[j]!)));
  };

  for (const i of order) {
    if (placed.length >= max) break;
    const c = candidates[i]!;
    const off = c.r + gap + 1;
    const spots: [number, number][] = [
      [c.x + off, c.y - c.height / 2],
      [c.x - off - c.width, c.y - c.height / 2],
      [c.x - c.width / 2, c.y + off],
      [c.x - c.width / 2, c.y - off - c.height],
    ];
    for (const [x, y] of spots) {
      const box: PlacedLabel = { index: c.index, x, y, width: c.width, height: c.height };
      if (x < 0 || y < 0 || x + c.width > width || y + c.height > height) continue;
      if (collides(box) || blocked.some((b) => boxesOverlap(box, b))) continue;
      const at = placed.length;
      placed.push(box);
      cellsOf(box, (key) => {
        const list = grid.get(key);
        if (list) list.push(at);
        else grid.set(key, [at]);
        return false;
      });
      break;
    }
  }
  return placed;
}
