/**
 * What a person is looking at: view, selection, layers and graph options. Everything here that
 * matters to a person is mirrored in the URL by UrlSync.
 */
import type { View } from '../model/urlState.ts';
import type { EdgeKind } from '../model/relations.types.ts';
import { EDGE_KINDS } from '../model/relations.types.ts';

export interface MapLayers {
  organizations: boolean;
  networks: boolean;
  meetups: boolean;
  former: boolean;
}

export type GraphMode = 'typed' | 'projection';

export class ExploreState {
  view = $state<View>('split');
  /** A record id or `language:<code>`; null when nothing is selected. */
  selectedId = $state<string | null>(null);
  layers = $state<MapLayers>({ organizations: true, networks: true, meetups: true, former: false });
  graphMode = $state<GraphMode>('typed');
  /** Replaced whole (never mutated), so a plain Set in raw state is enough. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  edgeKinds = $state.raw<ReadonlySet<EdgeKind>>(new Set(EDGE_KINDS));

  select(id: string | null): void {
    this.selectedId = id;
  }

  setView(view: View): void {
    this.view = view;
  }

  setLayers(layers: MapLayers): void {
    this.layers = layers;
  }

  setEdgeKinds(kinds: ReadonlySet<EdgeKind>): void {
    this.edgeKinds = kinds;
  }
}
