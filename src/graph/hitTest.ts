/**
 * Which node is under the pointer: a d3-quadtree of node positions, rebuilt when positions
 * change, searched only in the box the largest node could cover (not a scan of every node).
 */
import { quadtree, type Quadtree } from 'd3-quadtree';

export class NodeIndex {
  readonly #tree: Quadtree<number>;
  readonly #positions: Float32Array;

  /** `positions`: [x0, y0, x1, y1, ...] in layout units; the index keeps a reference. */
  constructor(positions: Float32Array, count = positions.length / 2) {
    this.#positions = positions;
    const ids = Array.from({ length: count }, (_, i) => i);
    this.#tree = quadtree<number>(
      ids,
      (i) => positions[2 * i]!,
      (i) => positions[2 * i + 1]!,
    );
  }

  /**
   * The node whose disc (radius `radiusOf(i)`, at most `maxRadius`) contains (x, y), the one
   * with the nearest centre when several do; -1 when none.
   */
  hit(x: number, y: number, radiusOf: (i: number) => number, maxRadius: number): number {
    const p = this.#positions;
    let best = -1;
    let bestDistance = Infinity;
    const x0 = x - maxRadius;
    const y0 = y - maxRadius;
    const x1 = x + maxRadius;
    const y1 = y + maxRadius;
    this.#tree.visit((quad, qx0, qy0, qx1, qy1) => {
      if (!quad.length) {
        for (let leaf: typeof quad | undefined = quad; leaf; leaf = leaf.next) {
          const i = leaf.data;
          const d = Math.hypot(p[2 * i]! - x, p[2 * i + 1]! - y);
          if (d <= radiusOf(i) && d < bestDistance) {
            best = i;
            bestDistance = d;
          }
        }
      }
      return qx0 > x1 || qy0 > y1 || qx1 < x0 || qy1 < y0;
    });
    return best;
  }

  /** Nodes whose centre lies in the box, for tests and rectangle queries. */
  within(x0: number, y0: number, x1: number, y1: number): number[] {
    const p = this.#positions;
    const found: number[] = [];
    this.#tree.visit((quad, qx0, qy0, qx1, qy1) => {
      if (!quad.length) {
        for (let leaf: typeof quad | undefined = quad; leaf; leaf = leaf.next) {
          const px = p[2 * leaf.data]!;
          const py = p[2 * leaf.data + 1]!;
          if (px >= x0 && px <= x1 && py >= y0 && py <= y1) found.push(leaf.data);
        }
      }
      return qx0 > x1 || qy0 > y1 || qx1 < x0 || qy1 < y0;
    });
    return found.sort((a, b) => a - b);
  }
}
