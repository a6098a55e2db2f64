/** What the graph view draws for a mode, edge kinds and filters. */
import { describe, expect, it } from 'vitest';
import { buildRelations } from '../../src/model/relations.ts';
import { buildAtlas } from '../../src/model/atlas.ts';
import { synthesizeDataset } from '../../src/model/synthetic.ts';
import { EDGE_KINDS, type EdgeKind } from '../../src/model/relations.types.ts';
import {
  buildScene,
  neighboursOf,
  prepareScene,
  sceneOf,
  type GraphScene,
} from '../../src/graph/scene.ts';
import { smallAtlas } from './helpers/smallDataset.ts';

const graph = buildRelations(smallAtlas);
const ALL = new Set(EDGE_KINDS);
const typed = (
  edgeKinds: ReadonlySet<EdgeKind> = ALL,
  visibleIds: ReadonlySet<string> | null = null,
) => buildScene(graph, { mode: 'typed', edgeKinds, visibleIds });
const ids = (scene: GraphScene) => scene.nodes.map((n) => n.selectionId);

describe('buildScene', () => {
  it('shows every organization and every hub linked to one', () => {
    const scene = typed();
    expect(ids(scene)).toEqual([
      'wikimedia-argentina',
      'wikimedia-espana',
      'wikimedia-tn-user-group',
      'wikimedia-ukraine',
      'wikimedia-venezuela-old',
      'iberocoop',
      'wikimedia-cee',
      'language:ar',
      'language:es',
      'language:fr',
      'language:uk',
      'education',
      'iberoconf-2014',
      'wikiarabia-2015',
      'wikimania-2021',
      'wikimedia-cee-meeting-2022',
    ]);
    expect(scene.links.length / 2).toBe(graph.edges.length);
    const argentina = scene.nodes[0]!;
    expect(argentina).toMatchObject({ kind: 'organization', look: 'chapter', degree: 5 });
    expect(scene.nodes[2]!.look).toBe('user_group');
    expect(scene.nodes.find((n) => n.kind === 'language')!.look).toBe('language');
  });

  it('drops the hubs of a hidden edge kind, and keeps isolated organizations', () => {
    const scene = typed(new Set(EDGE_KINDS.filter((k) => k !== 'speaks')));
    expect(ids(scene).some((id) => id.startsWith('language:'))).toBe(false);
    expect(ids(scene)).toContain('wikimedia-venezuela-old');
    const nothing = typed(new Set());
    expect(ids(nothing)).toHaveLength(5);
    expect(nothing.links).toHaveLength(0);
  });

  it('follows the filters: listed organizations, listed hubs next to them', () => {
    const scene = typed(
      ALL,
      new Set(['wikimedia-ukraine', 'wikimedia-cee', 'language:uk', 'iberocoop']),
    );
    // iberocoop is listed but none of its members is shown.
    expect(ids(scene)).toEqual(['wikimedia-ukraine', 'wikimedia-cee', 'language:uk']);
    expect(scene.nodes[0]!.degree).toBe(2);
  });

  it('keeps adjacency symmetric and consistent with the links', () => {
    const scene = typed();
    const pairs = new Set<string>();
    for (let i = 0; i < scene.links.length; i += 2) {
      pairs.add(`${scene.links[i]}-${scene.links[i + 1]}`);
      pairs.add(`${scene.links[i + 1]}-${scene.links[i]}`);
    }
    let total = 0;
    scene.nodes.forEach((node, i) => {
      const around = neighboursOf(scene, i);
      expect(around.length).toBe(node.degree);
      total += around.length;
      for (const j of around) expect(pairs.has(`${i}-${j}`)).toBe(true);
    });
    expect(total).toBe(scene.links.length);
    expect(scene.indexOfSelection.get('language:uk')).toBe(ids(scene).indexOf('language:uk'));
  });

  it('draws organizations only in projection mode, styled by their strongest tie', () => {
    const scene = buildScene(graph, { mode: 'projection', edgeKinds: ALL, visibleIds: null });
    expect(scene.nodes.every((n) => n.kind === 'organization')).toBe(true);
    expect(scene.links.length / 2).toBe(graph.projection.length);
    const withoutLanguages = buildScene(graph, {
      mode: 'projection',
      edgeKinds: new Set(EDGE_KINDS.filter((k) => k !== 'speaks')),
      visibleIds: null,
    });
    expect(withoutLanguages.links.length / 2).toBe(
      graph.projection.filter((e) => e.weight > e.kinds['shared-language']).length,
    );
  });

  it('is the same for the same input, and scales to a synthetic dataset', () => {
    const atlas = buildAtlas(synthesizeDataset(300, 5));
    const big = buildRelations(atlas);
    const a = buildScene(big, { mode: 'typed', edgeKinds: ALL, visibleIds: null });
    const b = buildScene(big, { mode: 'typed', edgeKinds: ALL, visibleIds: null });
    expect(ids(a)).toEqual(ids(b));
    expect(Array.from(a.links)).toEqual(Array.from(b.links));
    expect(a.nodes.filter((n) => n.kind === 'organization')).toHaveLength(300);
    expect(a.nodes.every((n) => n.radius >= 4 && n.radius <= 26)).toBe(true);
  });

  it('orders its nodes by importance: most linked first, ties in scene order', () => {
    // Over SORT_STEP nodes, so that the order is merged from sorted runs.
    const scene = buildScene(buildRelations(buildAtlas(synthesizeDataset(3000, 4))), {
      mode: 'typed',
      edgeKinds: ALL,
      visibleIds: null,
    });
    const expected = Array.from(scene.nodes.keys()).sort(
      (a, b) => scene.nodes[b]!.degree - scene.nodes[a]!.degree || a - b,
    );
    expect(scene.nodes.length).toBeGreaterThan(2_048);
    expect(Array.from(scene.importance)).toEqual(expected);
    expect(Array.from(typed().importance).sort((a, b) => a - b)).toEqual(
      Array.from(typed().nodes.keys()),
    );
  });
});

describe('sceneOf and prepareScene', () => {
  const big = buildRelations(buildAtlas(synthesizeDataset(3000, 4)));
  const options = { mode: 'typed' as const, edgeKinds: ALL, visibleIds: null };

  it('builds ahead in slices the scene sceneOf then gives, equal to buildScene', async () => {
    let pauses = 0;
    await prepareScene(
      big,
      options,
      async () => {
        pauses++;
      },
      0,
    );
    expect(pauses).toBeGreaterThan(2);
    const scene = sceneOf(big, { ...options });
    expect(sceneOf(big, options)).toBe(scene);
    expect(JSON.stringify(scene)).toBe(JSON.stringify(buildScene(big, options)));
  });

  it('builds anew when an option changes', () => {
    const first = sceneOf(big, options);
    const some = new Set<EdgeKind>(['member-of']);
    const other = sceneOf(big, { ...options, edgeKinds: some });
    expect(other).not.toBe(first);
    expect(other.links.length).toBeLessThan(first.links.length);
  });
});
