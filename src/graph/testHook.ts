/**
 * A read-only window into one graph view for browser tests and benchmarks, which cannot read
 * a canvas: where a node is on screen, and counters. It hangs on the graph's own root element
 * (the one with data-testid="graph") as `atlasGraph`, not on window: two atlases on one page
 * each have their own. Nothing here changes the view.
 */

/** Counters for benchmarks: performance.now() times, and how much work the page did. */
export interface GraphStats {
  /** When the current layout started (a new node set, or a drag reheating it). */
  startedAt: number;
  /** When it settled; null while it runs. */
  settledAt: number | null;
  /** When the settled picture was completely on screen; null until then. */
  paintedAt: number | null;
  /** Ticks the worker reported for the current layout. */
  ticks: number;
  /** Messages received from the worker. */
  messages: number;
  draws: number;
  /** Main-thread time of the last frame. */
  drawMs: number;
  /** What the last complete paint of the scene cost, over one or several frames. */
  paintMs: number;
  /** Where the layout runs: a worker, or the page's thread where no worker may start. */
  layoutRunsOn: 'worker' | 'main-thread';
  /** On the main thread: the longest task the layout took, in ms (null in a worker). */
  layoutLongestTaskMs: number | null;
}

export interface AtlasGraphHook {
  /** Centre of the node for a selection id, in CSS pixels of the page (for mouse clicks). */
  positionOf(selectionId: string): { x: number; y: number } | null;
  /** Where a node is in layout units (camera moves leave it unchanged); null when not drawn. */
  layoutPositionOf(selectionId: string): { x: number; y: number } | null;
  stats(): GraphStats;
  /** The camera's zoom factor (layout units to CSS pixels). */
  scale(): number;
  /** The zoom factor that would show every node (the view's "fit all"). */
  fitAllScale(): number;
  /** The names drawn on screen, with the direction each was shaped in. */
  labels(): { id: string; text: string; direction: 'ltr' | 'rtl' | undefined }[];
}

/** The graph's root element, as tests and benchmarks see it. */
export interface AtlasGraphElement extends HTMLElement {
  atlasGraph?: AtlasGraphHook;
}

/** Installs the hook on `element`; returns a function that removes it if it is still this one. */
export function installTestHook(element: AtlasGraphElement, hook: AtlasGraphHook): () => void {
  element.atlasGraph = hook;
  return () => {
    if (element.atlasGraph === hook) delete element.atlasGraph;
  };
}
