/**
 * One Leaflet layer that draws every marker, cluster, arc and label on a single canvas. At
 * 20,000 organizations one canvas redrawn per view change is far cheaper than 20,000 Leaflet
 * layers, and it lets clustering, fan-out and hit testing work on the whole picture.
 *
 * It follows L.Renderer's life cycle: the canvas covers the view plus padding, is laid out
 * again on `moveend`/`viewreset`, and is scaled by CSS transform while Leaflet animates a
 * zoom, so markers move with the basemap.
 */
import * as L from 'leaflet';
import { shiftLonNear } from '../model/geo.ts';
import { clusterSteps, spiralOffsets, type Clusters } from './cluster.ts';
import { layerPixel, mercatorScale, mercatorX, mercatorY } from './mercator.ts';
import {
  clusterRadius,
  clusterShares,
  type ClusterShares,
  drawArc,
  drawCluster,
  drawFocusRing,
  drawLabel,
  drawLeader,
  drawPoint,
  hitRadius,
  forgetFont,
  prepareFonts,
  setFont,
  type Emphasis,
} from './draw.ts';
import type { MapPoint } from './points.ts';
import type { Arc, ArcRole } from './selection.ts';
import { nextTask } from '../state/tasks.ts';
import { runSteps, runStepsInSlices, SLICE_BUDGET_MS } from '../model/steps.ts';
import { budgetPause } from './pause.ts';

/** Below this zoom nearby markers merge into clusters; from it on, shared spots fan out. */
export const CLUSTER_MAX_ZOOM = 7;
/** Markers closer than this (pixels) share a cluster. */
export const CLUSTER_RADIUS = 22;
/** Points projected or laid out between two pauses of a sliced layout: a few milliseconds. */
const STEP = 1000;
/**
 * Extra canvas around the view, as a share of its size, so short pans show no empty edge: for
 * the markers' canvas and the basemap's (AtlasMap). Leaflet's own default. The browser copies
 * a canvas to the compositor in every frame that changes it, and again in frames that change
 * the page's layers, a cost that grows with its area (in software rendering, 10-13 ms a canvas
 * at 0.3: 2.56 times the view's area against 1.44 at 0.1). At 0.3 the frame that first painted
 * the markers at 20,000 organizations was a task of 50-70 ms (README, "Speed").
 */
export const CANVAS_PADDING = 0.1;

export interface DrawnItem {
  /** A point's id, or `cluster:<group>:<first member id>`. */
  key: string;
  kind: 'point' | 'cluster';
  /** One member for a point. */
  members: MapPoint[];
  /** A cluster's colours (counted by the layout, not at every paint). */
  shares?: ClusterShares;
  /** Layer pixel position where it is drawn. */
  x: number;
  y: number;
  /** For a fanned-out point: the spot it stands for. */
  originX?: number;
  originY?: number;
  r: number;
  emphasis: Emphasis;
}

export interface MarkerScene {
  points: readonly MapPoint[];
  selectedId: string | null;
  highlightIds: ReadonlySet<string>;
  arcs: readonly Arc[];
  focusKey: string | null;
  /** Localized number for cluster badges. */
  formatCount: (n: number) => string;
}

interface ArcPath {
  xs: Float64Array;
  ys: Float64Array;
  role: ArcRole;
}

/**
 * A clustering group's points in layer pixels (`count` of them: index into the scene's points,
 * x, y), in arrays kept from one layout to the next and grown when the points outgrow them.
 */
class ProjectedGroup {
  count = 0;
  index = new Int32Array(0);
  xs = new Float64Array(0);
  ys = new Float64Array(0);

  constructor(readonly name: 'all' | 'highlighted') {}

  /** Empties the group, with room for `n` points. */
  reserve(n: number): this {
    this.count = 0;
    if (this.index.length < n) {
      this.index = new Int32Array(n);
      this.xs = new Float64Array(n);
      this.ys = new Float64Array(n);
    }
    return this;
  }

  add(index: number, x: number, y: number): void {
    this.index[this.count] = index;
    this.xs[this.count] = x;
    this.ys[this.count] = y;
    this.count++;
  }
}

/** The year of a meetup, or the span of years of a cluster made only of meetups. */
function yearText(item: DrawnItem): string | null {
  if (item.members.some((m) => m.kind !== 'meetup')) return null;
  const years = item.members.map((m) => m.year).filter((y): y is number => y !== undefined);
  if (years.length === 0) return null;
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}

/** Rectangles already covered on the canvas, bucketed by a coarse grid. */
class Occupancy {
  #cells = new Map<string, [number, number, number, number][]>();
  static readonly CELL = 64;

  #keys(x: number, y: number, w: number, h: number): string[] {
    const c = Occupancy.CELL;
    const out: string[] = [];
    for (let gx = Math.floor(x / c); gx <= Math.floor((x + w) / c); gx++) {
      for (let gy = Math.floor(y / c); gy <= Math.floor((y + h) / c); gy++) out.push(`${gx},${gy}`);
    }
    return out;
  }

  add(x: number, y: number, w: number, h: number): void {
    for (const k of this.#keys(x, y, w, h)) {
      const list = this.#cells.get(k);
      if (list) list.push([x, y, w, h]);
      else this.#cells.set(k, [[x, y, w, h]]);
    }
  }

  /** Adds the rectangle unless it overlaps one already there. */
  tryAdd(x: number, y: number, w: number, h: number): boolean {
    for (const k of this.#keys(x, y, w, h)) {
      for (const [ox, oy, ow, oh] of this.#cells.get(k) ?? []) {
        if (x < ox + ow && ox < x + w && y < oy + oh && oy < y + h) return false;
      }
    }
    this.add(x, y, w, h);
    return true;
  }
}

export class MarkerLayer extends L.Layer {
  #canvas: HTMLCanvasElement | null = null;
  #ctx: CanvasRenderingContext2D | null = null;
  #min = L.point(0, 0);
  #size = L.point(0, 0);
  #centre = L.latLng(0, 0);
  #zoom = 0;
  #scene: MarkerScene;
  #items: DrawnItem[] = [];
  #arcPaths: ArcPath[] = [];
  /** Clustering groups: everything else, and the highlighted records (kept apart so they stay visible). */
  #groups = [new ProjectedGroup('all'), new ProjectedGroup('highlighted')] as const;
  #frame = 0;
  #dirty = false;
  /** A layout is asked for: it runs in a task of its own (see `update`). */
  #layoutAsked = false;
  /** A layout made a slice per task is under way: nothing is painted until it is done. */
  #slicing = false;
  /** Counts the layouts begun: a sliced one overtaken by another (the view moved) is dropped. */
  #layoutRun = 0;
  /** Nothing drawn on the canvas since it was sized: its memory is taken at the next drawing. */
  #blank = true;
  /** Set once the points have been given (possibly none): the next paint is the first real one. */
  #hasPoints = false;
  #onLayout: (items: readonly DrawnItem[]) => void;
  #onFirstPaint: (() => void) | null;
  #underneath: (() => void) | null;

  /**
   * `underneath` is called once, in the task that asks for the frame of the first markers: the
   * map adds its basemap then (and draws it in that task), so that both appear in the same
   * frame. A frame that drew the basemap alone, and the frames between it and the markers'
   * (their canvases committed again), put off the first paint at 5,000 organizations by 35-45
   * ms (medians of 8 loads).
   */
  constructor(
    scene: MarkerScene,
    onLayout: (items: readonly DrawnItem[]) => void,
    onFirstPaint: () => void,
    underneath: () => void = () => {},
  ) {
    super();
    // L.Layer has no initialize(), so options given to super() would be dropped.
    L.setOptions(this, { pane: 'atlasMarkers' });
    this.#scene = scene;
    this.#onLayout = onLayout;
    this.#onFirstPaint = onFirstPaint;
    this.#underneath = underneath;
  }

  /** Calls `underneath` if it has not been (see the constructor). */
  #showUnderneath(): void {
    const show = this.#underneath;
    this.#underneath = null;
    show?.();
  }

  override onAdd(map: L.Map): this {
    const canvas = document.createElement('canvas');
    canvas.className = 'leaflet-zoom-animated atlas-marker-canvas';
    canvas.setAttribute('aria-hidden', 'true');
    this.#canvas = canvas;
    this.#ctx = canvas.getContext('2d');
    this.getPane()?.appendChild(canvas);
    map.on('viewreset moveend', this.#reset);
    map.on('zoom', this.#onZoom);
    map.on('zoomanim', this.#onZoomAnim);
    this.#reset();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.off('viewreset moveend', this.#reset);
    map.off('zoom', this.#onZoom);
    map.off('zoomanim', this.#onZoomAnim);
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#canvas?.remove();
    this.#canvas = null;
    this.#ctx = null;
    return this;
  }

  /**
   * Replaces part of the scene; lays out again unless only the focus changed. The layout runs in
   * a task of its own and the paint in the next frame: with many thousands of markers each is
   * work of its own, and the layout stays out of the frames, whose task also ends with the
   * browser's own work on the canvases. Props often change together (selection + highlights):
   * one layout for all the changes made in a task.
   */
  update(change: Partial<MarkerScene>): void {
    if (change.points) this.#hasPoints = true;
    this.#scene = { ...this.#scene, ...change };
    if (Object.keys(change).some((k) => k !== 'focusKey')) {
      this.#dirty = true;
      this.#askLayout();
    } else this.#askPaint();
  }

  #askLayout(): void {
    if (this.#layoutAsked) return;
    this.#layoutAsked = true;
    void nextTask().then(async () => {
      // Until the first paint (the first showing of a file), the layout runs in tasks of about
      // SLICE_BUDGET_MS each; after it (a person's change) at once, as fast as can be. A change
      // made meanwhile lays out again.
      const pause = budgetPause(SLICE_BUDGET_MS);
      while (this.#dirty && this._map) {
        if (this.#onFirstPaint) await this.#layoutInSlices(pause);
        else this.#layout();
      }
      this.#layoutAsked = false;
      if (this.#ctx && this.#onFirstPaint) {
        // A canvas takes its memory when first drawn on (ten milliseconds and more at this
        // size), and the first text drawn in a font waits for the system to find the font
        // (as long again): both here, rather than in the frame that paints.
        if (this.#blank) {
          await pause();
          this.#ctx?.clearRect(0, 0, 1, 1);
        }
        await pause();
        if (this.#ctx) prepareFonts(this.#ctx);
        // What is underneath (the basemap) is drawn in a piece of its own, too.
        await pause();
      }
      this.#showUnderneath();
      this.#askPaint();
    });
  }

  #askPaint(): void {
    if (!this.#frame) this.#frame = requestAnimationFrame(this.#onFrame);
  }

  #onFrame = (): void => {
    this.#frame = 0;
    // A layout still asked for, or still being made, paints when it is done.
    if (!this.#dirty && !this.#slicing) this.#paint();
  };

  get items(): readonly DrawnItem[] {
    return this.#items;
  }

  /** The topmost item under a layer point. */
  hitTest(p: L.Point): DrawnItem | null {
    for (let i = this.#items.length - 1; i >= 0; i--) {
      const item = this.#items[i]!;
      const r = item.kind === 'cluster' ? item.r + 2 : hitRadius(item.emphasis);
      if ((item.x - p.x) ** 2 + (item.y - p.y) ** 2 <= r * r) return item;
    }
    return null;
  }

  #reset = (): void => {
    const map = this._map;
    const canvas = this.#canvas;
    if (!map || !canvas) return;
    const size = map.getSize();
    this.#min = map.containerPointToLayerPoint(size.multiplyBy(-CANVAS_PADDING)).round();
    this.#size = size.multiplyBy(1 + 2 * CANVAS_PADDING).round();
    this.#centre = map.getCenter();
    this.#zoom = map.getZoom();
    const dpr = window.devicePixelRatio || 1;
    L.DomUtil.setPosition(canvas, this.#min);
    canvas.width = Math.round(this.#size.x * dpr);
    canvas.height = Math.round(this.#size.y * dpr);
    this.#blank = true;
    if (this.#ctx) forgetFont(this.#ctx);
    canvas.style.width = `${this.#size.x}px`;
    canvas.style.height = `${this.#size.y}px`;
    // Before the points are given there is nothing to draw, and setting the size has cleared
    // the canvas: touching it now (the map's first task) would only cost its first allocation.
    if (!this.#hasPoints) return;
    this.#layout();
    this.#showUnderneath();
    this.#paint();
  };

  #onZoom = (): void => {
    const map = this._map;
    if (map) this.#transform(map.getCenter(), map.getZoom());
  };

  #onZoomAnim = (e: L.ZoomAnimEvent): void => this.#transform(e.center, e.zoom);

  /** As L.Renderer: scale the canvas while the map animates towards `zoom` around `centre`. */
  #transform(centre: L.LatLng, zoom: number): void {
    const map = this._map;
    if (!map || !this.#canvas) return;
    const scale = map.getZoomScale(zoom, this.#zoom);
    const viewHalf = map.getSize().multiplyBy(0.5 + CANVAS_PADDING);
    const current = map.project(this.#centre, zoom);
    const panePos = L.DomUtil.getPosition(map.getPane('mapPane')!) ?? L.point(0, 0);
    const origin = map
      .project(centre, zoom)
      .subtract(map.getSize().divideBy(2))
      .add(panePos)
      .round();
    const offset = viewHalf.multiplyBy(-scale).add(current).subtract(origin);
    L.DomUtil.setTransform(this.#canvas, offset, scale);
  }

  /** Lays out at once (a view change, a person's choice). */
  #layout(): void {
    if (!this._map) return;
    const run = ++this.#layoutRun;
    this.#dirty = false;
    const layout = runSteps(this.#layoutSteps(run));
    if (layout) this.#commit(layout);
  }

  /**
   * Lays out in slices, pausing (`pause`) between steps (the first showing). Whether it was kept: it is dropped when the
   * view moved meanwhile (#reset laid out again at once) or the scene changed (`#dirty` again).
   */
  async #layoutInSlices(pause: () => Promise<void>): Promise<boolean> {
    const run = ++this.#layoutRun;
    this.#dirty = false;
    this.#slicing = true;
    const layout = await runStepsInSlices(this.#layoutSteps(run), pause, SLICE_BUDGET_MS);
    this.#slicing = false;
    if (!layout || run !== this.#layoutRun || this.#dirty || !this._map) return false;
    this.#commit(layout);
    return true;
  }

  #commit(layout: { items: DrawnItem[]; arcPaths: ArcPath[] }): void {
    this.#items = layout.items;
    this.#arcPaths = layout.arcPaths;
    this.#onLayout(layout.items);
  }

  /**
   * Where everything goes for the scene and view as they are when it starts: the items in drawing
   * order and the arcs' paths. Yields about every few thousand points; gives up (null) once
   * another layout has begun (`run` is no longer the last).
   */
  *#layoutSteps(run: number): Generator<void, { items: DrawnItem[]; arcPaths: ArcPath[] } | null> {
    const map = this._map!;
    const { points, selectedId, highlightIds, arcs } = this.#scene;
    const centreLon = map.getCenter().lng;
    const emphasized = selectedId !== null || highlightIds.size > 0;
    const selected = yield* this.#project(run, points, centreLon, selectedId, highlightIds);
    if (run !== this.#layoutRun) return null;
    const clustering = map.getZoom() < CLUSTER_MAX_ZOOM;
    const items: DrawnItem[] = [];
    for (const group of this.#groups) {
      const emphasis: Emphasis =
        group.name === 'highlighted' ? 'highlight' : emphasized ? 'dim' : 'normal';
      const radius = clustering ? CLUSTER_RADIUS : 4;
      const clusters = yield* clusterSteps(group.xs, group.ys, group.count, radius);
      if (run !== this.#layoutRun) return null;
      yield* this.#groupItems(run, points, group, clusters, clustering, emphasis, items);
      if (run !== this.#layoutRun) return null;
    }
    if (selected) items.push(selected);
    const arcPaths = arcs.map((arc) => {
      const end = arc.path[arc.path.length - 1]!;
      const by = shiftLonNear(end[1], centreLon) - end[1];
      const xs = new Float64Array(arc.path.length);
      const ys = new Float64Array(arc.path.length);
      arc.path.forEach(([lat, lon], i) => {
        const lp = map.latLngToLayerPoint([lat, lon + by]);
        xs[i] = lp.x;
        ys[i] = lp.y;
      });
      return { xs, ys, role: arc.role };
    });
    return { items, arcPaths };
  }

  /**
   * Layer pixels of every point (as map.latLngToLayerPoint, without its objects), sorted into
   * the clustering groups (`#groups`) in the points' order; gives the selected point, which is
   * kept apart. The groups' arrays are the layer's own, reused from one layout to the next.
   */
  *#project(
    run: number,
    points: readonly MapPoint[],
    centreLon: number,
    selectedId: string | null,
    highlightIds: ReadonlySet<string>,
  ): Generator<void, DrawnItem | null> {
    const map = this._map!;
    const scale = mercatorScale(map.getZoom());
    const origin = map.getPixelOrigin();
    const [all, highlighted] = this.#groups.map((g) => g.reserve(points.length));
    let selected: DrawnItem | null = null;
    for (let i = 0; i < points.length; i++) {
      if (i % STEP === STEP - 1) {
        yield;
        // Another layout began and reset the groups: this one is dropped.
        if (run !== this.#layoutRun) return null;
      }
      const p = points[i]!;
      const x = layerPixel(mercatorX(shiftLonNear(p.lon, centreLon)), scale, origin.x);
      const y = layerPixel(mercatorY(p.lat), scale, origin.y);
      if (p.id === selectedId) {
        selected = { key: p.id, kind: 'point', members: [p], x, y, r: 9, emphasis: 'selected' };
        continue;
      }
      (highlightIds.size > 0 && highlightIds.has(p.id) ? highlighted! : all!).add(i, x, y);
    }
    return selected;
  }

  /**
   * The drawn items of one group, added to `items`: its clusters, or its points fanned out where
   * they meet. Yields about every STEP members; stops once another layout has begun (`run`).
   */
  *#groupItems(
    run: number,
    points: readonly MapPoint[],
    group: ProjectedGroup,
    c: Clusters,
    clustering: boolean,
    emphasis: Emphasis,
    items: DrawnItem[],
  ): Generator<void, void> {
    const point = (k: number) => points[group.index[c.members[k]!]!]!;
    let due = STEP;
    for (let g = 0; g < c.count; g++) {
      const from = c.start[g]!;
      const to = c.start[g + 1]!;
      if (to > due) {
        due = to + STEP;
        yield;
        if (run !== this.#layoutRun) return;
      }
      const x = c.x[g]!;
      const y = c.y[g]!;
      const first = point(from);
      if (to - from === 1) {
        items.push({ key: first.id, kind: 'point', members: [first], x, y, r: 6, emphasis });
        continue;
      }
      const members: MapPoint[] = [];
      for (let k = from; k < to; k++) members.push(point(k));
      if (clustering) {
        const key = `cluster:${group.name}:${first.id}`;
        const r = clusterRadius(members.length);
        const shares = clusterShares(members);
        items.push({ key, kind: 'cluster', members, shares, x, y, r, emphasis });
        continue;
      }
      const offsets = spiralOffsets(members.length, 15);
      members.forEach((m, i) => {
        const o = offsets[i]!;
        items.push({
          key: m.id,
          kind: 'point',
          members: [m],
          x: x + o.dx,
          y: y + o.dy,
          originX: x,
          originY: y,
          r: 6,
          emphasis,
        });
      });
    }
  }

  #paint(): void {
    const ctx = this.#ctx;
    if (!ctx || !this._map) return;
    const dpr = window.devicePixelRatio || 1;
    const { x: minX, y: minY } = this.#min;
    ctx.setTransform(dpr, 0, 0, dpr, -minX * dpr, -minY * dpr);
    ctx.clearRect(minX, minY, this.#size.x, this.#size.y);
    this.#blank = false;
    this.#draw(ctx, minX, minY, this.#size.x, this.#size.y, this.#scene.focusKey);
    if (this.#onFirstPaint && this.#hasPoints) {
      const done = this.#onFirstPaint;
      this.#onFirstPaint = null;
      requestAnimationFrame(() => done());
    }
  }

  /**
   * Draws what the view shows into another canvas (an export): container pixel (0, 0) at the
   * context's origin, under its transform; no keyboard focus ring.
   */
  paintTo(ctx: CanvasRenderingContext2D): void {
    const map = this._map;
    if (!map) return;
    const origin = map.containerPointToLayerPoint([0, 0]);
    const size = map.getSize();
    ctx.save();
    ctx.translate(-origin.x, -origin.y);
    this.#draw(ctx, origin.x, origin.y, size.x, size.y, null);
    ctx.restore();
  }

  /** Markers, arcs and labels inside the box (layer pixels) on a context set to layer pixels. */
  #draw(
    ctx: CanvasRenderingContext2D,
    minX: number,
    minY: number,
    width: number,
    height: number,
    focusKey: string | null,
  ): void {
    const maxX = minX + width;
    const maxY = minY + height;
    const inside = (i: DrawnItem) =>
      i.x > minX - 40 && i.x < maxX + 40 && i.y > minY - 40 && i.y < maxY + 40;
    const { formatCount, selectedId } = this.#scene;
    let focused: DrawnItem | null = null;
    // Arcs go above the dimmed markers and below the ones they connect.
    let arcsDrawn = false;
    const drawArcs = () => {
      arcsDrawn = true;
      for (const arc of this.#arcPaths) drawArc(ctx, arc.xs, arc.ys, arc.role);
    };
    for (const item of this.#items) {
      if (item.key === focusKey) focused = item;
      if (!arcsDrawn && item.emphasis !== 'dim' && item.emphasis !== 'normal') drawArcs();
      if (!inside(item)) continue;
      if (item.originX !== undefined && item.originY !== undefined) {
        drawLeader(ctx, item.originX, item.originY, item.x, item.y);
      }
      if (item.kind === 'cluster') {
        drawCluster(
          ctx,
          item.shares ?? clusterShares(item.members),
          item.x,
          item.y,
          item.emphasis,
          formatCount(item.members.length),
        );
      } else drawPoint(ctx, item.members[0]!, item.x, item.y, item.emphasis);
    }
    if (!arcsDrawn) drawArcs();
    // Labels go on top, the selected name first; a year that would cover a marker or another
    // label is left out (the keyboard list and tooltips still give it).
    const taken = new Occupancy();
    for (const item of this.#items) {
      if (inside(item)) taken.add(item.x - item.r, item.y - item.r, 2 * item.r, 2 * item.r);
    }
    const chosen = this.#items.find((i) => i.key === selectedId);
    if (chosen) {
      const name = chosen.members[0]!.name;
      setFont(ctx, 700, 12);
      taken.add(chosen.x + 14, chosen.y - 19, ctx.measureText(name).width, 14);
      drawLabel(ctx, name, chosen.x + 14, chosen.y - 12, { bold: true, size: 12 });
    }
    setFont(ctx, 500, 10);
    for (let i = this.#items.length - 1; i >= 0; i--) {
      const item = this.#items[i]!;
      const text = inside(item) ? yearText(item) : null;
      if (!text) continue;
      const width = ctx.measureText(text).width;
      const x = item.kind === 'cluster' ? item.x - width / 2 : item.x + 10;
      const y = item.kind === 'cluster' ? item.y + item.r + 8 : item.y;
      if (!taken.tryAdd(x, y - 6, width, 12)) continue;
      drawLabel(ctx, text, x, y, { size: 10, alpha: item.emphasis === 'dim' ? 0.45 : 1 });
    }
    if (focused)
      drawFocusRing(ctx, focused.x, focused.y, focused.kind === 'cluster' ? focused.r : 8);
  }
}
