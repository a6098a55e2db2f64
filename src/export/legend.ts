/**
 * The legend drawn into exported pictures: what the picture's shapes, colours and dashes mean,
 * only for what it shows. Built from the same style tables the views draw with (graph/styles.ts,
 * map/palette.ts), so an export's legend cannot drift from its picture. Pure.
 */
import type { GraphScene } from '../graph/scene.ts';
import { LOOK_MESSAGES, NODE_LOOKS, NODE_STYLES, type NodeShape } from '../graph/styles.ts';
import { EDGE_KINDS, PROJECTION_KINDS } from '../model/relations.types.ts';
import { FORMER_COLOUR, KIND_COLOURS } from '../map/palette.ts';
import type { PointKind } from '../map/points.ts';
import type { MapPicture } from './sources.ts';

export type LegendEntry =
  | { type: 'node'; shape: NodeShape; colour: string; label: string }
  | { type: 'edge'; colour: string; dash: readonly number[]; label: string }
  | { type: 'place'; kind: PointKind; colour: string; hollow: boolean; label: string }
  | { type: 'swatch'; colour: string; label: string }
  /** Starts a row of its own: "Map", "Graph" when a picture shows both. */
  | { type: 'heading'; label: string };

const PLACE_KEYS: Record<PointKind, string> = {
  chapter: 'legend-kind-chapter',
  user_group: 'legend-kind-user-group',
  thematic_org: 'legend-kind-thematic',
  meetup: 'legend-kind-meetup',
};

/** Node kinds and edge kinds that the scene has, in the graph legend's order. */
export function graphLegend(scene: GraphScene, t: (key: string) => string): LegendEntry[] {
  const looks = new Set(scene.nodes.map((n) => n.look));
  const entries: LegendEntry[] = NODE_LOOKS.filter((l) => looks.has(l)).map((look) => ({
    type: 'node',
    shape: NODE_STYLES[look].shape,
    colour: NODE_STYLES[look].color,
    label: t(LOOK_MESSAGES[look]),
  }));
  const used = new Set(scene.linkStyle);
  const kinds = scene.mode === 'typed' ? EDGE_KINDS : PROJECTION_KINDS;
  kinds.forEach((kind, i) => {
    const style = scene.edgeStyles[i];
    if (!style || !used.has(i)) return;
    const key = scene.mode === 'typed' ? `graph-edge-${kind}` : `graph-projection-${kind}`;
    entries.push({ type: 'edge', colour: style.color, dash: style.dash, label: t(key) });
  });
  return entries;
}

/** Markers and shading, as the map legend names them, for the layers that are on. */
export function mapLegend(
  map: Pick<MapPicture, 'layers' | 'networks'>,
  t: (key: string) => string,
): LegendEntry[] {
  const entries: LegendEntry[] = [];
  const kinds: PointKind[] = [];
  if (map.layers.organizations) kinds.push('chapter', 'user_group', 'thematic_org');
  if (map.layers.meetups) kinds.push('meetup');
  for (const kind of kinds)
    entries.push({
      type: 'place',
      kind,
      colour: KIND_COLOURS[kind],
      hollow: false,
      label: t(PLACE_KEYS[kind]),
    });
  if (map.layers.organizations) {
    entries.push({
      type: 'place',
      kind: 'chapter',
      colour: KIND_COLOURS.chapter,
      hollow: true,
      label: t('legend-approximate'),
    });
    if (map.layers.former)
      entries.push({
        type: 'place',
        kind: 'user_group',
        colour: FORMER_COLOUR,
        hollow: false,
        label: t('legend-former'),
      });
  }
  for (const n of map.networks) entries.push({ type: 'swatch', colour: n.colour, label: n.name });
  return entries;
}
