/**
 * GEXF 1.3 of the graph as shown (https://gexf.net/), which Gephi and Gephi Lite open: one node
 * per node on screen with its kind, label and attributes (typed, declared in `<attributes>`),
 * its position, size, colour and shape (viz namespace), and one edge per edge with its kind
 * (GEXF's own `kind` attribute, also as an attribute) and weight (1 for a typed edge; the
 * number of networks, languages, projects or meetups shared for an organizations-only graph).
 *
 * The graph is undirected. y grows upwards in Gephi and downwards on screen: positions are
 * written with y negated, so the picture is not mirrored. Labels are the names drawn (in the UI
 * language where a record has a local name). Pure.
 */
import type { Atlas } from '../model/atlas.ts';
import type { GraphScene } from '../graph/scene.ts';
import { NODE_STYLES, type NodeShape } from '../graph/styles.ts';
import { EDGE_KINDS, PROJECTION_KINDS } from '../model/relations.types.ts';
import { xmlEscape as x, xmlNumber } from './xml.ts';

export interface GexfInput {
  atlas: Atlas;
  scene: GraphScene;
  /** Layout units, scene order. */
  positions: Float32Array;
  labelOf: (i: number) => string;
  /** Written into `<meta>`: the title line, the data-as-of and credit lines. */
  description: string;
  /** ISO date for `lastmodifieddate` (the dataset's data-as-of date, so the file is stable). */
  date?: string;
}

type AttrType = 'string' | 'integer' | 'boolean';

/** Node attributes: id (for the file), title (Gephi's column name), type. */
export const NODE_ATTRIBUTES: readonly [string, AttrType][] = [
  ['kind', 'string'],
  ['type', 'string'],
  ['record', 'string'],
  ['degree', 'integer'],
  ['status', 'string'],
  ['countries', 'string'],
  ['languages', 'string'],
  ['recognized', 'string'],
  ['start', 'string'],
  ['wikidata', 'string'],
  ['website', 'string'],
];

/** Gephi's viz shapes closest to the graph's. */
const VIZ_SHAPES: Record<NodeShape, string> = {
  circle: 'disc',
  square: 'square',
  triangle: 'triangle',
  diamond: 'diamond',
  hexagon: 'disc',
  cross: 'square',
  star: 'triangle',
};

function rgb(hex: string): [number, number, number] {
  const v = parseInt(hex.replace('#', ''), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

/** The attributes of node i that its record has (only those with a value are written). */
function nodeValues(atlas: Atlas, scene: GraphScene, i: number): Map<string, string> {
  const node = scene.nodes[i]!;
  const values = new Map<string, string>();
  values.set('kind', node.kind);
  values.set('type', node.look);
  values.set('record', node.selectionId);
  values.set('degree', String(node.degree));
  const entity = atlas.byId.get(node.selectionId);
  if (!entity) return values;
  const r = entity.record;
  if (entity.kind === 'organization') {
    const o = entity.record;
    values.set('status', o.status);
    if (o.countries.length) values.set('countries', o.countries.join(' '));
    if (o.languages.length) values.set('languages', o.languages.join(' '));
    if (o.recognized) values.set('recognized', o.recognized);
    if (o.wikidata) values.set('wikidata', o.wikidata);
  } else if (entity.kind === 'network') {
    if (entity.record.languages.length) values.set('languages', entity.record.languages.join(' '));
    if (entity.record.wikidata) values.set('wikidata', entity.record.wikidata);
  } else if (entity.kind === 'meetup') {
    const m = entity.record;
    if (m.status) values.set('status', m.status);
    if (m.location?.country) values.set('countries', m.location.country);
    if (m.start) values.set('start', m.start);
  }
  if ('website' in r && r.website) values.set('website', r.website);
  return values;
}

export function graphGexf(input: GexfInput): string {
  const { atlas, scene, positions, labelOf } = input;
  const kinds: readonly string[] = scene.mode === 'typed' ? EDGE_KINDS : PROJECTION_KINDS;
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
  );
  const date = input.date ? ` lastmodifieddate="${x(input.date)}"` : '';
  out.push(`  <meta${date}>`);
  out.push('    <creator>Movement Atlas</creator>');
  out.push(`    <description>${x(input.description)}</description>`);
  out.push('  </meta>');
  out.push('  <graph defaultedgetype="undirected" mode="static">');
  out.push('    <attributes class="node" mode="static">');
  for (const [id, type] of NODE_ATTRIBUTES)
    out.push(`      <attribute id="${id}" title="${id}" type="${type}"/>`);
  out.push('    </attributes>');
  out.push('    <attributes class="edge" mode="static">');
  out.push('      <attribute id="kind" title="kind" type="string"/>');
  out.push('    </attributes>');
  out.push('    <nodes>');
  scene.nodes.forEach((node, i) => {
    out.push(`      <node id="${x(node.id)}" label="${x(labelOf(i))}">`);
    out.push('        <attvalues>');
    for (const [id, value] of nodeValues(atlas, scene, i))
      out.push(`          <attvalue for="${id}" value="${x(value)}"/>`);
    out.push('        </attvalues>');
    const style = NODE_STYLES[node.look];
    const [r, g, b] = rgb(style.color);
    out.push(`        <viz:color r="${r}" g="${g}" b="${b}"/>`);
    const px = xmlNumber(positions[2 * i] ?? 0);
    const py = xmlNumber(-(positions[2 * i + 1] ?? 0));
    out.push(`        <viz:position x="${px}" y="${py}" z="0"/>`);
    out.push(`        <viz:size value="${xmlNumber(node.radius)}"/>`);
    out.push(`        <viz:shape value="${VIZ_SHAPES[style.shape]}"/>`);
    out.push('      </node>');
  });
  out.push('    </nodes>');
  out.push('    <edges>');
  for (let e = 0; e < scene.linkStyle.length; e++) {
    const source = scene.nodes[scene.links[2 * e]!]!.id;
    const target = scene.nodes[scene.links[2 * e + 1]!]!.id;
    const kind = kinds[scene.linkStyle[e]!] ?? 'link';
    const weight = xmlNumber(scene.linkWeight[e] ?? 1);
    const [r, g, b] = rgb(scene.edgeStyles[scene.linkStyle[e]!]?.color ?? '#72777d');
    out.push(
      `      <edge id="e${e}" source="${x(source)}" target="${x(target)}" kind="${x(kind)}" weight="${weight}">`,
    );
    out.push(`        <attvalues><attvalue for="kind" value="${x(kind)}"/></attvalues>`);
    out.push(`        <viz:color r="${r}" g="${g}" b="${b}"/>`);
    out.push(`        <viz:thickness value="${xmlNumber(scene.linkWidth[e] ?? 1)}"/>`);
    out.push('      </edge>');
  }
  out.push('    </edges>');
  out.push('  </graph>');
  out.push('</gexf>');
  return `${out.join('\n')}\n`;
}
