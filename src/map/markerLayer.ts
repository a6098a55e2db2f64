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
import { clusterPoints, spiralOffsets, type ScreenPoint } from './cluster.ts';
import {
  clusterRadius,
  drawArc,
  drawCluster,
  drawFocusRing,
  drawLabel,
  drawLeader,
  drawPoint,
  hitRadius,
  forgetFont,
  setFont,
  type Emphasis,
} from './draw.ts';
import type { MapPoint } from './points.ts';
import type { Arc, ArcRole } from './selection.ts';
import { nextTask } from '../state/tasks.ts';

/** Below this zoom nearby markers merge into clusters; from it on, shared spots fan out. */
export const CLUSTER_MAX_ZOOM = 7;
/** Markers closer than this (pixels) share a cluster. */
export const CLUSTER_RADIUS = 22;
/** Extra canvas around the view, as a share of its size, so short pans show no empty edge. */
const PADDING = 0.3;

export interface DrawnItem {
  /** A point's id, or `cluster:<group>:<first member id>`. */
  key: string;
  kind: 'point' | 'cluster';
  /** One member for a point. */
  members: MapPoint[];
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

/** Clustering groups: everything else, and the highlighted records (kept apart so they stay visible). */
const GROUPS = ['all', 'highlighted'] as const;

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
  #frame = 0;
  #dirty = false;
  /** A layout is asked for: it runs in a task of its own (see `update`). */
  #layoutAsked = false;
  /** Nothing drawn on the canvas since it was sized: its memory is taken at the next drawing. */
  #blank = true;
  /** Set once the points have been given (possibly none): the next paint is the first real one. */
  #hasPoints = false;
  #onLayout: (items: readonly DrawnItem[]) => void;
  #onFirstPaint: (() => void) | null;

  constructor(
    scene: MarkerScene,
    onLayout: (items: readonly DrawnItem[]) => void,
    onFirstPaint: () => void,
  ) {
    super();
    // L.Layer has no initialize(), so options given to super() would be dropped.
    L.setOptions(this, { pane: 'atlasMarkers' });
    this.#scene = scene;
    this.#onLayout = onLayout;
    this.#onFirstPaint = onFirstPaint;
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
    void nextTask().then(() => {
      this.#layoutAsked = false;
      if (this.#dirty) this.#layout();
      // A canvas takes its memory when first drawn on (ten milliseconds and more at this
      // size): here, rather than in the frame that paints.
      if (this.#blank) this.#ctx?.clearRect(0, 0, 1, 1);
      this.#askPaint();
    });
  }

  #askPaint(): void {
    if (!this.#frame) this.#frame = requestAnimationFrame(this.#onFrame);
  }

  #onFrame = (): void => {
    this.#frame = 0;
    // A layout still asked for paints when it is done.
    if (!this.#dirty) this.#paint();
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
    this.#min = map.containerPointToLayerPoint(size.multiplyBy(-PADDING)).round();
    this.#size = size.multiplyBy(1 + 2 * PADDING).round();
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
    const viewHalf = map.getSize().multiplyBy(0.5 + PADDING);
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

  #layout(): void {
    const map = this._map;
    if (!map) return;
    this.#dirty = false;
    const { points, selectedId, highlightIds, arcs } = this.#scene;
    const centreLon = map.getCenter().lng;
    const emphasized = selectedId !== null || highlightIds.size > 0;
    const groups = new Map<string, ScreenPoint<MapPoint>[]>(GROUPS.map((g) => [g, []]));
    let selected: DrawnItem | null = null;
    for (const p of points) {
      const lp = map.latLngToLayerPoint([p.lat, shiftLonNear(p.lon, centreLon)]);
      if (p.id === selectedId) {
        selected = {
          key: p.id,
          kind: 'point',
          members: [p],
          x: lp.x,
          y: lp.y,
          r: 9,
          emphasis: 'selected',
        };
        continue;
      }
      groups
        .get(highlightIds.has(p.id) ? 'highlighted' : 'all')!
        .push({ item: p, x: lp.x, y: lp.y });
    }
    const clustering = map.getZoom() < CLUSTER_MAX_ZOOM;
    const items: DrawnItem[] = [];
    for (const [group, list] of groups) {
      const emphasis: Emphasis =
        group === 'highlighted' ? 'highlight' : emphasized ? 'dim' : 'normal';
      for (const c of clusterPoints(list, clustering ? CLUSTER_RADIUS : 4)) {
        const first = c.members[0]!;
        if (c.members.length === 1) {
          items.push({
            key: first.id,
            kind: 'point',
            members: [first],
            x: c.x,
            y: c.y,
            r: 6,
            emphasis,
          });
        } else if (clustering) {
          const key = `cluster:${group}:${first.id}`;
          const r = clusterRadius(c.members.length);
          items.push({ key, kind: 'cluster', members: c.members, x: c.x, y: c.y, r, emphasis });
        } else {
          const offsets = spiralOffsets(c.members.length, 15);
          c.members.forEach((m, i) => {
            const o = offsets[i]!;
            items.push({
              key: m.id,
              kind: 'point',
              members: [m],
              x: c.x + o.dx,
              y: c.y + o.dy,
              originX: c.x,
              originY: c.y,
              r: 6,
              emphasis,
            });
          });
        }
      }
    }
    if (selected) items.push(selected);
    this.#items = items;
    this.#arcPaths = arcs.map((arc) => {
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
    this.#onLayout(items);
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
          item.members,
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
