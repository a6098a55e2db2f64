/**
 * The page the graph benchmark (src/cli/bench/graph.ts) drives; not part of the app. Both
 * implementations get the same synthetic data, the same forces and the same seed:
 *
 * - `?impl=svg&orgs=5000`: the classic d3 force graph, the baseline: SVG circles and lines
 *   joined with d3-selection, the simulation ticking on the main thread (d3-timer), the whole
 *   <g> transformed by d3-zoom, nodes dragged with d3-drag.
 * - `?impl=canvas&orgs=5000`: the app's GraphView (worker layout, canvas drawing).
 * - `?impl=main&orgs=5000`: the same view where no worker may start (the layout runs on the
 *   page's thread in slices, as on a host page whose policy refuses workers).
 *
 * Both expose `window.__bench` for the benchmark: when the layout started and settled, and
 * where a node is on screen.
 */
import { mount } from 'svelte';
import { select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';
import { drag } from 'd3-drag';
import '../../src/styles/global.css';
import { buildAtlas } from '../../src/model/atlas.ts';
import { buildRelations } from '../../src/model/relations.ts';
import { synthesizeDataset } from '../../src/model/synthetic.ts';
import { EDGE_KINDS, type EdgeKind } from '../../src/model/relations.types.ts';
import { I18n, I18N_CONTEXT_KEY } from '../../src/i18n/i18n.svelte.ts';
import { buildScene } from '../../src/graph/scene.ts';
import { createSimulation, type LayoutNode } from '../../src/graph/layoutEngine.ts';
import { useClassicForces } from '../../src/cli/bench/classicForces.ts';
import { fitTransform } from '../../src/graph/camera.ts';
import { EDGE_STYLES, NODE_STYLES } from '../../src/graph/styles.ts';
import GraphView from '../../src/graph/GraphView.svelte';
import type { AtlasGraphElement, AtlasGraphHook } from '../../src/graph/testHook.ts';

export interface BenchPage {
  impl: 'svg' | 'canvas' | 'main';
  nodes: number;
  edges: number;
  startedAt(): number | null;
  settledAt(): number | null;
  /** When the settled picture was on screen. */
  paintedAt(): number | null;
  positionOf(selectionId: string): { x: number; y: number } | null;
  /** On the page's thread: the longest task the layout itself took (ms), else null. */
  layoutLongestTaskMs(): number | null;
  /** Stops a layout that takes too long to settle. */
  stop(): void;
}

declare global {
  interface Window {
    __bench?: BenchPage;
  }
}

const SEED = 42;
const params = new URLSearchParams(location.search);
const orgs = Number(params.get('orgs') ?? '500');
const impl = (['canvas', 'main'] as const).find((i) => i === params.get('impl')) ?? 'svg';
// No worker may start: the graph view lays out on this thread (see src/graph/layoutPort.ts).
if (impl === 'main') Reflect.deleteProperty(globalThis, 'Worker');
const target = document.getElementById('graph')!;

const atlas = buildAtlas(synthesizeDataset(orgs, SEED));
const graph = buildRelations(atlas);
const edgeKinds = new Set<EdgeKind>(EDGE_KINDS);
const scene = buildScene(graph, { mode: 'typed', edgeKinds, visibleIds: null });
// As in the app, where the filters and details have named languages before the graph does.
const i18n = new I18n('en');
i18n.languageName('fr');

// Making up the data is the page's business, not the graph's: the graph starts in a task of
// its own, so that the long task above is not counted as the layout's.
setTimeout(impl === 'svg' ? svgBaseline : canvasView, Number(params.get('delay') ?? '50'));

/** The graph view's own test hook, on its root element. */
function hook(): AtlasGraphHook | undefined {
  return target.querySelector<AtlasGraphElement>('[data-testid="graph"]')?.atlasGraph;
}

function canvasView(): void {
  mount(GraphView, {
    target,
    props: {
      atlas,
      graph,
      selectedId: null,
      highlightIds: new Set<string>(),
      visibleIds: null,
      mode: 'typed',
      edgeKinds,
      onselect: () => {},
    },
    context: new Map([[I18N_CONTEXT_KEY, i18n]]),
  });
  window.__bench = {
    impl,
    nodes: scene.nodes.length,
    edges: scene.links.length / 2,
    startedAt: () => hook()?.stats().startedAt ?? null,
    settledAt: () => hook()?.stats().settledAt ?? null,
    paintedAt: () => hook()?.stats().paintedAt ?? null,
    positionOf: (id) => hook()?.positionOf(id) ?? null,
    layoutLongestTaskMs: () => hook()?.stats().layoutLongestTaskMs ?? null,
    stop: () => {},
  };
}

function svgBaseline(): void {
  let startedAt: number | null = performance.now();
  let settledAt: number | null = null;
  let paintedAt: number | null = null;
  const width = target.clientWidth;
  const height = target.clientHeight;
  const { simulation, nodes } = createSimulation(
    {
      ids: scene.nodes.map((n) => n.id),
      radii: new Float32Array(scene.nodes.map((n) => n.radius)),
      links: scene.links,
    },
    SEED,
  );
  // The classic baseline: d3's own many-body and collision forces, with the app's settings.
  useClassicForces(simulation);
  const links = Array.from({ length: scene.links.length / 2 }, (_, i) => ({
    source: nodes[scene.links[2 * i]!]!,
    target: nodes[scene.links[2 * i + 1]!]!,
    style: EDGE_STYLES[EDGE_KINDS[scene.linkStyle[i]!]!],
  }));
  const svg = select(target)
    .append('svg')
    .attr('width', width)
    .attr('height', height)
    .style('display', 'block');
  const g = svg.append('g');
  const link = g
    .append('g')
    .attr('stroke-opacity', 0.6)
    .selectAll('line')
    .data(links)
    .join('line')
    .attr('stroke', (d) => d.style.color)
    .attr('stroke-dasharray', (d) => d.style.dash.join(' ') || null);
  const node = g
    .append('g')
    .attr('stroke', '#fff')
    .attr('stroke-width', 1)
    .selectAll<SVGCircleElement, LayoutNode>('circle')
    .data(nodes)
    .join('circle')
    .attr('r', (d) => d.r)
    .attr('fill', (_, i) => NODE_STYLES[scene.nodes[i]!.look].color);

  const zoomBehaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.02, 12])
    .on('zoom', (event) => g.attr('transform', event.transform));
  svg
    .call(zoomBehaviour)
    .call(zoomBehaviour.transform, zoomIdentity.translate(width / 2, height / 2));

  node.call(
    drag<SVGCircleElement, LayoutNode>()
      .on('start', (event, d) => {
        if (!event.active) simulation.alphaTarget(0.3).restart();
        d.fx = d.x;
        d.fy = d.y;
      })
      .on('drag', (event, d) => {
        d.fx = event.x;
        d.fy = event.y;
      })
      .on('end', (event, d) => {
        if (!event.active) simulation.alphaTarget(0);
        d.fx = null;
        d.fy = null;
      }),
  );

  simulation
    .on('tick', () => {
      link
        .attr('x1', (d) => d.source.x!)
        .attr('y1', (d) => d.source.y!)
        .attr('x2', (d) => d.target.x!)
        .attr('y2', (d) => d.target.y!);
      node.attr('cx', (d) => d.x!).attr('cy', (d) => d.y!);
    })
    .on('end', () => {
      if (settledAt !== null) return;
      settledAt = performance.now();
      // Show it all, as the canvas view does, before anyone pans or zooms.
      const p = new Float32Array(nodes.flatMap((d) => [d.x!, d.y!]));
      const t = fitTransform(p, nodes.length, width, height);
      svg.call(zoomBehaviour.transform, zoomIdentity.translate(t.x, t.y).scale(t.k));
      requestAnimationFrame(() => (paintedAt = performance.now()));
    })
    .restart();

  const index = new Map(scene.nodes.map((n, i) => [n.selectionId, i]));
  window.__bench = {
    impl: 'svg',
    nodes: nodes.length,
    edges: links.length,
    startedAt: () => startedAt,
    settledAt: () => settledAt,
    paintedAt: () => paintedAt,
    positionOf: (id) => {
      const i = index.get(id);
      const d = i === undefined ? undefined : nodes[i];
      if (!d) return null;
      const circle = node.nodes()[i!]!.getBoundingClientRect();
      return { x: circle.x + circle.width / 2, y: circle.y + circle.height / 2 };
    },
    layoutLongestTaskMs: () => null,
    stop: () => {
      simulation.stop();
      if (settledAt === null) simulation.on('end')?.call(simulation);
      startedAt ??= 0;
    },
  };
}
