/**
 * Makes an export of what an atlas shows now: gathers the state (snapshot, filter result,
 * selection), the views' pictures (as shown, or laid out afresh when a view is not on screen)
 * and the words, and hands them to the pure format modules. Makes no request.
 */
import type { AtlasState } from '../state/atlasState.svelte.ts';
import type { I18n } from '../i18n/i18n.svelte.ts';
import { buildScene, type SceneNode } from '../graph/scene.ts';
import { paintPicture, settledPicture, type GraphPicture } from '../graph/picture.ts';
import { buildRows, columnsOf, sortRows } from '../components/table/tableRows.ts';
import type { Atlas } from '../model/atlas.ts';
import { exportFileName, type ExportFormat } from './filename.ts';
import { creditLines, headingOf, titleLine } from './words.ts';
import { graphLegend, mapLegend, type LegendEntry } from './legend.ts';
import { tableCsv } from './csv.ts';
import { graphGexf } from './gexf.ts';
import { graphSvg } from './svg.ts';
import { datasetSubset } from './subset.ts';
import { canvasToPng, composePicture } from './png.ts';

export { saveFile } from './download.ts';

const MIME: Record<ExportFormat, string> = {
  png: 'image/png',
  svg: 'image/svg+xml;charset=utf-8',
  csv: 'text/csv;charset=utf-8;header=present',
  gexf: 'application/gexf+xml;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

/** The size a graph is laid out at when no graph view is on screen. */
const OFFSCREEN = { width: 1200, height: 800 };

export interface ExportFile {
  name: string;
  blob: Blob;
}

export interface ExportContext {
  state: AtlasState;
  i18n: I18n;
  /** Where the dataset's JSON Schema lives, for the `$schema` of a JSON export. */
  schemaUrl?: string;
}

/** A node's name as the graph view draws it: a local name in the UI language, else English. */
function nodeName(atlas: Atlas, node: SceneNode, i18n: I18n): string {
  if (node.kind === 'language')
    return i18n.languageName(node.selectionId.slice('language:'.length));
  const record = atlas.byId.get(node.selectionId)?.record;
  const local = record && 'names' in record ? record.names?.[i18n.locale] : undefined;
  const text = local ?? node.label;
  return text.length > 40 ? `${text.slice(0, 38)}…` : text;
}

/** The graph as shown, or, when no graph view is on screen, laid out to rest as it would be. */
function graphPicture({ state, i18n }: ExportContext): GraphPicture | null {
  const shown = state.exports.graph();
  if (shown) return shown;
  const atlas = state.atlas;
  const relations = state.relations;
  if (!atlas || !relations) return null;
  const scene = buildScene(relations, {
    mode: state.graphMode,
    edgeKinds: state.edgeKinds,
    visibleIds: state.visibleIds,
  });
  const highlighted = new Uint8Array(scene.nodes.length);
  for (const id of state.highlightIds) {
    const i = scene.indexOfSelection.get(id);
    if (i !== undefined) highlighted[i] = 1;
  }
  return settledPicture(scene, {
    ...OFFSCREEN,
    labelOf: (i) => nodeName(atlas, scene.nodes[i]!, i18n),
    selected: state.selectedId ? (scene.indexOfSelection.get(state.selectedId) ?? -1) : -1,
    highlighted: state.highlightIds.size ? highlighted : null,
    direction: i18n.dir,
  });
}

/** The labels a picture gets, placed as the view places them (painted once, off screen). */
function placedLabels(picture: GraphPicture) {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(picture.width));
  canvas.height = Math.max(1, Math.round(picture.height));
  return paintPicture(canvas.getContext('2d')!, picture, 1);
}

export async function makeExport(
  format: ExportFormat,
  context: ExportContext,
): Promise<ExportFile> {
  const { state, i18n } = context;
  const atlas = state.atlas;
  const result = state.result;
  if (!atlas || !result) throw new Error('no dataset is loaded');
  const snapshot = state.snapshot();
  const name = exportFileName(snapshot, format);
  const meta = atlas.dataset.meta;
  const heading = headingOf(meta, i18n);
  const title = titleLine(atlas, snapshot, result, i18n);
  const credits = creditLines(meta, i18n);
  const t = (key: string) => i18n.t(key);
  const text = (body: string) => new Blob([body], { type: MIME[format] });

  switch (format) {
    case 'csv': {
      const view = state.exports.table();
      const rows = buildRows(view.tab, atlas, result, i18n);
      const collator = new Intl.Collator(i18n.locale, { numeric: true });
      const shown =
        view.column >= 0 ? sortRows(rows, view.column, view.descending, collator) : rows;
      const csv = tableCsv(columnsOf(view.tab), shown, (key) => i18n.t(`table-col-${key}`));
      return { name, blob: text(csv) };
    }
    case 'json': {
      const subset = datasetSubset(atlas, result);
      if (context.schemaUrl) subset.$schema = context.schemaUrl;
      else delete subset.$schema;
      return { name, blob: text(`${JSON.stringify(subset, null, 2)}\n`) };
    }
    case 'gexf': {
      const picture = graphPicture(context);
      if (!picture) throw new Error('the graph is not ready');
      const gexf = graphGexf({
        atlas,
        scene: picture.scene,
        positions: picture.positions,
        labelOf: picture.labelOf,
        description: [heading, title, ...credits].join('\n'),
        date: meta?.dataAsOf,
      });
      return { name, blob: text(gexf) };
    }
    case 'svg': {
      const picture = graphPicture(context);
      if (!picture) throw new Error('the graph is not ready');
      const svg = graphSvg({
        picture,
        labels: placedLabels(picture),
        heading,
        title,
        legend: graphLegend(picture.scene, t),
        credits,
        lang: i18n.locale,
      });
      return { name, blob: text(svg) };
    }
    case 'png': {
      const view = snapshot.view;
      const wantMap = view === 'map' || view === 'split';
      const wantGraph = view === 'graph' || view === 'split' || view === 'table';
      const map = wantMap ? state.exports.map() : null;
      // A table has no picture: the PNG shows the graph of what the table lists.
      const graph = wantGraph || !map ? graphPicture(context) : null;
      // Both pictures: each legend under its own heading (their shapes and colours differ).
      const both = map !== null && graph !== null;
      const group = (key: string): LegendEntry[] =>
        both ? [{ type: 'heading', label: t(key) }] : [];
      const legend = [
        ...(map ? [...group('app-view-map'), ...mapLegend(map, t)] : []),
        ...(graph ? [...group('app-view-graph'), ...graphLegend(graph.scene, t)] : []),
      ];
      const canvas = composePicture({
        map,
        graph,
        heading,
        title,
        legend,
        credits,
        direction: i18n.dir,
      });
      return { name, blob: await canvasToPng(canvas) };
    }
  }
}
