/**
 * Node sprites: each node look, at each screen radius (to half a pixel), drawn once into a
 * small canvas and then stamped with drawImage. Thousands of stamps cost far less than
 * thousands of filled and stroked paths in a software rasterizer.
 */
import { DIM_ALPHA, EMPHASIS, NODE_STYLES, type NodeLook } from './styles.ts';
import { SHAPE_EXTENT, traceShape } from './shapes.ts';

export interface Sprite {
  image: HTMLCanvasElement;
  /** Half the sprite's size in CSS pixels: draw it at (x - half, y - half). */
  half: number;
}

export class NodeSprites {
  readonly #cache = new Map<string, Sprite>();
  #dpr = 1;

  setPixelRatio(dpr: number): void {
    if (dpr === this.#dpr) return;
    this.#dpr = dpr;
    this.#cache.clear();
  }

  get(look: NodeLook, radius: number, dim: boolean, pinned: boolean): Sprite {
    const r = Math.max(1.5, Math.round(radius * 2) / 2);
    const key = `${look}|${r}|${dim ? 1 : 0}|${pinned ? 1 : 0}`;
    let sprite = this.#cache.get(key);
    if (sprite) return sprite;
    const style = NODE_STYLES[look];
    const half = Math.ceil(r * SHAPE_EXTENT[style.shape] + 1.5);
    const image = document.createElement('canvas');
    image.width = image.height = Math.ceil(2 * half * this.#dpr);
    const ctx = image.getContext('2d')!;
    ctx.scale(this.#dpr, this.#dpr);
    ctx.globalAlpha = dim ? DIM_ALPHA * 2 : 1;
    ctx.beginPath();
    traceShape(ctx, style.shape, half, half, r);
    ctx.fillStyle = style.color;
    ctx.fill();
    if (r >= 2.5) {
      ctx.lineWidth = 1;
      ctx.strokeStyle = EMPHASIS.nodeOutline;
      ctx.stroke();
    }
    if (pinned) {
      ctx.beginPath();
      traceShape(ctx, 'circle', half, half, Math.min(1.8, r / 2));
      ctx.fillStyle = EMPHASIS.nodeOutline;
      ctx.fill();
    }
    sprite = { image, half };
    this.#cache.set(key, sprite);
    return sprite;
  }
}
