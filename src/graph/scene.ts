/**
 * What the graph view draws, derived from the RelationGraph: the visible nodes and edges for a
 * mode, a set of edge kinds and a filter, packed in typed arrays that the layout worker and the
 * renderer share by index. Pure: no DOM, no Svelte, the same input gives the same scene.
 * `prepareScene` builds one ahead a slice per task, and `sceneOf` then gives it at once.
 */
import type {
  EdgeKind,
  GraphNode,
  NodeKind,
  ProjectionKind,
  RelationGraph,
} from '../model/relations.types.ts';
import { EDGE_KINDS, PROJECTION_KINDS } from '../model/relations.types.ts';
import { runSteps, runStepsInSlices, sortSteps } from '../model/steps.ts';
import { nodeSelectionId } from '../model/relations.ts';
import type { OrganizationKind } from '../model/schema.ts';
import type { GraphMode } from '../model/snapshot.ts';
import type { EdgeStyle, NodeLook } from './styles.ts';
import {
  EDGE_STYLES,
  PROJECTION_SOURCES,
  PROJECTION_STYLES,
  lookOf,
  radiusForDegree,
} from './styles.ts';

export type { GraphMode } from '../model/snapshot.ts';

export interface SceneNode {
  /** Node id of the RelationGraph: `organization:wikimedia-argentina`. */
  id: string;
  /** What selection and URLs use: the record id, or `language:<code>`. */
  selectionId: string;
  kind: NodeKind;
  orgKind: OrganizationKind | undefined;
  look: NodeLook;
  /** Default (English) label; the view may translate it. */
  label: string;
  /** Number of edges drawn at this node. */
  degree: number;
  /** Size in layout units. */
  radius: number;
}

export interface GraphScene {
  mode: GraphMode;
  nodes: readonly SceneNode[];
  /** Edge endpoints as node indices: source of edge i at 2i, target at 2i+1. */
  links: Uint32Array;
  /** Index into `edgeStyles` for each edge. */
  linkStyle: Uint8Array;
  /** Line width in CSS pixels for each edge (projection edges thicken with weight). */
  linkWidth: Float32Array;
  /** Weight of each edge: 1 for a typed edge, the number of things shared for a projection. */
  linkWeight: Float32Array;
  edgeStyles: readonly EdgeStyle[];
  /** Neighbours of node i: adjacency[adjacencyStart[i] .. adjacencyStart[i + 1]). */
  adjacencyStart: Uint32Array;
  adjacency: Uint32Array;
  /** Node index by selection id. */
  indexOfSelection: ReadonlyMap<string, number>;
  /**
   * Node indices by decreasing degree (ties: scene order): who gets a label first, and what a
   * keyboard's first move reaches. Part of the scene because sorting 20,000 nodes at once was
   * 8-12 ms of the task that shows the graph.
   */
  importance: Uint32Array;
}

export interface SceneOptions {
  mode: GraphMode;
  edgeKinds: ReadonlySet<EdgeKind>;
  /**
   * Selection ids that pass the filters, or null for everything. Organizations are shown when
   * listed; other nodes when listed and linked by a shown edge to a shown organization (a hub
   * with nobody around it says nothing).
   */
  visibleIds: ReadonlySet<string> | null;
}

/**
 * Edges between graph node indices, in parallel typed arrays that grow by doubling: at 20,000
 * organizations a scene looks at 71,000 typed edges or 650,000 projection pairs, and an object
 * per edge made enough garbage for collections of 20-60 ms inside the slices of `prepareScene`.
 */
class EdgeBuffer {
  length = 0;
  ends: Uint32Array;
  style: Uint8Array;
  width: Float32Array;
  weight: Float32Array;

  constructor(capacity: number) {
    const n = Math.max(16, capacity);
    this.ends = new Uint32Array(2 * n);
    this.style = new Uint8Array(n);
    this.width = new Float32Array(n);
    this.weight = new Float32Array(n);
  }

  push(s: number, t: number, style: number, width: number, weight: number): void {
    if (this.length === this.style.length) this.grow();
    const i = this.length++;
    this.ends[2 * i] = s;
    this.ends[2 * i + 1] = t;
    this.style[i] = style;
    this.width[i] = width;
    this.weight[i] = weight;
  }

  private grow(): void {
    const n = 2 * this.style.length;
    const ends = new Uint32Array(2 * n);
    ends.set(this.ends);
    this.ends = ends;
    const style = new Uint8Array(n);
    style.set(this.style);
    this.style = style;
    const width = new Float32Array(n);
    width.set(this.width);
    this.width = width;
    const weight = new Float32Array(n);
    weight.set(this.weight);
    this.weight = weight;
  }
}

/** Node index by node id, for each graph: the same for every scene of the graph. */
const nodeIndexes = new WeakMap<RelationGraph, Map<string, number>>();

function* nodeIndexSteps(graph: RelationGraph): Generator<void, Map<string, number>> {
  let index = nodeIndexes.get(graph);
  if (index) return index;
  index = new Map();
  for (let i = 0; i < graph.nodes.length; i++) {
    if (i % STEP === STEP - 1) yield;
    index.set(graph.nodes[i]!.id, i);
  }
  nodeIndexes.set(graph, index);
  return index;
}

/**
 * The last scene built for each graph and what it was built for: the view that mounts asks for
 * the scene a task after it was built ahead (ExploreLayout), and gets it at once.
 */
const lastScene = new WeakMap<RelationGraph, { options: SceneOptions; scene: GraphScene }>();

function rememberedScene(graph: RelationGraph, options: SceneOptions): GraphScene | undefined {
  const last = lastScene.get(graph);
  const same =
    last &&
    last.options.mode === options.mode &&
    last.options.edgeKinds === options.edgeKinds &&
    last.options.visibleIds === options.visibleIds;
  return same ? last.scene : undefined;
}

/** `buildScene`, remembering the last scene of the graph: the same options give the same scene. */
export function sceneOf(graph: RelationGraph, options: SceneOptions): GraphScene {
  let scene = rememberedScene(graph, options);
  if (!scene) {
    scene = buildScene(graph, options);
    lastScene.set(graph, { options, scene });
  }
  return scene;
}

/**
 * Builds the scene a slice per task (`between` starts the next one) and remembers it for
 * `sceneOf`: at 20,000 organizations a scene is about a hundred milliseconds of work.
 */
export async function prepareScene(
  graph: RelationGraph,
  options: SceneOptions,
  between: () => Promise<void>,
  budgetMs?: number,
): Promise<void> {
  if (rememberedScene(graph, options)) return;
  const scene = await runStepsInSlices(sceneSteps(graph, options), between, budgetMs);
  if (!rememberedScene(graph, options)) lastScene.set(graph, { options, scene });
}

export function buildScene(graph: RelationGraph, options: SceneOptions): GraphScene {
  return runSteps(sceneSteps(graph, options));
}

/**
 * Edges or nodes looked at between two places where `prepareScene` may pause (it pauses by
 * time: see runStepsInSlices).
 */
const STEP = 2_000;

function* sceneSteps(graph: RelationGraph, options: SceneOptions): Generator<void, GraphScene> {
  const { mode, edgeKinds, visibleIds } = options;
  const listed = (n: GraphNode) => visibleIds === null || visibleIds.has(nodeSelectionId(n));
  const graphIndex = yield* nodeIndexSteps(graph);
  const shown = new Uint8Array(graph.nodes.length);
  for (let i = 0; i < graph.nodes.length; i++) {
    if (i % STEP === STEP - 1) yield;
    const n = graph.nodes[i]!;
    if (n.kind === 'organization' && listed(n)) shown[i] = 1;
  }
  yield;

  let raw: EdgeBuffer;
  let edgeStyles: EdgeStyle[];
  if (mode === 'typed') {
    edgeStyles = EDGE_KINDS.map((k) => EDGE_STYLES[k]);
    const styleOf = new Map<EdgeKind, number>(EDGE_KINDS.map((k, i) => [k, i]));
    const candidates = new EdgeBuffer(graph.edges.length);
    for (let i = 0; i < graph.edges.length; i++) {
      if (i % STEP === STEP - 1) yield;
      const e = graph.edges[i]!;
      if (!edgeKinds.has(e.kind)) continue;
      const s = graphIndex.get(e.source);
      const t = graphIndex.get(e.target);
      if (s === undefined || t === undefined) continue;
      candidates.push(s, t, styleOf.get(e.kind)!, 1, 1);
    }
    // A hub appears when it is listed and a shown edge links it to a shown organization.
    const { ends } = candidates;
    for (let i = 0; i < candidates.length; i++) {
      if (i % STEP === STEP - 1) yield;
      const s = ends[2 * i]!;
      const t = ends[2 * i + 1]!;
      const target = graph.nodes[t]!;
      if (
        shown[s] &&
        graph.nodes[s]!.kind === 'organization' &&
        target.kind !== 'organization' &&
        listed(target)
      )
        shown[t] = 1;
    }
    raw = new EdgeBuffer(candidates.length);
    for (let i = 0; i < candidates.length; i++) {
      if (i % STEP === STEP - 1) yield;
      const s = ends[2 * i]!;
      const t = ends[2 * i + 1]!;
      if (shown[s] && shown[t]) raw.push(s, t, candidates.style[i]!, 1, 1);
    }
  } else {
    edgeStyles = PROJECTION_KINDS.map((k) => PROJECTION_STYLES[k]);
    const enabled = PROJECTION_KINDS.filter((k) =>
      PROJECTION_SOURCES[k].some((source) => edgeKinds.has(source)),
    );
    const styleOf = new Map<ProjectionKind, number>(PROJECTION_KINDS.map((k, i) => [k, i]));
    const { projection } = graph;
    raw = new EdgeBuffer(0);
    for (let i = 0; i < projection.length; i++) {
      if (i % STEP === STEP - 1) yield;
      const e = projection[i]!;
      const s = graphIndex.get(e.source);
      const t = graphIndex.get(e.target);
      if (s === undefined || t === undefined || !shown[s] || !shown[t]) continue;
      let weight = 0;
      let best: ProjectionKind | null = null;
      for (const k of enabled) {
        const count = e.kinds[k] ?? 0;
        weight += count;
        if (count > 0 && (best === null || count > (e.kinds[best] ?? 0))) best = k;
      }
      if (best === null) continue;
      raw.push(s, t, styleOf.get(best)!, 0.75 + Math.log2(weight), weight);
    }
  }

  yield;
  const sceneIndex = new Int32Array(graph.nodes.length).fill(-1);
  const kept: GraphNode[] = [];
  for (let i = 0; i < graph.nodes.length; i++) {
    if (shown[i]) {
      sceneIndex[i] = kept.length;
      kept.push(graph.nodes[i]!);
    }
  }

  const count = kept.length;
  const edgeCount = raw.length;
  // The buffer's own arrays, cut to length (a copy each: a view would carry the whole buffer
  // wherever the scene is sent), with ends renumbered in the scene's node order.
  const links = raw.ends.slice(0, 2 * edgeCount);
  const linkStyle = raw.style.slice(0, edgeCount);
  const linkWidth = raw.width.slice(0, edgeCount);
  const linkWeight = raw.weight.slice(0, edgeCount);
  const degree = new Uint32Array(count);
  for (let i = 0; i < edgeCount; i++) {
    if (i % (4 * STEP) === 4 * STEP - 1) yield;
    const s = sceneIndex[links[2 * i]!]!;
    const t = sceneIndex[links[2 * i + 1]!]!;
    links[2 * i] = s;
    links[2 * i + 1] = t;
    degree[s]! += 1;
    degree[t]! += 1;
  }
  yield;

  const adjacencyStart = new Uint32Array(count + 1);
  for (let i = 0; i < count; i++) adjacencyStart[i + 1] = adjacencyStart[i]! + degree[i]!;
  const adjacency = new Uint32Array(adjacencyStart[count]!);
  const fill = adjacencyStart.slice(0, count);
  for (let i = 0; i < edgeCount; i++) {
    if (i % (4 * STEP) === 4 * STEP - 1) yield;
    const s = links[2 * i]!;
    const t = links[2 * i + 1]!;
    adjacency[fill[s]!++] = t;
    adjacency[fill[t]!++] = s;
  }

  yield;
  const indexOfSelection = new Map<string, number>();
  const nodes: SceneNode[] = [];
  for (let i = 0; i < kept.length; i++) {
    if (i % STEP === STEP - 1) yield;
    const n = kept[i]!;
    const selectionId = nodeSelectionId(n);
    indexOfSelection.set(selectionId, i);
    const d = degree[i]!;
    nodes.push({
      id: n.id,
      selectionId,
      kind: n.kind,
      orgKind: n.orgKind,
      look: lookOf(n),
      label: n.label,
      degree: d,
      radius: radiusForDegree(d),
    });
  }
  const importance = yield* sortSteps(
    Array.from(degree.keys()),
    (a, b) => degree[b]! - degree[a]! || a - b,
  );

  return {
    mode,
    nodes,
    links,
    linkStyle,
    linkWidth,
    linkWeight,
    edgeStyles,
    adjacencyStart,
    adjacency,
    indexOfSelection,
    importance: Uint32Array.from(importance),
  };
}

/** The neighbours of node i in the scene. */
export function neighboursOf(scene: GraphScene, i: number): Uint32Array {
  return scene.adjacency.subarray(scene.adjacencyStart[i], scene.adjacencyStart[i + 1]);
}

/** `name` with each result remembered: the first call for an index computes, the next ones read. */
export function remembered(name: (i: number) => string): (i: number) => string {
  const known = new Map<number, string>();
  return (i) => {
    let value = known.get(i);
    if (value === undefined) {
      value = name(i);
      known.set(i, value);
    }
    return value;
  };
}
