/**
 * A read-only window into the graph view for browser tests and benchmarks, which cannot read
 * a canvas: where a node is on screen. Nothing here changes the view.
 */

export interface AtlasGraphHook {
  /** Centre of the node for a selection id, in CSS pixels of the page (for mouse clicks). */
  positionOf(selectionId: string): { x: number; y: number } | null;
}

declare global {
  interface Window {
    __atlasGraph?: AtlasGraphHook;
  }
}

/** Installs the hook; returns a function that removes it if it is still this one. */
export function installTestHook(hook: AtlasGraphHook): () => void {
  if (typeof window === 'undefined') return () => {};
  window.__atlasGraph = hook;
  return () => {
    if (window.__atlasGraph === hook) delete window.__atlasGraph;
  };
}
