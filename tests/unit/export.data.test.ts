// The JSON and GEXF exports read back by the real validator and a real GEXF parser.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { validateDataset } from '../../src/model/validate.ts';
import { buildAtlas, type Atlas } from '../../src/model/atlas.ts';
import { applyFilters, NO_FILTERS, type Filters } from '../../src/model/filters.ts';
import { buildRelations } from '../../src/model/relations.ts';
import { EDGE_KINDS } from '../../src/model/relations.types.ts';
import { REFERENCES } from '../../src/model/validateChecks.ts';
import { COLLECTIONS, type Dataset } from '../../src/model/schema.ts';
import { buildScene, type GraphMode } from '../../src/graph/scene.ts';
import { datasetSubset, subsetJson } from '../../src/export/subset.ts';
import { graphGexf } from '../../src/export/gexf.ts';
import { smallAtlas } from './helpers/smallDataset.ts';

const builtIn: Atlas = (() => {
  const result = validateDataset(readFileSync('data/wikimedia.json', 'utf8'), 'wikimedia.json');
  if (!result.dataset) throw new Error('the built-in dataset does not validate');
  return buildAtlas(result.dataset);
})();

const FILTERS: [string, Partial<Filters>][] = [
  ['nothing', {}],
  ['Iberocoop in 2014', { network: ['iberocoop'], from: 2014, to: 2014 }],
  ['user groups in Africa', { kind: ['user_group'], region: ['africa'] }],
  ['former organizations', { status: ['former'] }],
  ['Spanish speakers, sourced only', { language: ['es'], sourcedOnly: true }],
  ['a country with nothing', { country: ['AQ'] }],
  ['Wikimedia CEE until 2015', { network: ['wikimedia-cee'], to: 2015 }],
];

/** Every reference in the dataset points at a record it has. */
function dangling(d: Dataset): string[] {
  const ids = new Map(COLLECTIONS.map((c) => [c, new Set(d[c].map((r) => r.id))]));
  const out: string[] = [];
  for (const { from, field, to } of REFERENCES) {
    for (const record of d[from] as unknown as Record<string, unknown>[]) {
      for (const id of (record[field] as string[] | undefined) ?? [])
        if (!ids.get(to)!.has(id)) out.push(`${String(record.id)}.${field} -> ${id}`);
    }
  }
  return out;
}

describe('JSON export: the filtered subset is a dataset of its own', () => {
  it.each(FILTERS)('%s', (_, filters) => {
    const result = applyFilters(builtIn, { ...NO_FILTERS, ...filters });
    const text = subsetJson(builtIn, result);
    const checked = validateDataset(text, 'export.json');
    expect(checked.errors.map((e) => `${e.path} ${e.message}`)).toEqual([]);
    const d = checked.dataset!;
    expect(dangling(d)).toEqual([]);
    expect(d.meta).toEqual(builtIn.dataset.meta);
    expect(d.organizations.map((o) => o.id)).toEqual(result.organizations.map((o) => o.id));
    expect(d.meetups.map((m) => m.id)).toEqual(result.meetups.map((m) => m.id));
    expect(d.networks.every((n) => result.visibleIds.has(n.id))).toBe(true);
    // Only sources still cited, and every cited one.
    const cited = new Set(
      COLLECTIONS.filter((c) => c !== 'sources').flatMap((c) =>
        (d[c] as { sources?: string[] }[]).flatMap((r) => r.sources ?? []),
      ),
    );
    expect(new Set(d.sources.map((s) => s.id))).toEqual(cited);
  });

  it('prunes references to records the filters removed, and keeps what survives', () => {
    const result = applyFilters(smallAtlas, { ...NO_FILTERS, country: ['AR'] });
    const d = datasetSubset(smallAtlas, result);
    expect(d.organizations.map((o) => o.id)).toEqual(['wikimedia-argentina']);
    const ibero = d.networks.find((n) => n.id === 'iberocoop')!;
    expect(ibero.members).toEqual(['wikimedia-argentina']);
    const conf = d.meetups.find((m) => m.id === 'iberoconf-2014')!;
    expect(conf.organizers).toEqual(['wikimedia-argentina']);
    expect(conf.participants).toEqual([]);
    expect(validateDataset(JSON.stringify(d), 'x.json').errors).toEqual([]);
    // The dataset it came from is left alone.
    expect(smallAtlas.dataset.networks[0]!.members).toHaveLength(2);
  });
});

describe('GEXF export, read back by graphology-gexf', () => {
  const cases: [string, GraphMode, Partial<Filters>][] = [
    ['typed graph, everything', 'typed', {}],
    ['typed graph, Iberocoop', 'typed', { network: ['iberocoop'] }],
    ['organizations only, Europe', 'projection', { region: ['europe'] }],
  ];
  it.each(cases)('%s', (_, mode, filters) => {
    const result = applyFilters(builtIn, { ...NO_FILTERS, ...filters });
    const relations = buildRelations(builtIn);
    const scene = buildScene(relations, {
      mode,
      edgeKinds: new Set(EDGE_KINDS),
      visibleIds: Object.keys(filters).length ? result.visibleIds : null,
    });
    const positions = new Float32Array(scene.nodes.length * 2).map((_, i) => i * 1.5 - 7);
    const gexf = graphGexf({
      atlas: builtIn,
      scene,
      positions,
      labelOf: (i) => `${scene.nodes[i]!.label} <&> "x"`,
      description: 'Title & <filters>',
      date: '2026-11-30',
    });
    const graph = parse(Graph, gexf);
    expect(graph.order).toBe(scene.nodes.length);
    expect(graph.size).toBe(scene.linkStyle.length);
    expect(graph.type).toBe('undirected');
    scene.nodes.forEach((node, i) => {
      const a = graph.getNodeAttributes(node.id);
      expect(a.label).toBe(`${node.label} <&> "x"`);
      expect(a.kind).toBe(node.kind);
      expect(a.type).toBe(node.look);
      expect(a.record).toBe(node.selectionId);
      expect(a.degree).toBe(node.degree);
      expect(a.x).toBeCloseTo(positions[2 * i]!, 1);
      expect(a.y).toBeCloseTo(-positions[2 * i + 1]!, 1);
      expect(a.color).toMatch(/^rgb\(\d+,\d+,\d+\)$/);
      expect(a.size).toBeGreaterThan(0);
    });
    // The same edges, endpoints, kinds and weights, as a multiset.
    const key = (s: string, t: string, kind: string, weight: number) =>
      `${[s, t].sort().join(' ')} ${kind} ${weight}`;
    const kinds =
      mode === 'typed'
        ? EDGE_KINDS
        : ['shared-network', 'shared-language', 'joint-program', 'co-attendance'];
    const expected: string[] = [];
    for (let e = 0; e < scene.linkStyle.length; e++)
      expected.push(
        key(
          scene.nodes[scene.links[2 * e]!]!.id,
          scene.nodes[scene.links[2 * e + 1]!]!.id,
          kinds[scene.linkStyle[e]!]!,
          scene.linkWeight[e]!,
        ),
      );
    const read = graph.mapEdges((_, a, s, t) => key(s, t, a.kind as string, a.weight as number));
    expect(read.sort()).toEqual(expected.sort());
    expect(graph.getAttribute('description')).toBe('Title & <filters>');
    if (mode === 'projection') expect(Math.max(...scene.linkWeight)).toBeGreaterThan(1);
  });

  it('carries the record facts as typed attributes', () => {
    const scene = buildScene(buildRelations(smallAtlas), {
      mode: 'typed',
      edgeKinds: new Set(EDGE_KINDS),
      visibleIds: null,
    });
    const gexf = graphGexf({
      atlas: smallAtlas,
      scene,
      positions: new Float32Array(scene.nodes.length * 2),
      labelOf: (i) => scene.nodes[i]!.label,
      description: '',
    });
    const graph = parse(Graph, gexf);
    const tn = graph.getNodeAttributes('organization:wikimedia-tn-user-group');
    expect(tn).toMatchObject({
      kind: 'organization',
      type: 'user_group',
      status: 'active',
      countries: 'TN',
      languages: 'ar fr',
      recognized: '2014',
    });
    expect(gexf).toContain('xmlns="http://gexf.net/1.3"');
    expect(gexf).toContain('version="1.3"');
  });
});
