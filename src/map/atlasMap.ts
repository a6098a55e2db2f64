/**
 * The imperative side of the map: owns the Leaflet instance, the basemap, the shading of
 * network countries and the marker layer, and turns pointer events into callbacks. MapView.svelte
 * creates one on mount, pushes props through the setters and destroys it on cleanup.
 */
import * as L from 'leaflet';
import coarseOutlines from 'virtual:coarse-outlines';
import { boundsOf, shiftLonNear, type LatLon } from '../model/geo.ts';
import {
  basemapFromTopology,
  basemapSteps,
  type Basemap,
  type CountryProps,
  type CountryShape,
} from './basemap.ts';
import { BasemapLayer } from './basemapLayer.ts';
import type { CountryStyle } from './basemapDraw.ts';
import { unpackSteps, type PackedOutlines } from './outlines.ts';
import { stepsCache } from '../model/steps.ts';
import { countryAt } from './hitCountry.ts';
import { zoomToSplit } from './cluster.ts';
import {
  CLUSTER_MAX_ZOOM,
  CLUSTER_RADIUS,
  CANVAS_PADDING,
  MarkerLayer,
  type DrawnItem,
  type MarkerScene,
} from './markerLayer.ts';
import { mix, stripes } from './shading.ts';
import type { MapPoint } from './points.ts';

/** The closest a fit goes: a region or a city, not a street. */

/** From this zoom on, the 1:50m outlines replace the 1:110m ones (loaded on first need). */
export const FINE_ZOOM = 4;
/** Most network colours striped across one country. */
const MAX_STRIPES = 4;
/** Most places the keyboard list holds at once. */
export const MAX_PLACES = 400;
/** The closest a selection's frame zooms: a country or region with its neighbours around it. */
export const FRAME_MAX_ZOOM = 6;
/** The closest a single place is framed: its region. */
export const FRAME_SINGLE_ZOOM = 5;
/** Where a selection whose places do not fit the view is shown around its own place. */
const FRAME_SMALL_VIEW_ZOOM = 3;

/** Pixels of the view covered at each side (a sheet over the map); the frame avoids them. */
export interface FrameInset {
  top: number;
  bottom: number;
  left: number;
  right: number;
}
const NO_INSET: FrameInset = { top: 0, bottom: 0, left: 0, right: 0 };
const WORLD: L.LatLngBoundsLiteral = [
  [-56, -168],
  [75, 190],
];

/**
 * L.Canvas that drops a redraw still pending when it is removed. Leaflet's own redraw on
 * `moveend` runs at once and forgets the pending one's handle without cancelling it, so a
 * restyle just before the map was removed (leaving a presenter's tour) would run on no canvas.
 */
const SafeCanvas = L.Canvas.extend({
  _redraw(this: { _ctx?: CanvasRenderingContext2D }) {
    if (this._ctx) (L.Canvas.prototype as unknown as { _redraw(): void })._redraw.call(this);
  },
  /**
   * Draws now the redraw Leaflet put off to the next frame, and drops that frame's. The
   * browser rasterizes a canvas's drawing when it commits the frame, not when it is drawn: this
   * keeps the drawing itself out of the frame (README, "Speed").
   */
  redrawNow(this: { _redrawRequest?: number | null; _redraw(): void }) {
    if (!this._redrawRequest) return;
    L.Util.cancelAnimFrame(this._redrawRequest);
    this._redraw();
  },
}) as unknown as new (options: L.RendererOptions) => L.Canvas & { redrawNow(): void };

/** The 1:110m basemap, unpacked and projected once per page (every map on it shares it). */
const coarse = stepsCache(function* (packed: PackedOutlines): Generator<void, Basemap> {
  return yield* basemapSteps(yield* unpackSteps(packed));
});
let preparing: Promise<void> | null = null;
function coarseBasemap(): Basemap {
  return coarse.now(coarseOutlines);
}

/**
 * Builds the 1:110m basemap ahead of the first map, a slice per task (`between`): a page starts
 * it while its data loads (App.svelte), and a map waits for it (MapView.svelte), so that making
 * the map does not build it in one task. Started once; later calls wait for the same build.
 */
export function prepareBasemap(between: () => Promise<void>): Promise<void> {
  preparing ??= coarse.ahead(coarseOutlines, between);
  return preparing;
}

/** A drawn item as the keyboard list and tests see it: container pixels. */
export interface PlaceItem {
  key: string;
  kind: 'point' | 'cluster';
  members: readonly MapPoint[];
  x: number;
  y: number;
}

export type Hover =
  | { kind: 'item'; item: PlaceItem }
  | {
      kind: 'country';
      x: number;
      y: number;
      code: string;
      name: string;
      networkIds: readonly string[];
    };

export interface Shading {
  enabled: boolean;
  /** Country code -> network ids. */
  byCountry: ReadonlyMap<string, readonly string[]>;
  colours: ReadonlyMap<string, string>;
  /** A selected network: only its countries are shaded, more strongly. */
  selectedNetwork: string | null;
}

export interface AtlasMapEvents {
  onselect: (id: string) => void;
  onhover: (hover: Hover | null) => void;
  /** The items drawn inside the view and the zoom, after every layout. */
  onplaces: (items: PlaceItem[], zoom: number) => void;
  onfirstpaint: () => void;
}

export interface AtlasMapOptions {
  reducedMotion: boolean;
  tileUrl: string | null;
  formatCount: (n: number) => string;
}

interface Colours {
  land: string;
  border: string;
}

export class AtlasMap {
  readonly map: L.Map;
  #events: AtlasMapEvents;
  #options: AtlasMapOptions;
  #markers: MarkerLayer;
  #renderer: L.Canvas & { redrawNow(): void };
  #coarse: BasemapLayer;
  #fine: BasemapLayer | null = null;
  #fineLoading = false;
  #shading: Shading = {
    enabled: false,
    byCountry: new Map(),
    colours: new Map(),
    selectedNetwork: null,
  };
  #colours: Colours;
  #zoomControl: L.Control.Zoom | null = null;
  #hoverKey = '';
  #moveFrame = 0;
  #resize: ResizeObserver;
  #destroyed = false;
  #initialView = true;
  #fitting = false;
  /** The last places framed, framed again when the view resizes until a person moves it. */
  #lastFrame: { targets: readonly LatLon[]; inset?: FrameInset; exact?: boolean } | null = null;

  constructor(element: HTMLElement, events: AtlasMapEvents, options: AtlasMapOptions) {
    this.#events = events;
    this.#options = options;
    const css = getComputedStyle(element);
    const token = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
    this.#colours = {
      land: options.tileUrl ? 'transparent' : token('--map-land', '#fbfbf8'),
      border: token('--map-border', '#a2a9b1'),
    };
    const animate = !options.reducedMotion;
    this.#renderer = new SafeCanvas({ padding: CANVAS_PADDING });
    this.map = L.map(element, {
      preferCanvas: true,
      renderer: this.#renderer,
      zoomControl: false,
      attributionControl: false,
      // The keyboard list (MapPlaces) owns the keys; Leaflet's would steal the arrows.
      keyboard: false,
      worldCopyJump: true,
      minZoom: 1,
      maxZoom: 12,
      zoomSnap: 0.5,
      maxBounds: [
        [-78, -1e4],
        [86, 1e4],
      ],
      maxBoundsViscosity: 0.8,
      zoomAnimation: animate,
      fadeAnimation: animate,
      markerZoomAnimation: animate,
      inertia: animate,
    });
    const pane = this.map.createPane('atlasMarkers');
    pane.style.zIndex = '450';
    pane.style.pointerEvents = 'none';
    if (options.tileUrl) L.tileLayer(options.tileUrl, { maxZoom: 12 }).addTo(this.map);
    // Added with the first markers (MarkerLayer's `underneath`), not before.
    this.#coarse = this.#basemapLayer(coarseBasemap());
    this.showWorld();

    const scene: MarkerScene = {
      points: [],
      selectedId: null,
      highlightIds: new Set(),
      arcs: [],
      focusKey: null,
      formatCount: options.formatCount,
    };
    this.#markers = new MarkerLayer(
      scene,
      (items) => this.#publish(items),
      events.onfirstpaint,
      () => {
        // A zoom made meanwhile may have chosen a basemap already.
        if (!this.map.hasLayer(this.#coarse) && !(this.#fine && this.map.hasLayer(this.#fine)))
          this.#coarse.addTo(this.map);
        // Drawn in this task, the one before the markers' frame: that frame was the longest of
        // a large file's load (at 20,000 organizations, 50-68 ms with the basemap's 7-12 ms).
        this.#renderer.redrawNow();
      },
    );
    this.#markers.addTo(this.map);

    this.map.on('click', this.#onClick);
    this.map.on('mousemove', this.#onMouseMove);
    this.map.on('mouseout', () => this.#hover(null));
    this.map.on('movestart', () => this.#hover(null));
    this.map.on('zoomend', () => this.#chooseBasemap());
    // The pane may get its final size after mount: keep showing the whole world until the
    // person or a selection moves the camera.
    this.map.on('dragstart zoomstart', () => {
      if (this.#fitting) return;
      this.#initialView = false;
      this.#lastFrame = null;
    });
    let size = `${element.clientWidth}x${element.clientHeight}`;
    this.#resize = new ResizeObserver(() => {
      // Observing reports the size once at start: only a real change costs a new layout.
      const now = `${element.clientWidth}x${element.clientHeight}`;
      if (now === size) return;
      size = now;
      this.map.invalidateSize({ animate: false });
      if (this.#lastFrame)
        this.frame(this.#lastFrame.targets, { ...this.#lastFrame, animate: false });
      else if (this.#initialView) this.showWorld();
    });
    this.#resize.observe(element);
  }

  destroy(): void {
    this.#destroyed = true;
    this.#resize.disconnect();
    cancelAnimationFrame(this.#moveFrame);
    this.map.remove();
  }

  /** The whole inhabited world, as large as the view allows. */
  showWorld(): void {
    this.#fitting = true;
    this.map.fitBounds(WORLD, { animate: false });
    this.#fitting = false;
  }

  setZoomLabels(zoomIn: string, zoomOut: string): void {
    this.#zoomControl?.remove();
    this.#zoomControl = L.control
      .zoom({ position: 'topleft', zoomInTitle: zoomIn, zoomOutTitle: zoomOut })
      .addTo(this.map);
  }

  setPoints(points: readonly MapPoint[]): void {
    this.#markers.update({ points });
  }

  setEmphasis(selectedId: string | null, highlightIds: ReadonlySet<string>): void {
    this.#markers.update({ selectedId, highlightIds });
  }

  setArcs(arcs: MarkerScene['arcs']): void {
    this.#markers.update({ arcs });
  }

  setFocus(focusKey: string | null): void {
    this.#markers.update({ focusKey });
  }

  /** Restyles the basemap, unless given the shading it has (the one set when the map was made). */
  setShading(shading: Shading): void {
    if (shading === this.#shading) return;
    this.#shading = shading;
    this.#coarse.restyle();
    this.#fine?.restyle();
  }

  /**
   * Frames places: fits the targets (a selection and its related places, an embed's scope, a
   * presenter's step) in the view, zooming in or out, never closer than FRAME_MAX_ZOOM (a single
   * place shows its region, not its street); the world when there are none. The camera keeps
   * framing them when the view resizes, until a person moves it.
   * - `inset`: the part of the view a sheet covers (pixels at each side): the places are fitted
   *   in the rest.
   * - `exact`: the same picture whatever the camera showed before (a presenter's step, however it
   *   is reached): no wrapping towards the current centre, and the pixel origin reset at the end.
   * - `animate`: eased under a second (the default unless reduced motion), else a jump.
   */
  frame(
    targets: readonly LatLon[],
    options: { inset?: FrameInset; exact?: boolean; animate?: boolean } = {},
  ): void {
    const { inset = NO_INSET, exact = false } = options;
    const animate = (options.animate ?? true) && !this.#options.reducedMotion;
    this.#initialView = false;
    this.#lastFrame = { targets, inset, exact };
    const { centre, zoom } = targets.length
      ? this.#frameView(targets, inset, exact ? 0 : this.map.getCenter().lng)
      : { centre: L.latLngBounds(WORLD).getCenter(), zoom: this.map.getBoundsZoom(WORLD) };
    this.map.stop();
    this.#fitting = true;
    if (!exact) {
      this.map.setView(centre, zoom, { animate });
      this.#fitting = false;
      return;
    }
    // `reset` places the pixel origin from this view alone: the markers' canvas then lands on
    // the same pixels whatever the camera did before.
    const settle = () => {
      this.#fitting = true;
      this.map.setView(centre, zoom, { animate: false, reset: true } as L.ZoomPanOptions);
      this.#fitting = false;
    };
    if (!animate) settle();
    else {
      this.map.flyTo(centre, zoom, { duration: 0.8 });
      this.map.once('moveend', () => {
        if (this.#lastFrame?.targets === targets && !this.#destroyed) settle();
      });
    }
    this.#fitting = false;
  }

  /** Where the camera goes to frame targets, longitudes wrapped near `centreLon`. */
  #frameView(
    targets: readonly LatLon[],
    inset: FrameInset,
    centreLon: number,
  ): { centre: L.LatLng; zoom: number } {
    const b = boundsOf(targets)!;
    const west = shiftLonNear(b[0][1], centreLon);
    const bounds = L.latLngBounds([b[0][0], west], [b[1][0], west + (b[1][1] - b[0][1])]);
    const size = this.map.getSize();
    // Small views get small margins, or a single place would be framed from far away.
    const pad = Math.min(48, Math.round(Math.min(size.x, size.y) / 8));
    const topLeft = L.point(pad + inset.left, pad + inset.top);
    const bottomRight = L.point(pad + inset.right, pad + inset.bottom);
    const maxZoom = targets.length === 1 ? FRAME_SINGLE_ZOOM : FRAME_MAX_ZOOM;
    let zoom = Math.max(
      this.map.getMinZoom(),
      Math.min(maxZoom, this.map.getBoundsZoom(bounds, false, topLeft.add(bottomRight))),
    );
    // The centre that puts the bounds in the middle of the part of the view left free...
    const sw = this.map.project(bounds.getSouthWest(), zoom);
    const ne = this.map.project(bounds.getNorthEast(), zoom);
    let centre = sw.add(ne).divideBy(2).add(bottomRight.subtract(topLeft).divideBy(2));
    // ...unless they do not fit (a small view, places far apart): the selected place itself
    // (the first target) is then centred in that part, at a zoom where the world's edge does
    // not hold the camera back.
    const ownLatLng = L.latLng(targets[0]![0], shiftLonNear(targets[0]![1], centreLon));
    const half = size.divideBy(2);
    const own = this.map.project(ownLatLng, zoom);
    const free = L.bounds(
      centre.subtract(half).add(topLeft),
      centre.add(half).subtract(bottomRight),
    );
    if (!free.contains(own)) {
      zoom = Math.max(zoom, FRAME_SMALL_VIEW_ZOOM);
      centre = this.map.project(ownLatLng, zoom).add(bottomRight.subtract(topLeft).divideBy(2));
    }
    return { centre: this.map.unproject(centre, zoom), zoom };
  }

  /**
   * Paints the view as it is into another canvas (an export), from the app's own geometry:
   * sea, the basemap outlines in use with their shading, then the markers, arcs and labels.
   * Container pixel (0, 0) goes to the context's origin, under its transform (scale it for 2x).
   */
  paintPicture(ctx: CanvasRenderingContext2D): void {
    const size = this.map.getSize();
    const container = this.map.getContainer();
    ctx.save();
    ctx.fillStyle = getComputedStyle(container).backgroundColor || '#dfe8f1';
    ctx.fillRect(0, 0, size.x, size.y);
    this.#shown().paintTo(ctx);
    ctx.restore();
    this.#markers.paintTo(ctx);
  }

  /**
   * Zooms in on a cluster just enough to split it (not to street level), or to where markers
   * sharing one spot fan out; centred on its members.
   */
  expand(item: PlaceItem): void {
    const centreLon = this.map.getCenter().lng;
    const lls = item.members.map((m) => L.latLng(m.lat, shiftLonNear(m.lon, centreLon)));
    const bounds = L.latLngBounds(lls);
    const zoom = zoomToSplit(
      lls.map((ll) => this.map.project(ll, 0)),
      this.map.getZoom(),
      CLUSTER_MAX_ZOOM,
      CLUSTER_RADIUS,
    );
    this.map.setView(bounds.getCenter(), zoom, { animate: !this.#options.reducedMotion });
  }

  zoomBy(delta: number): void {
    this.map.setZoom(this.map.getZoom() + delta, { animate: !this.#options.reducedMotion });
  }

  panBy(dx: number, dy: number): void {
    const size = this.map.getSize();
    this.map.panBy([dx * size.x * 0.3, dy * size.y * 0.3], {
      animate: !this.#options.reducedMotion,
    });
  }

  #basemapLayer(data: Basemap): BasemapLayer {
    return new BasemapLayer(data, (props) => this.#countryStyle(props));
  }

  #countryStyle(props: CountryProps): CountryStyle {
    const { land, border } = this.#colours;
    const base: CountryStyle = { fill: land, stroke: border, weight: 0.6 };
    const s = this.#shading;
    const nets = s.enabled && props.code ? s.byCountry.get(props.code) : undefined;
    if (!nets?.length) return base;
    if (s.selectedNetwork) {
      if (!nets.includes(s.selectedNetwork)) return base;
      const colour = s.colours.get(s.selectedNetwork) ?? '#999999';
      return {
        fill: mix(colour, '#ffffff', 0.7),
        stroke: mix(colour, '#000000', 0.6),
        weight: 1.2,
      };
    }
    const t = nets.length > 1 ? 0.3 : 0.4;
    // Beyond four stripes a country reads as noise; the tooltip names every network.
    const colours = nets
      .slice(0, MAX_STRIPES)
      .map((id) => mix(s.colours.get(id) ?? '#999999', '#ffffff', t));
    return { ...base, fill: stripes(colours) };
  }

  #chooseBasemap(): void {
    // The one-file element and page keep to the coarse outlines: the fine ones would triple
    // their size.
    if (import.meta.env.MODE === 'embed' || import.meta.env.MODE === 'single') return;
    const fine = this.map.getZoom() >= FINE_ZOOM;
    if (fine && !this.#fine && !this.#fineLoading) {
      this.#fineLoading = true;
      void Promise.all([
        import('world-atlas/countries-50m.json?raw'),
        import('d3-geo'),
        import('./countryCodes.ts'),
      ]).then(([{ default: text }, { geoBounds }, { countryCodeOf }]) => {
        if (this.#destroyed) return;
        this.#fine = this.#basemapLayer(
          basemapFromTopology(text, { measure: geoBounds, codeOf: countryCodeOf }),
        );
        this.#chooseBasemap();
      });
      return;
    }
    if (!this.#fine) return;
    const [show, hide] = fine ? [this.#fine, this.#coarse] : [this.#coarse, this.#fine];
    if (!this.map.hasLayer(show)) show.addTo(this.map);
    if (this.map.hasLayer(hide)) hide.remove();
  }

  /** The basemap on the map: the fine one when loaded and zoomed in, else the coarse one. */
  #shown(): BasemapLayer {
    return this.#fine && this.map.hasLayer(this.#fine) ? this.#fine : this.#coarse;
  }

  #countries(): readonly CountryShape[] {
    return this.#shown().basemap.countries;
  }

  #toPlace(item: DrawnItem): PlaceItem {
    const p = this.map.layerPointToContainerPoint(L.point(item.x, item.y));
    return {
      key: item.key,
      kind: item.kind,
      members: item.members,
      x: Math.round(p.x),
      y: Math.round(p.y),
    };
  }

  #publish(items: readonly DrawnItem[]): void {
    const size = this.map.getSize();
    // Layer to container pixels is one shift for all (the pane's offset): at 20,000 markers,
    // no objects for the items outside the view.
    const { x: dx, y: dy } = this.map.layerPointToContainerPoint(L.point(0, 0));
    let out: PlaceItem[] = [];
    for (const item of items) {
      const x = Math.round(item.x + dx);
      const y = Math.round(item.y + dy);
      if (x < 0 || y < 0 || x > size.x || y > size.y) continue;
      out.push({ key: item.key, kind: item.kind, members: item.members, x, y });
    }
    if (out.length > MAX_PLACES) {
      // Zoomed in on thousands of markers: the keyboard list keeps those nearest the centre.
      const d = (p: PlaceItem) => (p.x - size.x / 2) ** 2 + (p.y - size.y / 2) ** 2;
      out = out.sort((a, b) => d(a) - d(b)).slice(0, MAX_PLACES);
    }
    this.#events.onplaces(out, this.map.getZoom());
  }

  #onClick = (e: L.LeafletMouseEvent): void => {
    const hit = this.#markers.hitTest(e.layerPoint);
    if (!hit) return;
    if (hit.kind === 'cluster') this.expand(this.#toPlace(hit));
    else this.#events.onselect(hit.members[0]!.id);
  };

  #onMouseMove = (e: L.LeafletMouseEvent): void => {
    cancelAnimationFrame(this.#moveFrame);
    this.#moveFrame = requestAnimationFrame(() => {
      const hit = this.#markers.hitTest(e.layerPoint);
      this.map.getContainer().classList.toggle('atlas-over-marker', hit !== null);
      if (hit) return this.#hover({ kind: 'item', item: this.#toPlace(hit) });
      if (!this.#shading.enabled) return this.#hover(null);
      const country = countryAt(this.#countries(), e.latlng.lat, e.latlng.lng);
      const networkIds = country?.code ? this.#shading.byCountry.get(country.code) : undefined;
      if (!country?.code || !networkIds?.length) return this.#hover(null);
      const { x, y } = e.containerPoint;
      this.#hover({ kind: 'country', x, y, code: country.code, name: country.name, networkIds });
    });
  };

  #hover(hover: Hover | null): void {
    const key = !hover ? '' : hover.kind === 'item' ? hover.item.key : `country:${hover.code}`;
    if (key === this.#hoverKey && hover?.kind !== 'country') return;
    this.#hoverKey = key;
    this.#events.onhover(hover);
  }
}
