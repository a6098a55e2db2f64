import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAtlas, type Atlas } from '../../src/model/atlas.ts';
import { mulberry32, shuffled } from '../../src/model/random.ts';
import {
  adjacencyOf,
  buildAdjacency,
  buildProjectionAdjacency,
  buildRelations,
  DEFAULT_MAX_HUB_SIZE,
  neighbours,
  nodeIdOf,
  parseNodeId,
  projectionAdjacencyOf,
  projectionNeighbours,
  RelationsError,
  atlasRelations,
  selectionIdOf,
} from '../../src/model/relations.ts';
import type {
  EdgeKind,
  NodeKind,
  ProjectionKind,
  RelationGraph,
} from '../../src/model/relations.types.ts';
import { EDGE_KINDS, NODE_KINDS } from '../../src/model/relations.types.ts';
import {
  Dataset,
  type Collaboration,
  type Meetup,
  type Network,
  type Organization,
} from '../../src/model/schema.ts';
import { synthesizeDataset } from '../../src/model/synthetic.ts';
import { meetup as baseMeetup, org as baseOrg } from './helpers/smallDataset.ts';

const SRC = ['general-knowledge'];

/** The shared helpers' records, with no country and the general-knowledge source. */
const org = (id: string, name: string, extra: Partial<Organization> = {}): Organization =>
  baseOrg(id, name, { countries: [], sources: SRC, ...extra });
const meetup = (id: string, name: string, extra: Partial<Meetup>): Meetup =>
  baseMeetup(id, name, { sources: SRC, ...extra });

function network(id: string, name: string, members: string[], extra: Partial<Network> = {}) {
  return { id, name, kind: 'regional', languages: [], members, sources: SRC, ...extra } as Network;
}

function collaboration(id: string, organizations: string[], extra: Partial<Collaboration> = {}) {
  return { id, title: id, organizations, programs: [], years: [], sources: SRC, ...extra };
}

const AR = 'wikimedia-argentina';
const ES = 'wikimedia-espana';
const CL = 'wikimedia-chile';
const PT = 'wikimedia-portugal';
const AMICAL = 'amical-wikimedia';
const IT = 'wikimedia-italia';
const WMB = 'grupo-de-usuarios-wiki-movimento-brasil';
const HK = 'wikimedia-hong-kong';
const TW = 'wikimedia-taiwan';

/**
 * Real affiliates, networks and meetups; the collaborations are made up for the test. Expected
 * figures are worked out by hand in the comments of the tests below.
 */
const dataset: Dataset = Dataset.parse({
  organizations: [
    org(AR, 'Wikimedia Argentina', {
      countries: ['AR'],
      programs: ['wiki-loves-monuments', 'education'],
    }),
    org(ES, 'Wikimedia España', { countries: ['ES'], programs: ['wiki-loves-monuments'] }),
    org(CL, 'Wikimedia Chile', {
      countries: ['CL'],
      programs: ['wiki-loves-monuments'],
      uncertain: ['programs'],
    }),
    org(PT, 'Wikimedia Portugal', { countries: ['PT'], languages: ['pt'] }),
    org(AMICAL, 'Amical Wikimedia', {
      kind: 'thematic_org',
      countries: ['ES', 'AD', 'FR', 'IT'],
      languages: ['ca'],
    }),
    org(IT, 'Wikimedia Italia', { countries: ['IT'], languages: ['it'] }),
    org(WMB, 'Grupo de Usuários Wiki Movimento Brasil', {
      kind: 'user_group',
      countries: ['BR'],
      languages: ['pt'],
    }),
    org(HK, 'Wikimedia Hong Kong', {
      status: 'former',
      countries: ['HK'],
      languages: ['zh', 'en'],
      ended: '2017',
    }),
    org(TW, 'Wikimedia Taiwan', { countries: ['TW'], languages: ['zh'] }),
  ],
  networks: [
    network('iberocoop', 'Iberocoop', [AR, ES, CL, PT, AMICAL, IT], {
      languages: ['es', 'pt', 'it'],
      inferredMembers: [WMB],
    }),
    network('comunidad-hispanohablante', 'Comunidad hispanohablante de Wikimedia', [AR, ES, CL], {
      kind: 'language',
      languages: ['es'],
    }),
    // `ko` is only a network language: no organization here speaks it, so it gets no node.
    network('eseap', 'ESEAP', [HK, TW], { languages: ['zh', 'ko'] }),
  ],
  meetups: [
    meetup('iberoconf-2014', 'Iberoconf 2014', {
      organizers: [AR],
      participants: [CL, ES, PT, IT, AMICAL],
      networks: ['iberocoop'],
    }),
    meetup('iberoconf-2012', 'Iberoconf 2012', {
      organizers: [CL],
      participants: [AR, ES],
      uncertain: ['participants'],
    }),
    meetup('wikimania-2013', 'Wikimania 2013', { organizers: [HK], participants: [TW, AR] }),
  ],
  programs: [
    { id: 'wiki-loves-monuments', name: 'Wiki Loves Monuments' },
    { id: 'education', name: 'Education' },
  ],
  collaborations: [
    collaboration('wlm-ar-cl-es', [AR, CL, ES], { programs: ['wiki-loves-monuments'] }),
    collaboration('education-ar-cl', [AR, CL], { uncertain: ['organizations'] }),
    collaboration('hk-tw-exchange', [HK, TW], { uncertain: ['organizations'] }),
  ],
  sources: [{ id: 'general-knowledge', title: 'General knowledge' }],
});

const atlas = buildAtlas(dataset);
const graph = buildRelations(atlas);

const o = (id: string) => `organization:${id}`;

function countBy<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, number> {
  const counts = {} as Record<K, number>;
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

function edge(g: RelationGraph, kind: EdgeKind, source: string, target: string) {
  return g.edges.find((e) => e.kind === kind && e.source === source && e.target === target);
}

function pair(g: RelationGraph, a: string, b: string) {
  const [source, target] = [o(a), o(b)].sort();
  return g.projection.find((p) => p.source === source && p.target === target);
}

describe('buildRelations: nodes and edges', () => {
  it('makes one node per organization, network, spoken language, program and meetup', () => {
    expect(countBy(graph.nodes, (n) => n.kind)).toEqual({
      organization: 9,
      network: 3,
      language: 6, // es pt ca it zh en; not ko (network only)
      program: 2,
      meetup: 3,
    });
    expect(graph.nodes.find((n) => n.id === 'language:ko')).toBeUndefined();
    expect(graph.nodes.find((n) => n.id === o(AR))).toEqual({
      id: o(AR),
      kind: 'organization',
      entityId: AR,
      label: 'Wikimedia Argentina',
      orgKind: 'chapter',
      former: false,
      degree: 10,
    });
    expect(graph.nodes.find((n) => n.id === o(HK))?.former).toBe(true);
    expect(graph.nodes.find((n) => n.id === 'language:es')).toMatchObject({
      kind: 'language',
      entityId: 'es',
      label: 'es',
    });
  });

  it('counts edges of each kind', () => {
    expect(countBy(graph.edges, (e) => e.kind)).toEqual({
      'member-of': 12, // iberocoop 6 + 1 inferred, hispanohablante 3, eseap 2
      speaks: 10,
      'runs-program': 4,
      organized: 3,
      attended: 9,
      collaborated: 4, // AR-CL, AR-ES, CL-ES, HK-TW
    });
  });

  it.each([
    // [node, degree]
    [o(AR), 10], // member-of 2, speaks 1, runs-program 2, organized 1, attended 2, collaborated 2
    [o(CL), 8], // member-of 2, speaks 1, runs-program 1, organized 1, attended 1, collaborated 2
    [o(WMB), 2],
    ['network:iberocoop', 7],
    ['language:es', 3],
    ['language:pt', 2],
    ['program:wiki-loves-monuments', 3],
    ['program:education', 1],
    ['meetup:iberoconf-2014', 6],
    ['meetup:wikimania-2013', 3],
  ])('degree of %s is %i', (id, degree) => {
    expect(graph.nodes.find((n) => n.id === id)?.degree).toBe(degree);
  });

  it('degree is the number of edges touching each node', () => {
    for (const node of graph.nodes) {
      const touching = graph.edges.filter((e) => e.source === node.id || e.target === node.id);
      expect(node.degree, node.id).toBe(touching.length);
    }
  });

  it.each([
    // [kind, source, target, weight, uncertain]
    ['member-of', o(AR), 'network:iberocoop', 1, undefined],
    ['member-of', o(WMB), 'network:iberocoop', 1, true], // inferred
    ['speaks', o(HK), 'language:en', 1, undefined],
    ['runs-program', o(CL), 'program:wiki-loves-monuments', 1, true], // programs uncertain
    ['runs-program', o(AR), 'program:education', 1, undefined],
    ['organized', o(AR), 'meetup:iberoconf-2014', 1, undefined],
    ['attended', o(ES), 'meetup:iberoconf-2012', 1, true], // participants uncertain
    ['collaborated', o(AR), o(CL), 2, undefined], // one of its two collaborations is certain
    ['collaborated', o(AR), o(ES), 1, undefined],
    ['collaborated', o(HK), o(TW), 1, true], // its only collaboration is uncertain
  ] as const)('%s %s -> %s: weight %i, uncertain %s', (kind, source, target, weight, uncertain) => {
    const e = edge(graph, kind, source, target);
    expect(e).toBeDefined();
    expect(e?.weight).toBe(weight);
    expect(e?.uncertain).toBe(uncertain);
  });

  it('points collaborated edges from the smaller id to the larger', () => {
    for (const e of graph.edges.filter((x) => x.kind === 'collaborated')) {
      expect(e.source < e.target).toBe(true);
    }
  });

  it('sorts nodes by kind then id, edges by kind, source and target in node order', () => {
    const nodeKeys = graph.nodes.map((n) => [NODE_KINDS.indexOf(n.kind), n.id] as const);
    const rank = new Map(graph.nodes.map((n, i) => [n.id, i]));
    const edgeKeys = graph.edges.map(
      (e) => [EDGE_KINDS.indexOf(e.kind), rank.get(e.source)!, rank.get(e.target)!] as const,
    );
    for (let i = 1; i < nodeKeys.length; i++) {
      const [ka, ia] = nodeKeys[i - 1]!;
      const [kb, ib] = nodeKeys[i]!;
      expect(ka < kb || (ka === kb && ia < ib), `${ia} before ${ib}`).toBe(true);
    }
    for (let i = 1; i < edgeKeys.length; i++) {
      const [ka, sa, ta] = edgeKeys[i - 1]!;
      const [kb, sb, tb] = edgeKeys[i]!;
      const before = ka < kb || (ka === kb && (sa < sb || (sa === sb && ta < tb)));
      expect(before, `${ka}:${sa}->${ta} before ${kb}:${sb}->${tb}`).toBe(true);
    }
  });

  it('keeps ids whose one is a prefix of another in node order', () => {
    const d = structuredClone(dataset);
    d.organizations.push(
      org('wikimedia-chile-1', 'Prefixed', { languages: ['es'] }),
      org('wikimedia-chile-a', 'Prefixed too', { languages: ['es'] }),
    );
    const g = buildRelations(buildAtlas(d));
    const speakers = g.edges.filter((e) => e.target === 'language:es').map((e) => e.source);
    expect(speakers).toEqual([o(AR), o(CL), o('wikimedia-chile-1'), o('wikimedia-chile-a'), o(ES)]);
  });

  it('marks member-of uncertain when the membership list or the organization says so', () => {
    const d = structuredClone(dataset);
    d.networks[2]!.uncertain = ['members']; // eseap
    d.organizations[3]!.uncertain = ['networks']; // Wikimedia Portugal
    const g = buildRelations(buildAtlas(d));
    expect(edge(g, 'member-of', o(HK), 'network:eseap')?.uncertain).toBe(true);
    expect(edge(g, 'member-of', o(TW), 'network:eseap')?.uncertain).toBe(true);
    expect(edge(g, 'member-of', o(PT), 'network:iberocoop')?.uncertain).toBe(true);
    expect(edge(g, 'member-of', o(ES), 'network:iberocoop')?.uncertain).toBeUndefined();
    expect(edge(graph, 'member-of', o(PT), 'network:iberocoop')?.uncertain).toBeUndefined();
  });

  it('merges facts listed twice, certain over uncertain', () => {
    const doubled = structuredClone(dataset);
    doubled.organizations[0]!.languages = ['es', 'es'];
    doubled.networks[0]!.inferredMembers = [WMB, AR]; // AR is also a listed member
    doubled.meetups[0]!.participants.push(CL);
    const g = buildRelations(buildAtlas(doubled));
    expect(g.edges).toEqual(graph.edges);
    expect(edge(g, 'member-of', o(AR), 'network:iberocoop')?.uncertain).toBeUndefined();
  });
});

describe('buildRelations: projection', () => {
  it('has one edge per pair sharing anything', () => {
    // the 21 pairs of Iberocoop's 7 members, plus HK-TW, AR-HK, AR-TW from Wikimania 2013
    expect(graph.projection).toHaveLength(24);
    expect(graph.skippedHubs).toEqual([]);
    expect(graph.maxHubSize).toBe(DEFAULT_MAX_HUB_SIZE);
  });

  it.each([
    // [a, b, shared-network, shared-language, joint-program, co-attendance]
    [AR, CL, 2, 1, 2, 2], // iberocoop + hispanohablante; es; 2 collaborations; Iberoconf 2012, 2014
    [AR, ES, 2, 1, 1, 2],
    [CL, ES, 2, 1, 1, 2],
    [HK, TW, 1, 1, 1, 1], // eseap; zh; exchange; Wikimania 2013
    [AR, HK, 0, 0, 0, 1],
    [AR, TW, 0, 0, 0, 1],
    [PT, WMB, 1, 1, 0, 0], // inferred membership counts by default
    [AR, PT, 1, 0, 0, 1],
    [AMICAL, WMB, 1, 0, 0, 0],
  ])('%s ~ %s', (a, b, network, language, joint, attendance) => {
    const p = pair(graph, a, b);
    expect(p?.kinds).toEqual({
      'shared-network': network,
      'shared-language': language,
      'joint-program': joint,
      'co-attendance': attendance,
    } satisfies Record<ProjectionKind, number>);
    expect(p?.weight).toBe(network + language + joint + attendance);
  });

  it('has no edge for pairs that share nothing', () => {
    expect(pair(graph, HK, PT)).toBeUndefined();
    expect(pair(graph, TW, ES)).toBeUndefined();
  });

  it('sorts projection edges by source then target, source < target', () => {
    for (const p of graph.projection) expect(p.source < p.target).toBe(true);
    const keys = graph.projection.map((p) => `${p.source}\u0000${p.target}`);
    expect(keys).toEqual([...keys].sort());
  });
});

describe('buildRelations: options', () => {
  it('includeFormer: false drops former organizations and everything touching them', () => {
    const g = buildRelations(atlas, { includeFormer: false });
    expect(g.nodes.find((n) => n.id === o(HK))).toBeUndefined();
    // HK was the only speaker of en
    expect(g.nodes.find((n) => n.id === 'language:en')).toBeUndefined();
    expect(g.nodes).toHaveLength(graph.nodes.length - 2);
    // member-of eseap, speaks zh and en, organized Wikimania 2013, collaborated with TW
    expect(g.edges).toHaveLength(graph.edges.length - 5);
    expect(g.edges.some((e) => e.source === o(HK) || e.target === o(HK))).toBe(false);
    expect(g.projection).toHaveLength(22);
    expect(g.nodes.find((n) => n.id === 'network:eseap')?.degree).toBe(1);
  });

  it('includeInferred: false drops inferred memberships', () => {
    const g = buildRelations(atlas, { includeInferred: false });
    expect(edge(g, 'member-of', o(WMB), 'network:iberocoop')).toBeUndefined();
    expect(g.edges).toHaveLength(graph.edges.length - 1);
    expect(pair(g, PT, WMB)?.kinds['shared-network']).toBe(0);
    expect(pair(g, PT, WMB)?.weight).toBe(1); // still both speak pt
    expect(pair(g, AMICAL, WMB)).toBeUndefined();
    expect(g.projection).toHaveLength(19);
  });

  it('defaults: former and inferred are included', () => {
    expect(buildRelations(atlas, { includeFormer: true, includeInferred: true })).toEqual(graph);
  });

  it('maxHubSize skips pairs from larger hubs, keeps their typed edges and reports them', () => {
    const g = buildRelations(atlas, { maxHubSize: 6 });
    expect(g.skippedHubs).toEqual([
      {
        projection: 'shared-network',
        selectionId: 'iberocoop',
        nodeId: 'network:iberocoop',
        size: 7,
      },
    ]);
    expect(g.edges).toEqual(graph.edges);
    expect(pair(g, AR, CL)?.kinds['shared-network']).toBe(1); // only hispanohablante now
    expect(pair(g, AMICAL, WMB)).toBeUndefined();
    // 15 pairs of Iberoconf 2014, PT-WMB (pt), HK-TW, AR-HK, AR-TW
    expect(g.projection).toHaveLength(19);
  });

  it('maxHubSize also caps collaborations, whose collaborated edges go with their pairs', () => {
    const g = buildRelations(atlas, { maxHubSize: 2 });
    expect(g.skippedHubs.map((h) => [h.projection, h.selectionId, h.size])).toEqual([
      ['shared-network', 'comunidad-hispanohablante', 3],
      ['shared-network', 'iberocoop', 7],
      ['shared-language', 'language:es', 3],
      ['joint-program', 'wlm-ar-cl-es', 3],
      ['co-attendance', 'iberoconf-2012', 3],
      ['co-attendance', 'iberoconf-2014', 6],
      ['co-attendance', 'wikimania-2013', 3],
    ]);
    expect(g.skippedHubs.find((h) => h.projection === 'joint-program')?.nodeId).toBeUndefined();
    const collaborated = g.edges.filter((e) => e.kind === 'collaborated');
    expect(collaborated.map((e) => [e.source, e.target, e.weight, e.uncertain])).toEqual([
      [o(AR), o(CL), 1, true], // only the uncertain collaboration is left
      [o(HK), o(TW), 1, true],
    ]);
  });

  it.each([1, 0, -5, Number.NaN])('rejects maxHubSize %s', (maxHubSize) => {
    expect(() => buildRelations(atlas, { maxHubSize })).toThrow(RangeError);
  });

  it('accepts maxHubSize: Infinity', () => {
    expect(buildRelations(atlas, { maxHubSize: Infinity }).projection).toEqual(graph.projection);
  });
});

describe('buildRelations: determinism', () => {
  function shuffleDataset(d: Dataset, seed: number): Dataset {
    const random = mulberry32(seed);
    const s = <T>(items: readonly T[]) => shuffled(random, items);
    return {
      ...d,
      organizations: s(d.organizations).map((r) => ({
        ...r,
        languages: s(r.languages),
        programs: s(r.programs),
      })),
      networks: s(d.networks).map((r) => ({
        ...r,
        members: s(r.members),
        ...(r.inferredMembers ? { inferredMembers: s(r.inferredMembers) } : {}),
      })),
      meetups: s(d.meetups).map((r) => ({
        ...r,
        organizers: s(r.organizers),
        participants: s(r.participants),
      })),
      programs: s(d.programs),
      collaborations: s(d.collaborations).map((r) => ({ ...r, organizations: s(r.organizations) })),
      sources: s(d.sources),
    };
  }

  it.each([1, 2, 3, 4, 5])('shuffled input (seed %i) gives identical output', (seed) => {
    const again = buildRelations(buildAtlas(shuffleDataset(dataset, seed)));
    expect(JSON.stringify(again)).toBe(JSON.stringify(graph));
  });

  it('holds on a synthetic dataset too, with hubs skipped', () => {
    const synthetic = synthesizeDataset(400, 11);
    const a = buildRelations(buildAtlas(synthetic), { maxHubSize: 30 });
    const b = buildRelations(buildAtlas(shuffleDataset(synthetic, 99)), { maxHubSize: 30 });
    expect(a.skippedHubs.length).toBeGreaterThan(0);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});

describe('atlasRelations', () => {
  it('builds the graph of buildRelations once per atlas, ahead in slices or at once', async () => {
    const atlas = buildAtlas(synthesizeDataset(3000, 5));
    let pauses = 0;
    await atlasRelations.ahead(
      atlas,
      async () => {
        pauses++;
      },
      0,
    );
    expect(pauses).toBeGreaterThan(5);
    const sliced = atlasRelations.now(atlas);
    const whole = buildRelations(atlas);
    expect(JSON.stringify(sliced)).toBe(JSON.stringify(whole));
    expect(JSON.stringify(sliced.projection)).toBe(JSON.stringify(whole.projection));
    // Built: asked ahead again, no slices; at once, the same graph.
    await atlasRelations.ahead(atlas, async () => {
      pauses++;
    });
    expect(atlasRelations.now(atlas)).toBe(sliced);
    const other = buildAtlas(synthesizeDataset(50, 1));
    expect(atlasRelations.has(other)).toBe(false);
    expect(atlasRelations.now(other)).toBe(atlasRelations.now(other));
  });
});

/** The projection by its definition, over all pairs: slow, for checking the fast one. */
function naiveProjection(
  a: Atlas,
  includeInferred: boolean,
  includeFormer: boolean,
  maxHubSize: number,
) {
  const d = a.dataset;
  const included = new Set(
    d.organizations.filter((x) => includeFormer || x.status !== 'former').map((x) => x.id),
  );
  const hubs: [ProjectionKind, Set<string>][] = [];
  for (const n of d.networks) {
    hubs.push([
      'shared-network',
      new Set([...n.members, ...(includeInferred ? (n.inferredMembers ?? []) : [])]),
    ]);
  }
  const speakers = new Map<string, Set<string>>();
  for (const org of d.organizations) {
    for (const l of org.languages) speakers.set(l, (speakers.get(l) ?? new Set()).add(org.id));
  }
  for (const s of speakers.values()) hubs.push(['shared-language', s]);
  for (const c of d.collaborations) hubs.push(['joint-program', new Set(c.organizations)]);
  for (const m of d.meetups) {
    hubs.push(['co-attendance', new Set([...m.organizers, ...m.participants])]);
  }
  const kept = hubs
    .map(
      ([kind, members]) => [kind, new Set([...members].filter((id) => included.has(id)))] as const,
    )
    .filter(([, members]) => members.size <= maxHubSize);
  const ids = [...included].sort();
  const out: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const counts = {
        'shared-network': 0,
        'shared-language': 0,
        'joint-program': 0,
        'co-attendance': 0,
      };
      for (const [kind, members] of kept) {
        if (members.has(ids[i]!) && members.has(ids[j]!)) counts[kind] += 1;
      }
      const w = Object.values(counts).reduce((x, y) => x + y, 0);
      if (w > 0) out.push(`${ids[i]} ${ids[j]} ${Object.values(counts).join(',')}`);
    }
  }
  return out;
}

describe('buildRelations: agrees with the definition', () => {
  it('on random synthetic datasets', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.integer({ min: 2, max: 40 }),
        fc.boolean(),
        fc.boolean(),
        (orgCount, seed, maxHubSize, includeInferred, includeFormer) => {
          const a = buildAtlas(synthesizeDataset(orgCount, seed));
          const g = buildRelations(a, { maxHubSize, includeInferred, includeFormer });
          const fast = g.projection.map(
            (p) =>
              `${p.source.slice(13)} ${p.target.slice(13)} ${Object.values(p.kinds).join(',')}`,
          );
          expect(fast).toEqual(naiveProjection(a, includeInferred, includeFormer, maxHubSize));
          for (const node of g.nodes) {
            const touching = g.edges.filter((e) => e.source === node.id || e.target === node.id);
            expect(node.degree).toBe(touching.length);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('buildRelations: bad references', () => {
  it.each([
    [
      'networks',
      (d: Dataset) => d.networks[0]!.members.push('wikimedia-atlantis'),
      'network iberocoop, members',
    ],
    [
      'meetups',
      (d: Dataset) => d.meetups[1]!.participants.push('iberocoop'),
      'meetup iberoconf-2012, participants',
    ],
    [
      'collaborations',
      (d: Dataset) => d.collaborations[0]!.organizations.push('nobody'),
      'collaboration wlm-ar-cl-es',
    ],
    [
      'programs',
      (d: Dataset) => d.organizations[0]!.programs.push('wiki-loves-earth'),
      'organization wikimedia-argentina, programs',
    ],
  ] as const)('throws a RelationsError naming the place (%s)', (_, spoil, where) => {
    const d = structuredClone(dataset);
    spoil(d);
    expect(() => buildRelations(buildAtlas(d))).toThrow(RelationsError);
    expect(() => buildRelations(buildAtlas(d))).toThrow(where);
  });

  it('checks inferred members even when they are left out', () => {
    const d = structuredClone(dataset);
    d.networks[0]!.inferredMembers = ['wikimedia-atlantis'];
    expect(() => buildRelations(buildAtlas(d), { includeInferred: false })).toThrow(
      'inferredMembers: "wikimedia-atlantis"',
    );
  });

  it('does not complain about former organizations left out', () => {
    expect(() => buildRelations(atlas, { includeFormer: false })).not.toThrow();
  });
});

describe('adjacency', () => {
  it('lists the typed neighbours of a node, in edge order', () => {
    const list = neighbours(graph, o(AR));
    expect(list).toHaveLength(10);
    expect(list).toContainEqual({
      id: 'network:iberocoop',
      edge: edge(graph, 'member-of', o(AR), 'network:iberocoop'),
      outgoing: true,
    });
    expect(list.map((n) => n.edge)).toEqual(
      graph.edges.filter((e) => e.source === o(AR) || e.target === o(AR)),
    );
    const collaborators = list.filter((n) => n.edge.kind === 'collaborated').map((n) => n.id);
    expect(collaborators).toEqual([o(CL), o(ES)]);
  });

  it('sees edges from the target side as incoming', () => {
    const list = neighbours(graph, 'network:iberocoop');
    expect(list).toHaveLength(7);
    expect(list.every((n) => !n.outgoing && n.id.startsWith('organization:'))).toBe(true);
    const chile = neighbours(graph, o(CL)).find((n) => n.id === o(AR));
    expect(chile?.outgoing).toBe(false);
  });

  it('gives projection neighbours of organizations', () => {
    const list = projectionNeighbours(graph, o(AR));
    // six other Iberocoop members, HK and TW
    expect(list.map((n) => n.id).sort()).toEqual(
      [o(AMICAL), o(WMB), o(HK), o(CL), o(ES), o(IT), o(PT), o(TW)].sort(),
    );
    expect(projectionNeighbours(graph, 'language:es')).toEqual([]);
  });

  it('returns an empty list for unknown nodes', () => {
    expect(neighbours(graph, 'organization:nobody')).toEqual([]);
    expect(projectionNeighbours(graph, 'nothing')).toEqual([]);
  });

  it('is built once per graph', () => {
    expect(adjacencyOf(graph)).toBe(adjacencyOf(graph));
    expect(buildAdjacency(graph)).not.toBe(adjacencyOf(graph));
    expect(buildAdjacency(graph)).toEqual(adjacencyOf(graph));
    expect(adjacencyOf(graph).nodes.get(o(TW))?.label).toBe('Wikimedia Taiwan');
    expect(adjacencyOf(graph).typed.size).toBe(graph.nodes.length);
    expect(projectionAdjacencyOf(graph)).toBe(projectionAdjacencyOf(graph));
    expect(buildProjectionAdjacency(graph)).toEqual(projectionAdjacencyOf(graph));
    expect(projectionAdjacencyOf(graph).size).toBe(9); // one entry per organization
  });
});

describe('node ids and selection ids', () => {
  it.each([
    [AR, o(AR)],
    ['iberocoop', 'network:iberocoop'],
    ['iberoconf-2014', 'meetup:iberoconf-2014'],
    ['education', 'program:education'],
    ['language:es', 'language:es'],
    ['language:ko', 'language:ko'], // a language, whether or not it has a node
    ['wlm-ar-cl-es', undefined], // collaborations are not nodes
    ['general-knowledge', undefined], // nor are sources
    ['wikimedia-atlantis', undefined],
    ['language:', undefined],
    ['', undefined],
  ])('nodeIdOf(%j) = %j', (selectionId, expected) => {
    expect(nodeIdOf(atlas, selectionId)).toBe(expected);
  });

  it.each([
    [o(AR), AR],
    ['network:iberocoop', 'iberocoop'],
    ['meetup:iberoconf-2014', 'iberoconf-2014'],
    ['program:education', 'education'],
    ['language:es', 'language:es'],
    ['language:zh-Hant', 'language:zh-Hant'],
  ])('selectionIdOf(%j) = %j', (id, expected) => {
    expect(selectionIdOf(id)).toBe(expected);
  });

  it.each(['wikimedia-argentina', 'collaboration:x', 'organization:', ':x', ''])(
    'selectionIdOf(%j) throws',
    (id) => {
      expect(() => selectionIdOf(id)).toThrow(RelationsError);
    },
  );

  it('round-trips every node of the graph', () => {
    for (const node of graph.nodes) {
      const selectionId = selectionIdOf(node.id);
      expect(nodeIdOf(atlas, selectionId)).toBe(node.id);
      expect(parseNodeId(node.id)).toEqual({
        kind: node.kind satisfies NodeKind,
        entityId: node.entityId,
      });
    }
  });
});
