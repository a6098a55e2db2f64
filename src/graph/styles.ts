/**
 * How the graph looks: one shape and colour per node kind (organizations by their kind), one
 * colour and dash pattern per edge kind. The renderer and the legend both read from here, so
 * the legend cannot drift from the picture. Colours reach at least 3:1 against white (WCAG
 * 1.4.11) and every kind also differs by shape or dash, so nothing depends on colour alone.
 */
import type { EdgeKind, GraphNode, ProjectionKind } from '../model/relations.types.ts';

import { KIND_SYMBOLS, type SymbolShape } from '../model/symbols.ts';

export type NodeShape = SymbolShape;

/** What a node is drawn as: the node kind, with organizations split by their kind. */
export type NodeLook =
  'chapter' | 'user_group' | 'thematic_org' | 'network' | 'language' | 'program' | 'meetup';

export const NODE_LOOKS: readonly NodeLook[] = [
  'chapter',
  'user_group',
  'thematic_org',
  'network',
  'language',
  'program',
  'meetup',
];

/** The message naming each node look (legends, announcements, exports). */
export const LOOK_MESSAGES: Readonly<Record<NodeLook, string>> = {
  chapter: 'graph-kind-chapter',
  user_group: 'graph-kind-user-group',
  thematic_org: 'graph-kind-thematic-org',
  network: 'graph-kind-network',
  language: 'graph-kind-language',
  program: 'graph-kind-program',
  meetup: 'graph-kind-meetup',
};

export interface NodeStyle {
  shape: NodeShape;
  color: string;
}

/** The symbols every view shares (model/symbols.ts). */
export const NODE_STYLES: Readonly<Record<NodeLook, NodeStyle>> = Object.fromEntries(
  NODE_LOOKS.map((look) => [
    look,
    { shape: KIND_SYMBOLS[look].shape, color: KIND_SYMBOLS[look].colour },
  ]),
) as Record<NodeLook, NodeStyle>;

export function lookOf(node: Pick<GraphNode, 'kind' | 'orgKind'>): NodeLook {
  if (node.kind === 'organization') return node.orgKind ?? 'user_group';
  return node.kind;
}

export interface EdgeStyle {
  color: string;
  /** Canvas line dash in CSS pixels; empty for a solid line. */
  dash: readonly number[];
}

export const EDGE_STYLES: Readonly<Record<EdgeKind, EdgeStyle>> = {
  collaborated: { color: '#3366cc', dash: [] },
  'member-of': { color: '#ac6600', dash: [8, 4] },
  'runs-program': { color: '#d73333', dash: [4, 3] },
  organized: { color: '#6b4ba1', dash: [9, 3, 2, 3] },
  attended: { color: '#a2379b', dash: [6, 3, 2, 3, 2, 3] },
  speaks: { color: '#72777d', dash: [1.5, 3] },
};

/**
 * Which typed edge kind a projection kind is derived from: the legend's toggles speak in edge
 * kinds in both modes, so one URL parameter serves both.
 */
export const PROJECTION_SOURCES: Readonly<Record<ProjectionKind, readonly EdgeKind[]>> = {
  'shared-network': ['member-of'],
  'shared-language': ['speaks'],
  'joint-program': ['collaborated'],
  'co-attendance': ['attended', 'organized'],
};

/** The edge kinds with `kinds` switched on or off (a new set; the old one is left alone). */
export function withKinds(
  current: ReadonlySet<EdgeKind>,
  kinds: readonly EdgeKind[],
  on: boolean,
): ReadonlySet<EdgeKind> {
  const next = new Set(current);
  for (const k of kinds) {
    if (on) next.add(k);
    else next.delete(k);
  }
  return next;
}

export const PROJECTION_STYLES: Readonly<Record<ProjectionKind, EdgeStyle>> = {
  'shared-network': EDGE_STYLES['member-of'],
  'shared-language': EDGE_STYLES.speaks,
  'joint-program': EDGE_STYLES.collaborated,
  'co-attendance': EDGE_STYLES.attended,
};

/** Colours of emphasis, from Codex design tokens' palette. */
export const EMPHASIS = {
  selection: '#202122',
  highlight: '#ffcc33',
  focus: '#3366cc',
  label: '#202122',
  labelHalo: 'rgba(255, 255, 255, 0.9)',
  nodeOutline: '#ffffff',
} as const;

/** Opacity of what is not the neighbourhood of the hovered or selected node. */
export const DIM_ALPHA = 0.12;

/** Radius in layout units: grows with the square root of the degree, so hubs stand out. */
export function radiusForDegree(degree: number): number {
  return Math.min(26, 4 + 1.7 * Math.sqrt(degree));
}

/** Radius on screen at zoom k: nodes grow with zoom, but not beyond 2.5x, nor below 1.5 px. */
export function screenRadius(radius: number, k: number): number {
  return Math.max(1.5, Math.min(radius * k, radius * 2.5));
}
