/**
 * What the views on screen offer to exports, per atlas: the graph's picture (positions and
 * camera as shown), the map's picture (a painter of its current view) and the table's tab and
 * order. A view registers a provider while it is mounted; exports ask the providers at the time
 * of the export, so they get what is shown then. Plain TypeScript, not reactive: nothing
 * renders from it.
 */
import type { GraphPicture } from '../graph/picture.ts';
import type { TableTab } from '../components/table/tableRows.ts';

/** The map's view, drawn on demand: the basemap, shading and markers as shown. */
export interface MapPicture {
  /** The view's size in CSS pixels. */
  width: number;
  height: number;
  /** Paints the view into `ctx` at (0, 0), in CSS pixels under the context's transform. */
  paint(ctx: CanvasRenderingContext2D): void;
  /** What the legend needs: layers on, networks shaded (name and colour). */
  layers: { organizations: boolean; networks: boolean; meetups: boolean; former: boolean };
  networks: readonly { name: string; colour: string }[];
  /** The credit the map shows in its corner ("Outlines: Natural Earth"), drawn in the same place. */
  attribution: string;
}

export interface TableView {
  tab: TableTab;
  column: number;
  descending: boolean;
}

export interface Providers {
  graph: () => GraphPicture | null;
  map: () => MapPicture | null;
  table: () => TableView;
}

export class ExportSources {
  readonly #providers: { [K in keyof Providers]?: Providers[K] } = {};

  /** Offers a provider while a view is mounted; returns the function that withdraws it. */
  register<K extends keyof Providers>(kind: K, provider: Providers[K]): () => void {
    this.#providers[kind] = provider;
    return () => {
      if (this.#providers[kind] === provider) delete this.#providers[kind];
    };
  }

  graph(): GraphPicture | null {
    return this.#providers.graph?.() ?? null;
  }

  map(): MapPicture | null {
    return this.#providers.map?.() ?? null;
  }

  /** The table's tab and order; the organizations in dataset order when no table is shown. */
  table(): TableView {
    return this.#providers.table?.() ?? { tab: 'organizations', column: -1, descending: false };
  }
}
