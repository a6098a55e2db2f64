/**
 * The graph under the mouse: which node is under the pointer (hit testing), hover, click,
 * double click, and dragging a node to pin it (d3-drag). Layout and drawing stay with the
 * coordinator: this module reports what the pointer did, in node indices and layout units.
 */
import { select } from 'd3-selection';
import { drag, type D3DragEvent } from 'd3-drag';
import { NodeIndex } from './hitTest.ts';
import { screenRadius } from './styles.ts';
import type { Transform } from './renderer.ts';
import type { GraphScene } from './scene.ts';

/** A press on a node becomes a drag once the pointer has moved this far (CSS pixels). */
export const DRAG_THRESHOLD = 3;

/** Finds nodes on screen; rebuilds its quadtree only when the positions changed. */
export class NodeHitter {
  #index: NodeIndex | null = null;
  #positions: Float32Array | null = null;
  #version = -1;

  /**
   * The node drawn at canvas point (sx, sy), -1 for none: within its drawn radius (a little
   * more, so small nodes are easy to hit), the nearest centre winning.
   */
  hit(
    scene: GraphScene,
    positions: Float32Array,
    version: number,
    t: Transform,
    sx: number,
    sy: number,
  ): number {
    if (this.#positions !== positions || this.#version !== version || !this.#index) {
      this.#index = new NodeIndex(positions, scene.nodes.length);
      this.#positions = positions;
      this.#version = version;
    }
    const slop = 3;
    const radiusOf = (i: number) => (screenRadius(scene.nodes[i]!.radius, t.k) * 1.3 + slop) / t.k;
    const max = (screenRadius(26, t.k) * 1.5 + slop) / t.k;
    return this.#index.hit((sx - t.x) / t.k, (sy - t.y) / t.k, radiusOf, max);
  }
}

export interface PointerHost {
  /** The node drawn at canvas point (sx, sy), or -1. */
  hitAt(sx: number, sy: number): number;
  /** Canvas CSS pixels to layout units, with the camera as it is now. */
  toLayout(sx: number, sy: number): { x: number; y: number };
  /** The hovered node changed (-1: none). */
  onhover(index: number): void;
  /** A click, on node `index` or on nothing (-1). Not sent after a drag. */
  onclick(index: number): void;
  /** A double click on node `index` (never -1). */
  ondoubleclick(index: number): void;
  /** Node `index` is dragged to (x, y) in layout units; `first` on the first move of a drag. */
  ondrag(index: number, x: number, y: number, first: boolean): void;
  /** The drag of node `index` ended with the node at (x, y). */
  ondrop(index: number, x: number, y: number): void;
}

interface DragSubject {
  index: number;
  x: number;
  y: number;
  moved: boolean;
  /** The node set the drag began on; a drag outlives no node set. */
  nodeSet: number;
  /** Where the node was last put, in layout units. */
  at: [number, number];
}

export class GraphPointer {
  readonly #canvas: HTMLCanvasElement;
  readonly #host: PointerHost;
  readonly #cleanups: (() => void)[] = [];
  #hovered = -1;
  #dragged = -1;
  #nodeSet = 0;

  /** Call before d3-zoom is set up on the same canvas: a press on a node is a drag, not a pan. */
  constructor(canvas: HTMLCanvasElement, host: PointerHost) {
    this.#canvas = canvas;
    this.#host = host;
    select(canvas).call(this.#dragBehaviour());
    this.#listen('click', (e) => host.onclick(this.hitEvent(e)));
    this.#listen('dblclick', (e) => {
      const i = this.hitEvent(e);
      if (i >= 0) host.ondoubleclick(i);
    });
    this.#listen('pointermove', (e) => {
      if (this.#dragged < 0) this.#hover(this.hitEvent(e));
    });
    this.#listen('pointerleave', () => this.#hover(-1));
  }

  get hovered(): number {
    return this.#hovered;
  }

  /** The node being dragged, or -1. */
  get dragged(): number {
    return this.#dragged;
  }

  /** The node under a mouse event, or -1. */
  hitEvent(event: MouseEvent): number {
    const rect = this.#canvas.getBoundingClientRect();
    // Canvas pixels per page pixel: 1, or 1 / the zoom of a zoomed stage.
    const scale =
      rect.width > 0 && this.#canvas.clientWidth > 0 ? this.#canvas.clientWidth / rect.width : 1;
    return this.#host.hitAt(
      (event.clientX - rect.left) * scale,
      (event.clientY - rect.top) * scale,
    );
  }

  /** A new node set: indices change, so hover ends and a drag in progress stops. */
  newNodeSet(): void {
    this.#nodeSet++;
    this.#hovered = -1;
    this.#dragged = -1;
    this.#canvas.style.cursor = '';
  }

  destroy(): void {
    for (const cleanup of this.#cleanups) cleanup();
    select(this.#canvas).on('.drag', null);
  }

  #listen(type: string, handler: (event: MouseEvent) => void): void {
    const listener = (event: Event) => handler(event as MouseEvent);
    this.#canvas.addEventListener(type, listener);
    this.#cleanups.push(() => this.#canvas.removeEventListener(type, listener));
  }

  #hover(index: number): void {
    // While a node is dragged, the pointer is on it: no need to search the quadtree.
    if (this.#dragged >= 0 || index === this.#hovered) return;
    this.#hovered = index;
    this.#canvas.style.cursor = index >= 0 ? 'pointer' : '';
    this.#host.onhover(index);
  }

  #dragBehaviour() {
    type Event = D3DragEvent<HTMLCanvasElement, unknown, DragSubject>;
    return drag<HTMLCanvasElement, unknown, DragSubject>()
      .container(() => this.#canvas)
      .subject((event: Event) => {
        const index = this.#host.hitAt(event.x, event.y);
        if (index < 0) return null as unknown as DragSubject;
        return { index, x: event.x, y: event.y, moved: false, nodeSet: this.#nodeSet, at: [0, 0] };
      })
      .on('drag', (event: Event) => {
        const s = event.subject;
        if (s.nodeSet !== this.#nodeSet) return;
        if (!s.moved && Math.hypot(event.x - s.x, event.y - s.y) < DRAG_THRESHOLD) return;
        const first = !s.moved;
        s.moved = true;
        const { x, y } = this.#host.toLayout(event.x, event.y);
        s.at = [x, y];
        this.#dragged = s.index;
        this.#host.ondrag(s.index, x, y, first);
      })
      .on('end', (event: Event) => {
        const s = event.subject;
        if (!s.moved || s.nodeSet !== this.#nodeSet) return;
        this.#dragged = -1;
        this.#host.ondrop(s.index, s.at[0], s.at[1]);
      });
  }
}
