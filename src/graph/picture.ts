/**
 * The graph as it is shown, for exports: the scene, the positions on screen, the camera and
 * the emphasis of the selection, without what only belongs to the moment (hover, keyboard
 * focus, a node being dragged). `paintPicture` paints it with the view's own painter at any
 * pixel ratio; `settledPicture` lays a scene out to rest first, for when no graph is on screen.
 */
import type { GraphScene } from './scene.ts';
import { paintScene, FONT, type Frame, type Transform } from './paint.ts';
import type { PlacedLabel } from './labels.ts';
import { NodeSprites } from './sprites.ts';
import { createSimulation } from './layoutEngine.ts';
import { fitTransform } from './camera.ts';

export interface GraphPicture {
  scene: GraphScene;
  /** Layout units, [x0, y0, x1, y1, ...] in scene order. */
  positions: Float32Array;
  /** Layout units to CSS pixels of the view. */
  transform: Transform;
  /** The view's size in CSS pixels. */
  width: number;
  height: number;
  labelOf: (i: number) => string;
  /** Node indices by decreasing degree. */
  importance: Uint32Array;
  selected: number;
  highlighted: Uint8Array | null;
  pinned: Uint8Array | null;
  direction: 'ltr' | 'rtl';
}

/** The frame the view's painter takes, with nothing of the moment (hover, focus, drag). */
export function pictureFrame(p: GraphPicture): Frame {
  return {
    scene: p.scene,
    positions: p.positions,
    labelOf: p.labelOf,
    importance: p.importance,
    transform: p.transform,
    direction: p.direction,
    covered: null,
    emphasis: {
      selected: p.selected,
      hovered: -1,
      focused: -1,
      showFocus: false,
      highlighted: p.highlighted,
      pinned: p.pinned,
      dragged: -1,
    },
  };
}

/**
 * Paints the picture into `ctx` at (0, 0), `width` x `height` CSS pixels, `dpr` device pixels
 * each (the context's transform is reset). Returns the labels placed.
 */
export function paintPicture(
  ctx: CanvasRenderingContext2D,
  p: GraphPicture,
  dpr: number,
): PlacedLabel[] {
  const sprites = new NodeSprites();
  sprites.setPixelRatio(dpr);
  const widths = new Map<string, number>();
  const steps = paintScene(
    { ctx, width: p.width, height: p.height, margin: 0, dpr },
    pictureFrame(p),
    {
      sprites,
      measure: (text) => {
        let w = widths.get(text);
        if (w === undefined) {
          ctx.font = FONT;
          w = ctx.measureText(text).width;
          widths.set(text, w);
        }
        return w;
      },
      edgesPerChunk: () => 400,
      due: () => false,
    },
  );
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * A picture of a scene that no view shows: laid out to rest with the view's own forces and
 * seed (so it looks as the graph view would), fitted in `width` x `height`.
 */
export function settledPicture(
  scene: GraphScene,
  options: {
    width: number;
    height: number;
    labelOf: (i: number) => string;
    selected: number;
    highlighted: Uint8Array | null;
    direction: 'ltr' | 'rtl';
    seed?: number;
  },
): GraphPicture {
  const { simulation, nodes, total } = createSimulation(
    {
      ids: scene.nodes.map((n) => n.id),
      radii: new Float32Array(scene.nodes.map((n) => n.radius)),
      links: scene.links,
    },
    options.seed ?? 1,
  );
  simulation.tick(total);
  const positions = new Float32Array(2 * nodes.length);
  nodes.forEach((n, i) => {
    positions[2 * i] = n.x ?? 0;
    positions[2 * i + 1] = n.y ?? 0;
  });
  return {
    scene,
    positions,
    transform: fitTransform(positions, nodes.length, options.width, options.height),
    width: options.width,
    height: options.height,
    labelOf: options.labelOf,
    importance: scene.importance,
    selected: options.selected,
    highlighted: options.highlighted,
    pinned: null,
    direction: options.direction,
  };
}
