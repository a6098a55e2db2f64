/**
 * Lays out the built-in dataset's default view (typed graph, every edge kind, no filter) with
 * the app's layout engine and writes src/graph/builtInLayout.json, which the graph view
 * ships so that this view needs no layout at all (see src/graph/builtInLayout.ts). Run it
 * again whenever data/wikimedia.json or the layout engine changes:
 * `npx tsx src/cli/built-in-layout.ts`; `--check` only says whether the file is current
 * (tests/unit/builtInLayout.test.ts checks the same).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildAtlas } from '../model/atlas.ts';
import { buildRelations } from '../model/relations.ts';
import type { Dataset } from '../model/schema.ts';
import { DEFAULT_SNAPSHOT } from '../model/snapshot.ts';
import { encodePositions, type ShippedLayout } from '../graph/builtInLayout.ts';
import { layoutKey, settle } from '../graph/layoutEngine.ts';
import { LAYOUT_SEED, type LayoutGraph } from '../graph/layoutProtocol.ts';
import { buildScene } from '../graph/scene.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SHIPPED_FILE = join(ROOT, 'src/graph/builtInLayout.json');

/** What the layout engine is given for a dataset's default view (no filter). */
export function defaultLayoutGraph(dataset: Dataset): LayoutGraph {
  const scene = buildScene(buildRelations(buildAtlas(dataset)), {
    mode: DEFAULT_SNAPSHOT.graphMode,
    edgeKinds: new Set(DEFAULT_SNAPSHOT.edgeKinds),
    visibleIds: null,
  });
  return {
    ids: scene.nodes.map((n) => n.id),
    radii: new Float32Array(scene.nodes.map((n) => n.radius)),
    links: scene.links,
  };
}

/** The built-in dataset's default view, laid out: the file's content. */
export function builtInLayout(): ShippedLayout {
  const dataset = JSON.parse(readFileSync(join(ROOT, 'data/wikimedia.json'), 'utf8')) as Dataset;
  const graph = defaultLayoutGraph(dataset);
  const { positions } = settle(graph, LAYOUT_SEED);
  return {
    key: layoutKey(graph, LAYOUT_SEED),
    nodes: graph.ids.length,
    positions: encodePositions(positions),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = `${JSON.stringify(builtInLayout(), null, 2)}\n`;
  const current = readFileSync(SHIPPED_FILE, 'utf8') === text;
  if (process.argv.includes('--check')) {
    console.log(current ? 'built-in layout: current' : 'built-in layout: OUT OF DATE');
    if (!current) process.exitCode = 1;
  } else {
    writeFileSync(SHIPPED_FILE, text);
    console.log(`built-in layout: ${current ? 'unchanged' : 'written'} (${SHIPPED_FILE})`);
  }
}
