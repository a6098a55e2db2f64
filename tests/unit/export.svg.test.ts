// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildRelations } from '../../src/model/relations.ts';
import { EDGE_KINDS } from '../../src/model/relations.types.ts';
import { applyFilters, NO_FILTERS } from '../../src/model/filters.ts';
import { DEFAULT_SNAPSHOT } from '../../src/model/snapshot.ts';
import { buildScene } from '../../src/graph/scene.ts';
import type { GraphPicture } from '../../src/graph/picture.ts';
import { graphSvg } from '../../src/export/svg.ts';
import { graphLegend, mapLegend } from '../../src/export/legend.ts';
import { creditLines, titleLine, type Words } from '../../src/export/words.ts';
import { I18n } from '../../src/i18n/i18n.svelte.ts';
import { smallAtlas } from './helpers/smallDataset.ts';

const scene = buildScene(buildRelations(smallAtlas), {
  mode: 'typed',
  edgeKinds: new Set(EDGE_KINDS),
  visibleIds: null,
});
const HOSTILE = '</text><script>alert(1)</script>&amp;"\u202e';

function picture(over: Partial<GraphPicture> = {}): GraphPicture {
  const n = scene.nodes.length;
  return {
    scene,
    // Every node inside the 600 x 400 view.
    positions: new Float32Array(2 * n).map((_, i) =>
      i % 2 ? 20 * (Math.floor(i / 2) % 8) : 30 * Math.floor(i / 2),
    ),
    transform: { k: 1, x: 20, y: 20 },
    width: 600,
    height: 400,
    labelOf: (i) => (i === 0 ? HOSTILE : scene.nodes[i]!.label),
    importance: Uint32Array.from(scene.nodes.keys()),
    selected: -1,
    highlighted: null,
    pinned: null,
    direction: 'ltr',
    ...over,
  };
}

function render(p: GraphPicture, title = 'Network: Iberocoop') {
  const svg = graphSvg({
    picture: p,
    labels: [{ index: 0, x: 10, y: 10, width: 80, height: 16 }],
    heading: 'Movement Atlas',
    title,
    legend: graphLegend(p.scene, (k) => `«${k}»`),
    credits: ['Data as of 30 November 2026', 'Credit: A & B <c>'],
    lang: 'en',
  });
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return { svg, doc };
}

describe('SVG export', () => {
  it('is well-formed SVG with every node, its labels as text and no markup from data', () => {
    const { svg, doc } = render(picture());
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(svg).not.toContain('<script');
    const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent);
    // The label is the data's text (formatting characters dropped), not markup.
    expect(texts).toContain('</text><script>alert(1)</script>&amp;"');
    expect(texts).toContain('Credit: A & B <c>');
    expect(texts).toContain('Network: Iberocoop');
    const nodes = doc.querySelectorAll('g.nodes > path');
    expect(nodes.length).toBe(scene.nodes.length);
  });

  it('draws the legend for the kinds shown, with the dash patterns of the view', () => {
    const { doc } = render(picture());
    const legend = [...doc.querySelectorAll('g.legend text')].map((t) => t.textContent);
    const looks = new Set(scene.nodes.map((n) => n.look));
    expect(legend).toContain('«graph-kind-chapter»');
    expect(legend.includes('«graph-kind-user-group»')).toBe(looks.has('user_group'));
    expect(legend).toContain('«graph-edge-member-of»');
    const dashed = doc.querySelectorAll('g.legend line[stroke-dasharray]');
    expect(dashed.length).toBeGreaterThan(0);
  });

  it('dims what is not around the selection and rings the selected node', () => {
    const selected = scene.indexOfSelection.get('wikimedia-argentina')!;
    const { doc } = render(picture({ selected }));
    const dimmed = doc.querySelectorAll('g.nodes > path[opacity]');
    expect(dimmed.length).toBeGreaterThan(0);
    expect(dimmed.length).toBeLessThan(scene.nodes.length);
    expect(doc.querySelectorAll('g.nodes > circle').length).toBe(2);
  });

  it('anchors text at the end in right-to-left languages', () => {
    const { doc } = render(picture({ direction: 'rtl' }));
    expect(doc.documentElement.getAttribute('direction')).toBe('rtl');
    expect(doc.querySelector('g.labels text')!.getAttribute('text-anchor')).toBe('end');
  });
});

describe('words and legends of exports', () => {
  const i18n = new I18n('en');
  const words: Words = i18n;

  it('says the filters in words, then what is shown', () => {
    const filters = { ...NO_FILTERS, network: ['iberocoop'], from: 2014, to: 2014 };
    const snapshot = { ...DEFAULT_SNAPSHOT, filters, focus: 'wikimedia-argentina' };
    const line = titleLine(smallAtlas, snapshot, applyFilters(smallAtlas, filters), words);
    expect(line).toBe(
      // Names from the data are isolated, so a right-to-left name keeps its place in the line.
      'Network: \u2068Iberocoop\u2069 · Years: 2014 · Selected: \u2068Wikimedia Argentina\u2069 · 2 organizations, one meetup shown',
    );
  });

  it('joins values of one facet with "or", and names open year ranges', () => {
    const filters = { ...NO_FILTERS, country: ['AR', 'ES'], from: 2012, sourcedOnly: true };
    const snapshot = { ...DEFAULT_SNAPSHOT, filters };
    const line = titleLine(smallAtlas, snapshot, applyFilters(smallAtlas, filters), words);
    expect(line).toMatch(/^Country: Argentina or Spain · Years: from 2012 · Only sourced facts · /);
  });

  it('says when there is no filter', () => {
    const line = titleLine(
      smallAtlas,
      DEFAULT_SNAPSHOT,
      applyFilters(smallAtlas, NO_FILTERS),
      words,
    );
    expect(line).toMatch(/^All data, no filters · 5 organizations/);
  });

  it('gives the data-as-of and credit lines from meta, and none without it', () => {
    expect(creditLines(undefined, words)).toEqual([]);
    const lines = creditLines(
      {
        title: 'T',
        dataAsOf: '2026-11-30',
        licence: { name: 'CC-BY-SA-4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
        attribution: 'Movement Atlas contributors',
        attributionUrl: 'https://meta.wikimedia.org/',
      },
      words,
    );
    expect(lines).toEqual([
      // Each credit with its link isolated: in Arabic, its brackets and full stop stay put.
      'Data as of November 30, 2026 · Licence: \u2068CC-BY-SA-4.0 (https://creativecommons.org/licenses/by-sa/4.0/)\u2069',
      'Credit: \u2068Movement Atlas contributors (https://meta.wikimedia.org/)\u2069',
    ]);
  });

  it('lists on the map legend only the layers that are on', () => {
    const t = (k: string) => k;
    const on = mapLegend(
      {
        layers: { organizations: true, networks: true, meetups: false, former: true },
        networks: [{ name: 'Iberocoop', colour: '#e69f00' }],
      },
      t,
    ).map((e) => e.label);
    expect(on).toEqual([
      'legend-kind-chapter',
      'legend-kind-user-group',
      'legend-kind-thematic',
      'legend-approximate',
      'legend-former',
      'Iberocoop',
    ]);
  });
});
