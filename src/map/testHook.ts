/**
 * A read-only window into one map view for browser tests, like the graph's (graph/testHook.ts):
 * it hangs on the map's own element (data-testid="map") as `atlasMap`. The keyboard list of
 * places names each place and the id of a point; the members of a cluster, up to all 20,000
 * organizations of a large file at the world view, are read here instead of being written into
 * the page.
 */

/** A place drawn inside the view: a point or a cluster, with the ids of what it stands for. */
export interface PlaceInView {
  key: string;
  kind: 'point' | 'cluster';
  ids: string[];
}

export interface AtlasMapHook {
  /** The places drawn inside the view now, as the keyboard list has them. */
  placesInView(): PlaceInView[];
}

/** The map's element, as tests see it. */
export interface AtlasMapElement extends HTMLElement {
  atlasMap?: AtlasMapHook;
}

/** Installs the hook on `element`; returns a function that removes it if it is still this one. */
export function installMapHook(element: AtlasMapElement, hook: AtlasMapHook): () => void {
  element.atlasMap = hook;
  return () => {
    if (element.atlasMap === hook) delete element.atlasMap;
  };
}
