/**
 * The typed multi-relation graph of an Atlas, and its organization-to-organization projection.
 *
 * Nodes: every included organization, every network, program and meetup record, and one node per
 * language that at least one included organization speaks. Languages named only by networks
 * get no node: no edge kind links a network to a language, so such nodes would always be
 * isolated; they stay in `atlas.languages` for filters and search.
 *
 * Edges (organization -> other node, one per fact, duplicates in the data merged):
 * member-of (network members; inferred members only with `includeInferred`, marked uncertain),
 * speaks, runs-program, organized, attended, and collaborated (organization -> organization,
 * source id < target id, weight = number of collaborations the two share).
 *
 * Projection (organization pairs, weight = sum of the four counts): shared-network (networks
 * both are members of), shared-language, joint-program (collaborations both are part of) and
 * co-attendance (meetups both organized or attended). Pairs come from hubs, so the cost is the
 * sum of hub size squared, never all pairs of organizations; hubs above `maxHubSize` add no
 * pairs and are listed in `skippedHubs` instead.
 *
 * Output order depends only on ids (code-unit order), never on the order of the input arrays:
 * nodes by kind then id, edges by kind then source then target (in node order), projection
 * by source then target.
 * The returned graph is meant to be read, not mutated (adjacency is cached per graph).
 * `atlasRelations.ahead` builds the same graph with pauses between slices of work (a page's tasks).
 */
import type { Atlas } from './atlas.ts';
import { LANGUAGE_PREFIX } from './selection.ts';
import { runSteps, sortSteps, stepsCache } from './steps.ts';
import type {
  GraphEdge,
  GraphNode,
  NodeKind,
  ProjectionEdge,
  ProjectionKind,
  RelationGraph,
  RelationOptions,
  SkippedHub,
} from './relations.types.ts';
import { EDGE_KINDS, NODE_KINDS, PROJECTION_KINDS } from './relations.types.ts';

export type { RelationOptions, SkippedHub } from './relations.types.ts';

export const DEFAULT_MAX_HUB_SIZE = 200;

/** A reference in the data that does not resolve: the dataset skipped validation. */
export class RelationsError extends Error {
  override name = 'RelationsError';
}

/** `organization:wikimedia-argentina`, `language:es`. */
export function nodeId(kind: NodeKind, entityId: string): string {
  return `${kind}:${entityId}`;
}

/** Splits a node id; undefined when it is not `<node kind>:<non-empty id>`. */
export function parseNodeId(id: string): { kind: NodeKind; entityId: string } | undefined {
  const colon = id.indexOf(':');
  if (colon <= 0 || colon === id.length - 1) return undefined;
  const kind = id.slice(0, colon) as NodeKind;
  if (!NODE_KINDS.includes(kind)) return undefined;
  return { kind, entityId: id.slice(colon + 1) };
}

/**
 * The node id for a selection id (`wikimedia-argentina` -> `organization:wikimedia-argentina`,
 * `language:es` -> `language:es`). Undefined for ids that are not in the atlas and for records
 * that are not nodes (collaborations, sources).
 */
export function nodeIdOf(atlas: Atlas, selectionId: string): string | undefined {
  if (selectionId.startsWith(LANGUAGE_PREFIX)) {
    return selectionId.length > LANGUAGE_PREFIX.length ? selectionId : undefined;
  }
  const entity = atlas.byId.get(selectionId);
  if (!entity) return undefined;
  const kind = entity.kind as NodeKind;
  return NODE_KINDS.includes(kind) ? nodeId(kind, selectionId) : undefined;
}

/** The selection id for a node id: the record id, or `language:<code>` for languages. */
export function selectionIdOf(id: string): string {
  const parsed = parseNodeId(id);
  if (!parsed) throw new RelationsError(`selectionIdOf: "${id}" is not a node id (<kind>:<id>)`);
  return nodeSelectionId({ id, ...parsed });
}

/** The same, read off a node (or its parsed id) rather than parsed from its id. */
export function nodeSelectionId(node: Pick<GraphNode, 'id' | 'kind' | 'entityId'>): string {
  return node.kind === 'language' ? node.id : node.entityId;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byId<T extends { id: string }>(a: T, b: T): number {
  return compareStrings(a.id, b.id);
}

interface Hub {
  selectionId: string;
  nodeId?: string;
  /** Sorted, distinct org indexes. */
  members: number[];
}

function sortedUnique(values: Iterable<number>): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

/** Builds the typed graph and the organization projection of an atlas. See the file comment. */
export function buildRelations(atlas: Atlas, options: RelationOptions = {}): RelationGraph {
  return runSteps(relationSteps(atlas, options));
}

/**
 * The graph of an atlas with the default options, built once per atlas: at once on first use
 * (`now`), or ahead, a slice per task (`ahead`): at 20,000 organizations the whole build is a
 * few hundred milliseconds, too long for one task.
 */
export const atlasRelations = stepsCache((atlas: Atlas) => relationSteps(atlas, {}));

/**
 * Listings (an organization, a membership, an edge...) handled between two places where
 * `atlasRelations.ahead` may pause (it pauses by time: see runStepsInSlices).
 */
const SLICE = 1_000;

function* relationSteps(atlas: Atlas, options: RelationOptions): Generator<void, RelationGraph> {
  const includeFormer = options.includeFormer ?? true;
  const includeInferred = options.includeInferred ?? true;
  const maxHubSize = options.maxHubSize ?? DEFAULT_MAX_HUB_SIZE;
  if (!(maxHubSize >= 2)) {
    throw new RangeError(`buildRelations: maxHubSize must be 2 or more (got ${maxHubSize})`);
  }
  const { dataset } = atlas;
  // Work done since the last pause, in listings: `due` says when to pause.
  let work = 0;
  const due = (listings: number): boolean => {
    work += listings;
    if (work < SLICE) return false;
    work = 0;
    return true;
  };

  const organizations = yield* sortSteps(
    dataset.organizations.filter((o) => includeFormer || o.status !== 'former'),
    byId,
  );
  const orgIndex = new Map<string, number>();
  for (let i = 0; i < organizations.length; i++) {
    orgIndex.set(organizations[i]!.id, i);
    if (due(1)) yield;
  }
  yield;

  /** Index of an included organization; undefined if excluded; throws if not an organization. */
  const orgRef = (id: string, where: string): number | undefined => {
    const index = orgIndex.get(id);
    if (index !== undefined) return index;
    if (atlas.byId.get(id)?.kind === 'organization') return undefined;
    throw new RelationsError(`${where}: "${id}" is not an organization of the dataset`);
  };

  // Every node first, sorted, so that edges can refer to nodes by rank: numeric keys for
  // merging duplicates and for sorting, instead of hashing and comparing long string ids.
  const nodes: GraphNode[] = [];
  for (const o of organizations) {
    nodes.push({
      id: nodeId('organization', o.id),
      kind: 'organization',
      entityId: o.id,
      label: o.name,
      orgKind: o.kind,
      former: o.status === 'former',
      degree: 0,
    });
    if (due(1)) yield;
  }
  for (const [kind, records] of [
    ['network', dataset.networks],
    ['program', dataset.programs],
    ['meetup', dataset.meetups],
  ] as const) {
    for (const r of records) {
      nodes.push({ id: nodeId(kind, r.id), kind, entityId: r.id, label: r.name, degree: 0 });
    }
  }
  yield;
  const spoken = new Set<string>();
  for (const org of organizations) for (const code of org.languages) spoken.add(code);
  for (const code of spoken) {
    nodes.push({
      id: nodeId('language', code),
      kind: 'language',
      entityId: code,
      label: code,
      degree: 0,
    });
  }
  const nodeRank = (kind: NodeKind): number => NODE_KINDS.indexOf(kind);
  const sorted = yield* sortSteps(
    nodes,
    (a, b) => nodeRank(a.kind) - nodeRank(b.kind) || compareStrings(a.id, b.id),
  );
  for (let i = 0; i < sorted.length; i++) nodes[i] = sorted[i]!;
  yield;
  // Ranks by kind, then by entity id: a node id is made of two strings, and looking one up
  // would join them first (a new string per listing).
  const rankOf = new Map<NodeKind, Map<string, number>>(NODE_KINDS.map((k) => [k, new Map()]));
  for (let r = 0; r < nodes.length; r++) {
    const node = nodes[r]!;
    rankOf.get(node.kind)!.set(node.entityId, r);
    if (due(1)) yield;
  }
  // Organizations sort first and by id, so organization i has rank i.
  const nodeCount = nodes.length;
  yield;

  // Edges stay numbers until the end: the key (kind, source rank, target rank), doubled, plus
  // one when the listing is uncertain. Sorted, a fact listed twice comes together, its certain
  // listing first; no map of edges, no object per listing.
  const listings: number[] = [];
  const addEdge = (kind: number, source: number, target: number, uncertain: boolean): void => {
    listings.push(((kind * nodeCount + source) * nodeCount + target) * 2 + (uncertain ? 1 : 0));
  };
  const rank = (kind: NodeKind, id: string): number => rankOf.get(kind)!.get(id)!;
  const [MEMBER_OF, SPEAKS, RUNS_PROGRAM, ORGANIZED, ATTENDED, COLLABORATED] = EDGE_KINDS.map(
    (_, k) => k,
  ) as [number, number, number, number, number, number];

  const hubs: Record<ProjectionKind, Hub[]> = {
    'shared-network': [],
    'shared-language': [],
    'joint-program': [],
    'co-attendance': [],
  };

  // member-of
  for (const network of [...dataset.networks].sort(byId)) {
    const target = rank('network', network.id);
    const listed = new Set(network.members);
    const membersUncertain = network.uncertain?.includes('members') ?? false;
    const members: number[] = [];
    const add = (id: string, inferred: boolean, where: string): void => {
      const i = orgRef(id, `network ${network.id}, ${where}`);
      if (i === undefined) return;
      const org = organizations[i]!;
      const uncertain =
        inferred || membersUncertain || (org.uncertain?.includes('networks') ?? false);
      addEdge(MEMBER_OF, i, target, uncertain);
      members.push(i);
    };
    for (const id of network.members) add(id, false, 'members');
    for (const id of network.inferredMembers ?? []) {
      // Check references even when inferred members are left out.
      if (!includeInferred) orgRef(id, `network ${network.id}, inferredMembers`);
      else if (!listed.has(id)) add(id, true, 'inferredMembers');
    }
    hubs['shared-network'].push({
      selectionId: network.id,
      nodeId: nodes[target]!.id,
      members: sortedUnique(members),
    });
    if (due(members.length)) yield;
  }

  // speaks, runs-program
  const speakers = new Map<string, number[]>();
  for (let i = 0; i < organizations.length; i++) {
    const org = organizations[i]!;
    if (due(1 + org.languages.length + org.programs.length)) yield;
    const languagesUncertain = org.uncertain?.includes('languages') ?? false;
    for (const code of org.languages) {
      addEdge(SPEAKS, i, rank('language', code), languagesUncertain);
      const list = speakers.get(code);
      if (list) list.push(i);
      else speakers.set(code, [i]);
    }
    const programsUncertain = org.uncertain?.includes('programs') ?? false;
    for (const id of org.programs) {
      if (atlas.byId.get(id)?.kind !== 'program') {
        throw new RelationsError(`organization ${org.id}, programs: "${id}" is not a program`);
      }
      addEdge(RUNS_PROGRAM, i, rank('program', id), programsUncertain);
    }
  }
  for (const code of [...speakers.keys()].sort(compareStrings)) {
    hubs['shared-language'].push({
      selectionId: LANGUAGE_PREFIX + code,
      nodeId: nodeId('language', code),
      members: sortedUnique(speakers.get(code)!),
    });
  }

  yield;
  // organized, attended
  for (const meetup of [...dataset.meetups].sort(byId)) {
    const target = rank('meetup', meetup.id);
    const members: number[] = [];
    for (const [kind, ids, field] of [
      [ORGANIZED, meetup.organizers, 'organizers'],
      [ATTENDED, meetup.participants, 'participants'],
    ] as const) {
      const uncertain = meetup.uncertain?.includes(field) ?? false;
      for (const id of ids) {
        const i = orgRef(id, `meetup ${meetup.id}, ${field}`);
        if (i === undefined) continue;
        addEdge(kind, i, target, uncertain);
        members.push(i);
      }
    }
    hubs['co-attendance'].push({
      selectionId: meetup.id,
      nodeId: nodes[target]!.id,
      members: sortedUnique(members),
    });
    if (due(members.length)) yield;
  }

  // collaborations: hubs of their own (not nodes)
  const collaborationCertain = new Set<string>();
  for (const collaboration of [...dataset.collaborations].sort(byId)) {
    const members: number[] = [];
    for (const id of collaboration.organizations) {
      const i = orgRef(id, `collaboration ${collaboration.id}, organizations`);
      if (i !== undefined) members.push(i);
    }
    hubs['joint-program'].push({ selectionId: collaboration.id, members: sortedUnique(members) });
    if (!(collaboration.uncertain?.includes('organizations') ?? false)) {
      collaborationCertain.add(collaboration.id);
    }
    if (due(members.length)) yield;
  }

  yield;
  // Pairs from hubs, row by row: for each organization i, count the hubs it shares with every
  // j > i in a scratch array, then emit row i. Output comes out sorted by (i, j) and no map of
  // all pairs is ever held.
  const skippedHubs: SkippedHub[] = [];
  const kept: { members: number[]; kind: number; certain: boolean }[] = [];
  PROJECTION_KINDS.forEach((kind, k) => {
    for (const hub of hubs[kind]) {
      const { members } = hub;
      if (members.length < 2) continue;
      if (members.length > maxHubSize) {
        const skipped: SkippedHub = {
          projection: kind,
          selectionId: hub.selectionId,
          size: members.length,
        };
        if (hub.nodeId) skipped.nodeId = hub.nodeId;
        skippedHubs.push(skipped);
        continue;
      }
      const certain = kind === 'joint-program' && collaborationCertain.has(hub.selectionId);
      kept.push({ members, kind: k, certain });
    }
  });

  // collaborated: one edge per pair of organizations in a (kept) collaboration, weighted by
  // how many they share; uncertain only when every one behind it marks its organizations so.
  const joint = new Map<number, { count: number; certain: boolean }>();
  for (const hub of kept) {
    if (PROJECTION_KINDS[hub.kind] !== 'joint-program') continue;
    const { members, certain } = hub;
    for (let a = 0; a < members.length; a++) {
      for (let b = a + 1; b < members.length; b++) {
        const key = members[a]! * nodeCount + members[b]!;
        const pair = joint.get(key);
        if (pair) {
          pair.count += 1;
          pair.certain ||= certain;
        } else joint.set(key, { count: 1, certain });
      }
    }
  }
  for (const [key, { certain }] of joint) {
    const j = key % nodeCount;
    const i = (key - j) / nodeCount;
    addEdge(COLLABORATED, i, j, !certain);
  }

  /**
   * The projection: pairs from hubs, row by row. For each organization i, count the hubs it
   * shares with every j > i in a scratch array, then emit row i; output comes out sorted by
   * (i, j) and no map of all pairs is ever held. Built on first use: it is up to ten times the
   * typed graph (640,000 pairs at 20,000 organizations), and only the organizations view and
   * its details need it.
   */
  const pairs = (): ProjectionEdge[] => {
    const n = organizations.length;
    // Memberships of each organization as (hub, position in hub), in compressed rows.
    const rowStart = new Uint32Array(n + 1);
    for (const hub of kept) for (const i of hub.members) rowStart[i + 1]! += 1;
    for (let i = 0; i < n; i++) rowStart[i + 1]! += rowStart[i]!;
    const fill = rowStart.slice(0, n);
    const membershipHub = new Uint32Array(rowStart[n]!);
    const membershipPos = new Uint32Array(rowStart[n]!);
    kept.forEach((hub, h) => {
      hub.members.forEach((i, pos) => {
        const at = fill[i]!++;
        membershipHub[at] = h;
        membershipPos[at] = pos;
      });
    });

    const counts = new Uint32Array(n * 4);
    const touched = new Uint32Array(n);
    const seen = new Uint8Array(n);
    const projection: ProjectionEdge[] = [];
    for (let i = 0; i < n; i++) {
      let touchedCount = 0;
      for (let m = rowStart[i]!; m < rowStart[i + 1]!; m++) {
        const { members, kind } = kept[membershipHub[m]!]!;
        for (let p = membershipPos[m]! + 1; p < members.length; p++) {
          const j = members[p]!;
          if (seen[j] === 0) {
            seen[j] = 1;
            touched[touchedCount++] = j;
          }
          counts[j * 4 + kind]! += 1;
        }
      }
      if (touchedCount === 0) continue;
      const row = touched.subarray(0, touchedCount).sort();
      const source = nodes[i]!.id;
      for (const j of row) {
        const target = nodes[j]!.id;
        // Slots follow PROJECTION_KINDS order.
        const network = counts[j * 4]!;
        const language = counts[j * 4 + 1]!;
        const collaborations = counts[j * 4 + 2]!;
        const attendance = counts[j * 4 + 3]!;
        projection.push({
          source,
          target,
          weight: network + language + collaborations + attendance,
          kinds: {
            'shared-network': network,
            'shared-language': language,
            'joint-program': collaborations,
            'co-attendance': attendance,
          },
        });
        counts.fill(0, j * 4, j * 4 + 4);
        seen[j] = 0;
      }
    }
    return projection;
  };

  // Numeric keys sort as (kind, source rank, target rank); a fact is one edge, certain if any
  // listing of it is.
  const keys = Float64Array.from(listings).sort();
  const edgeList: GraphEdge[] = [];
  let previous = -1;
  for (let k = 0; k < keys.length; k++) {
    // Edges are cheap to make: a few per listing of the other steps.
    if (due(0.25)) yield;
    const doubled = keys[k]!;
    const key = Math.floor(doubled / 2);
    if (key === previous) continue;
    previous = key;
    const target = key % nodeCount;
    const rest = (key - target) / nodeCount;
    const source = rest % nodeCount;
    const kind = (rest - source) / nodeCount;
    const kindName = EDGE_KINDS[kind]!;
    const from = nodes[source]!.id;
    const to = nodes[target]!.id;
    const edge: GraphEdge = {
      kind: kindName,
      source: from,
      target: to,
      // A collaborated edge weighs as many collaborations as the two share.
      weight: kind === COLLABORATED ? joint.get(source * nodeCount + target)!.count : 1,
    };
    if (doubled % 2 === 1) edge.uncertain = true;
    edgeList.push(edge);
    nodes[source]!.degree += 1;
    nodes[target]!.degree += 1;
  }
  let projection: ProjectionEdge[] | null = null;
  return {
    nodes,
    edges: edgeList,
    get projection() {
      return (projection ??= pairs());
    },
    skippedHubs,
    maxHubSize,
  };
}

/** A typed edge seen from one of its ends. */
export interface Neighbour {
  /** The node at the other end. */
  id: string;
  edge: GraphEdge;
  /** True when the edge leaves the node (the node is its source). */
  outgoing: boolean;
}

/** A projection edge seen from one of its organizations. */
export interface ProjectionNeighbour {
  /** The organization node at the other end. */
  id: string;
  edge: ProjectionEdge;
}

export interface Adjacency {
  nodes: ReadonlyMap<string, GraphNode>;
  /** Typed edges of each node, in the graph's edge order. Every node has an entry. */
  typed: ReadonlyMap<string, readonly Neighbour[]>;
}

/** Builds the typed adjacency lists of a graph, O(nodes + edges). Prefer the cached `adjacencyOf`. */
export function buildAdjacency(graph: RelationGraph): Adjacency {
  const nodes = new Map<string, GraphNode>();
  const typed = new Map<string, Neighbour[]>();
  for (const node of graph.nodes) {
    nodes.set(node.id, node);
    typed.set(node.id, []);
  }
  for (const edge of graph.edges) {
    typed.get(edge.source)?.push({ id: edge.target, edge, outgoing: true });
    typed.get(edge.target)?.push({ id: edge.source, edge, outgoing: false });
  }
  return { nodes, typed };
}

/**
 * Projection edges of each organization node, in the graph's projection order. Separate from
 * `buildAdjacency` because the projection can be ten times larger than the typed graph (640,000
 * pairs for 20,000 synthetic organizations): views that never show it never pay for it.
 */
export function buildProjectionAdjacency(
  graph: RelationGraph,
): ReadonlyMap<string, readonly ProjectionNeighbour[]> {
  const projection = new Map<string, ProjectionNeighbour[]>();
  for (const node of graph.nodes) if (node.kind === 'organization') projection.set(node.id, []);
  for (const edge of graph.projection) {
    projection.get(edge.source)?.push({ id: edge.target, edge });
    projection.get(edge.target)?.push({ id: edge.source, edge });
  }
  return projection;
}

const adjacencyCache = new WeakMap<RelationGraph, Adjacency>();
const projectionCache = new WeakMap<
  RelationGraph,
  ReadonlyMap<string, readonly ProjectionNeighbour[]>
>();

/** The typed adjacency of a graph, built on first use and kept as long as the graph lives. */
export function adjacencyOf(graph: RelationGraph): Adjacency {
  let adjacency = adjacencyCache.get(graph);
  if (!adjacency) {
    adjacency = buildAdjacency(graph);
    adjacencyCache.set(graph, adjacency);
  }
  return adjacency;
}

/** The projection adjacency of a graph, built on first use and cached like `adjacencyOf`. */
export function projectionAdjacencyOf(
  graph: RelationGraph,
): ReadonlyMap<string, readonly ProjectionNeighbour[]> {
  let adjacency = projectionCache.get(graph);
  if (!adjacency) {
    adjacency = buildProjectionAdjacency(graph);
    projectionCache.set(graph, adjacency);
  }
  return adjacency;
}

const NONE: readonly never[] = Object.freeze([]);

/** Typed neighbours of a node (empty for unknown ids). */
export function neighbours(graph: RelationGraph, id: string): readonly Neighbour[] {
  return adjacencyOf(graph).typed.get(id) ?? NONE;
}

/** Projection neighbours of an organization node (empty for other or unknown ids). */
export function projectionNeighbours(
  graph: RelationGraph,
  id: string,
): readonly ProjectionNeighbour[] {
  return projectionAdjacencyOf(graph).get(id) ?? NONE;
}
