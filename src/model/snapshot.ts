/**
 * A snapshot is everything a person would call "what I am looking at": the view, the selected
 * record, every filter, the year range, the search text, the graph's mode and edge kinds, the
 * map's layers and the UI language. It is a plain JSON value: a link, a presenter's step and an
 * embed's configuration are all snapshots (see state/atlasState.svelte.ts for `snapshot()` and
 * `apply()`, and urlState.ts for its URL form).
 *
 * Lists keep a canonical order (edge kinds in EDGE_KINDS order; facet values in the order they
 * were chosen), so equal states give equal snapshots and equal URLs.
 */
import { NO_FILTERS, type Filters } from './filters.ts';
import { EDGE_KINDS, type EdgeKind } from './relations.types.ts';

export const VIEWS = ['map', 'graph', 'split', 'table'] as const;
export type View = (typeof VIEWS)[number];

/** `typed`: every kind of node; `projection`: organizations only, linked by what they share. */
export const GRAPH_MODES = ['typed', 'projection'] as const;
export type GraphMode = (typeof GRAPH_MODES)[number];

export const MAP_LAYERS = ['organizations', 'networks', 'meetups', 'former'] as const;
export type MapLayer = (typeof MAP_LAYERS)[number];
/** The map's layer switches. */
export type MapLayers = { readonly [L in MapLayer]: boolean };
export const DEFAULT_LAYERS: MapLayers = {
  organizations: true,
  networks: true,
  meetups: true,
  former: false,
};

export interface Snapshot {
  view: View;
  /** A record id or `language:<code>`; null when nothing is selected. */
  focus: string | null;
  filters: Filters;
  /** Search text as typed. */
  q: string;
  graphMode: GraphMode;
  /** Edge kinds the graph shows, in EDGE_KINDS order. */
  edgeKinds: readonly EdgeKind[];
  layers: MapLayers;
  /** The UI language a person chose; null follows the browser (or the host page). */
  lang: string | null;
}

export const DEFAULT_SNAPSHOT: Snapshot = {
  view: 'split',
  focus: null,
  filters: NO_FILTERS,
  q: '',
  graphMode: 'typed',
  edgeKinds: EDGE_KINDS,
  layers: DEFAULT_LAYERS,
  lang: null,
};

/** Edge kinds in their canonical order, without duplicates. */
export function orderedEdgeKinds(kinds: Iterable<EdgeKind>): EdgeKind[] {
  const set = new Set(kinds);
  return EDGE_KINDS.filter((k) => set.has(k));
}

/** A deep copy as plain JSON data (no shared arrays with the state it came from). */
export function cloneSnapshot(s: Snapshot): Snapshot {
  return JSON.parse(JSON.stringify(s)) as Snapshot;
}
