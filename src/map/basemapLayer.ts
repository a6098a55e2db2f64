/**
 * The basemap as ONE Leaflet layer: every country of a basemap drawn by the map's L.Canvas
 * renderer in a single pass, instead of one L.Polygon per country and copy of the world.
 * L.Canvas keeps its life cycle: the canvas covers the view plus padding, is laid out and
 * redrawn on `moveend`/`viewreset`, and is scaled by CSS transform while a zoom animates. The
 * layer hooks into it as an L.Path: `_project` (zoom or pixel origin changed), `_update` (the
 * canvas moved) and `_updatePath` (the renderer is drawing).
 *
 * Each country becomes a Path2D once per zoom level, for the 0° copy of the world only and only
 * when first drawn; the copies at ±360° (WORLD_SHIFTS) are the same paths translated by the
 * world's width in pixels. Countries whose box misses the view are skipped.
 */
import * as L from 'leaflet';
import { WORLD_SHIFTS, type Basemap, type CountryProps } from './basemap.ts';
import { meetsView, pathOf, worldSize, type CountryStyle, type PixelBox } from './basemapDraw.ts';

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
  /**
   * What L.Canvas clears and redraws for this layer (layer pixels): anything, as the layer
   * draws all it has whatever changed.
   */
  _pxBounds = L.bounds([-1e9, -1e9], [1e9, 1e9]);
  readonly basemap: Basemap;
  #style: (props: CountryProps) => CountryStyle;
  /** Each country's style, found when first drawn and forgotten by `restyle`. */
  #styles: (CountryStyle | undefined)[] = [];
  /** Each country's path at `#pathZoom`, made when first drawn. */
  #paths: (Path2D | undefined)[] = [];
  #pathZoom = NaN;
  #zoom = 0;
  #origin = L.point(0, 0);

  /** `style` gives a country's paint; it is asked again only after `restyle`. */
  constructor(basemap: Basemap, style: (props: CountryProps) => CountryStyle) {
    super();
    // L.Layer has no initialize(), so options given to super() would be dropped.
    L.setOptions(this, { interactive: false });
    this.basemap = basemap;
    this.#style = style;
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
    this.#paint(ctx, map.getZoom(), origin, L.bounds([0, 0], map.getSize()));
  }

  /** L.Path hook: the zoom or the pixel origin changed. */
  _project(): void {
    const map = this._map;
    this.#zoom = map.getZoom();
    this.#origin = map.getPixelOrigin();
  }

  /** L.Path hook: the canvas was laid out again. Nothing to clip: drawing skips by country. */
  _update(): void {}

  /** L.Path hook: L.Canvas draws its layers (its context is in layer pixels). */
  _updatePath(): void {
    const renderer = this._renderer;
    if (renderer?._drawing) this.#paint(renderer._ctx, this.#zoom, this.#origin, renderer._bounds);
  }

  /**
   * The one drawing of the basemap, for the map and for exports: the countries that meet `box`
   * (the context's pixels) in every copy of the world at `zoom`, filled even-odd and bordered
   * with round joins. `origin` is the world pixel at the context's (0, 0) under its transform;
   * stripe patterns are anchored to the outlines, so they match across borders.
   */
  #paint(ctx: CanvasRenderingContext2D, zoom: number, origin: L.Point, box: L.Bounds): void {
    const { outlines } = this.basemap;
    const size = worldSize(zoom);
    const { min = origin, max = origin } = box;
    const view: PixelBox = [min.x + origin.x, min.y + origin.y, max.x + origin.x, max.y + origin.y];
    if (zoom !== this.#pathZoom) {
      this.#pathZoom = zoom;
      this.#paths = [];
    }
    ctx.save();
    ctx.globalAlpha = 1;
    ctx.lineJoin = 'round';
    for (const shift of WORLD_SHIFTS) {
      const offset = (shift / 360) * size;
      ctx.save();
      ctx.translate(offset - origin.x, -origin.y);
      outlines.forEach((outline, i) => {
        if (!meetsView(outline, size, offset, view)) return;
        const path = (this.#paths[i] ??= pathOf(outline, size));
        const style = (this.#styles[i] ??= this.#style(outline.props));
        ctx.fillStyle = style.fill;
        ctx.fill(path, 'evenodd');
        ctx.strokeStyle = style.stroke;
        ctx.lineWidth = style.weight;
        ctx.stroke(path);
      });
      ctx.restore();
    }
    ctx.restore();
  }
}
