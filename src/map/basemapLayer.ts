/**
 * The basemap as ONE Leaflet layer: every country of a basemap drawn by the map's L.Canvas
 * renderer in a single pass (basemapDraw.ts), instead of one L.Polygon per country and copy of
 * the world. L.Canvas keeps its life cycle: the canvas covers the view plus padding, is laid out
 * and redrawn on `moveend`/`viewreset`, and is scaled by CSS transform while a zoom animates.
 * The layer hooks into it as an L.Path: `_project` (zoom or pixel origin changed), `_update`
 * (the canvas moved) and `_updatePath` (the renderer is drawing).
 */
import * as L from 'leaflet';
import type { Basemap, CountryProps } from './basemap.ts';
import {
  OutlinePaths,
  paintBasemap,
  worldSize,
  type CountryStyle,
  type PixelBox,
} from './basemapDraw.ts';

/** What the layer reads of L.Canvas while it draws (Leaflet internals, untyped there). */
interface CanvasInternals {
  _drawing: boolean;
  _ctx: CanvasRenderingContext2D;
  /** The canvas's box in layer pixels. */
  _bounds: L.Bounds;
}

export class BasemapLayer extends L.Path {
  /** Set by L.Path when the layer is added: the map's L.Canvas. */
  declare _renderer: CanvasInternals | undefined;
  /** What L.Canvas redraws for this layer: every copy of the world, in layer pixels. */
  declare _pxBounds: L.Bounds | undefined;
  readonly basemap: Basemap;
  #paths: OutlinePaths;
  #style: (props: CountryProps) => CountryStyle;
  /** Each country's style, found when first drawn and forgotten by `restyle`. */
  #styles: (CountryStyle | undefined)[] = [];
  /** [minX, minY, maxX, maxY] of all outlines, in world units. */
  #box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  #zoom = 0;
  #origin = L.point(0, 0);

  /** `style` gives a country's paint; it is asked again only after `restyle`. */
  constructor(basemap: Basemap, style: (props: CountryProps) => CountryStyle) {
    super();
    // L.Layer has no initialize(), so options given to super() would be dropped.
    L.setOptions(this, { interactive: false });
    this.basemap = basemap;
    this.#paths = new OutlinePaths(basemap.outlines);
    this.#style = style;
    for (const { box } of basemap.outlines) {
      this.#box = [
        Math.min(this.#box[0], box[0]),
        Math.min(this.#box[1], box[1]),
        Math.max(this.#box[2], box[2]),
        Math.max(this.#box[3], box[3]),
      ];
    }
  }

  /** Styles the countries again (the shading changed) and redraws; the outlines are kept. */
  restyle(): void {
    this.#styles = [];
    this.redraw();
  }

  /**
   * Paints what the view shows into another canvas (an export): container pixel (0, 0) at the
   * context's origin, under its transform.
   */
  paintTo(ctx: CanvasRenderingContext2D): void {
    const map = this._map as L.Map | undefined;
    if (!map) return;
    const origin = map.containerPointToLayerPoint([0, 0]).add(map.getPixelOrigin());
    const size = map.getSize();
    this.#paint(ctx, map.getZoom(), origin, [
      origin.x,
      origin.y,
      origin.x + size.x,
      origin.y + size.y,
    ]);
  }

  /** L.Path hook: the zoom or the pixel origin changed. */
  _project(): void {
    const map = this._map;
    this.#zoom = map.getZoom();
    this.#origin = map.getPixelOrigin();
    const size = worldSize(this.#zoom);
    const [x0, y0, x1, y1] = this.#box;
    const { x, y } = this.#origin;
    // The copies at ±360° reach one world's width further on each side.
    this._pxBounds = L.bounds(
      [(x0 - 1) * size - x, y0 * size - y],
      [(x1 + 1) * size - x, y1 * size - y],
    );
  }

  /** L.Path hook: the canvas was laid out again. Nothing to clip: drawing skips by country. */
  _update(): void {}

  /** L.Path hook: L.Canvas draws its layers (its context is in layer pixels). */
  _updatePath(): void {
    const renderer = this._renderer;
    if (!renderer?._drawing) return;
    const { min, max } = renderer._bounds;
    const { x, y } = this.#origin;
    if (!min || !max) return;
    this.#paint(renderer._ctx, this.#zoom, this.#origin, [
      min.x + x,
      min.y + y,
      max.x + x,
      max.y + y,
    ]);
  }

  /** L.Canvas asks interactive layers only; the basemap is not one (hitCountry.ts is). */
  _containsPoint(): boolean {
    return false;
  }

  #paint(ctx: CanvasRenderingContext2D, zoom: number, origin: L.Point, view: PixelBox): void {
    const { outlines } = this.basemap;
    paintBasemap(
      ctx,
      this.#paths,
      zoom,
      (i) => (this.#styles[i] ??= this.#style(outlines[i]!.props)),
      view,
      origin,
    );
  }
}
