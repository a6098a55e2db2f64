/**
 * Types of the typed multi-relation graph derived from an Atlas (see relations.ts).
 * Node ids are `<kind>:<id>`: `organization:wikimedia-argentina`, `language:es`.
 */
import type { OrganizationKind } from './schema.ts';

export type NodeKind = 'organization' | 'network' | 'language' | 'program' | 'meetup';

export type EdgeKind =
  | 'member-of' // organization -> network
  | 'speaks' // organization -> language
  | 'runs-program' // organization -> program
  | 'organized' // organization -> meetup
  | 'attended' // organization -> meetup
  | 'collaborated'; // organization -> organization (joint project)

export const NODE_KINDS: readonly NodeKind[] = [
  'organization',
  'network',
  'language',
  'program',
  'meetup',
];
export const EDGE_KINDS: readonly EdgeKind[] = [
  'member-of',
  'speaks',
  'runs-program',
  'organized',
  'attended',
  'collaborated',
];

/** Organization-to-organization projections of the typed graph. */
export type ProjectionKind =
  'shared-network' | 'shared-language' | 'joint-program' | 'co-attendance';
export const PROJECTION_KINDS: readonly ProjectionKind[] = [
  'shared-network',
  'shared-language',
  'joint-program',
  'co-attendance',
];

export interface GraphNode {
  /** `<kind>:<entity id or language code>` */
  id: string;
  kind: NodeKind;
  /** The dataset id (or language code) this node stands for: what selection and URLs use. */
  entityId: string;
  /** English/default label; views translate language codes with Intl.DisplayNames. */
  label: string;
  /** For organizations. */
  orgKind?: OrganizationKind;
  /** For organizations: `former` ones are kept and may be filtered out by views. */
  former?: boolean;
  /** Number of typed edges touching the node. */
  degree: number;
}

/**
 * A typed edge, known by its kind, source and target (one edge per fact): no id string, as a
 * 20,000-organization graph has 71,000 edges and nothing in the app names one.
 */
export interface GraphEdge {
  kind: EdgeKind;
  source: string;
  target: string;
  /** 1 for single facts; collaborations count joint projects. */
  weight: number;
  /** True when the fact behind the edge is marked uncertain or only inferred. */
  uncertain?: boolean;
}

/**
 * A pair of organizations, known by its source and target: no id string, as a 20,000-
 * organization projection has 650,000 pairs.
 */
export interface ProjectionEdge {
  /** Organization node ids, source < target. */
  source: string;
  target: string;
  /** Sum of the kinds' counts. */
  weight: number;
  /** How many shared networks, languages, joint programs (collaborations) and co-attended meetups. */
  kinds: Record<ProjectionKind, number>;
}

/**
 * A group of organizations (a network's members, a language's speakers, a collaboration's
 * partners, a meetup's organizers and participants) larger than `maxHubSize`, whose pairs were
 * not counted: 5,000 speakers of one language would make 12.5 million pairs. The typed edges
 * to the hub are all kept (except `collaborated` edges, which are pairs too); only the pairs are
 * skipped, and they are listed here so that nothing is lost silently.
 */
export interface SkippedHub {
  /** The projection kind whose counts leave this hub out. */
  projection: ProjectionKind;
  /** The hub's selection id: a network or meetup id, `language:<code>`, or a collaboration id. */
  selectionId: string;
  /** The hub's node id; absent for collaborations, which are not nodes. */
  nodeId?: string;
  /** Number of (included) organizations in the hub. */
  size: number;
}

export interface RelationOptions {
  /** Keep organizations whose status is `former` (default true); their edges go with them. */
  includeFormer?: boolean;
  /** Keep `member-of` edges that are only inferred (default true); they are `uncertain`. */
  includeInferred?: boolean;
  /**
   * Hubs with more organizations than this add no pairs (default DEFAULT_MAX_HUB_SIZE = 200;
   * `Infinity` turns the cap off). Skipped hubs are reported in `RelationGraph.skippedHubs`.
   */
  maxHubSize?: number;
}

export interface RelationGraph {
  /** Sorted by kind (NODE_KINDS order) then id: the same input gives the same order. */
  nodes: GraphNode[];
  /** Sorted by kind (EDGE_KINDS order), then source, then target (both in `nodes` order). */
  edges: GraphEdge[];
  /** Sorted by source then target. */
  projection: ProjectionEdge[];
  /** Hubs above `maxHubSize`, sorted by projection kind (PROJECTION_KINDS order) then selection id. */
  skippedHubs: SkippedHub[];
  /** The cap that was applied. */
  maxHubSize: number;
}
