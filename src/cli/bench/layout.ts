/**
 * Benchmark suite `layout`: the graph layout engine alone, in Node, from the graph's data to
 * its settled positions, on the built-in dataset and synthetic datasets of 500, 5,000 and
 * 20,000 organizations (the typed graph with every edge kind, as the default view shows it).
 *
 * It drives the same handler the layout worker runs (src/graph/layoutEngine.ts) with a host
 * that runs every batch at once, and reports wall time and this process's CPU time (less
 * sensitive than wall time to other work on a shared machine), ticks, and a checksum of the
 * positions: the same in every run, or the layout is not deterministic. The classic variant
 * swaps in d3's own many-body and collision forces (the engine before its typed-array forces),
 * for the ratio. Results: a table on stdout and bench-results/layout.json.
 * Alone: `npx tsx src/cli/bench/layout.ts [--sizes 0,5000] [--runs 3]` (0: the built-in dataset).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { synthesizeDataset } from '../../model/synthetic.ts';
import type { Dataset } from '../../model/schema.ts';
import { createSimulation, settle } from '../../graph/layoutEngine.ts';
import { useClassicForces } from './classicForces.ts';
import { defaultLayoutGraph } from '../built-in-layout.ts';
import type { LayoutGraph } from '../../graph/layoutProtocol.ts';
import { cliArg, cliNumbers, median, ms, report, ROOT, runIfMain, table } from './common.ts';

/** 0 stands for the built-in dataset. */
export const DEFAULT_SIZES = [0, 500, 5000, 20000];
const SEED = 42;

export interface LayoutBenchRow {
  dataset: string;
  variant: 'engine' | 'classic d3';
  nodes: number;
  edges: number;
  runs: number;
  /** Medians over the runs. */
  wallMs: number;
  cpuMs: number;
  ticks: number;
  /** FNV-1a of the final positions' bytes, per run (all equal when deterministic). */
  checksums: string[];
}

function checksum(values: Float32Array): string {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  let hash = 0x811c9dc5;
  for (const b of bytes) hash = Math.imul(hash ^ b, 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

const cpuNow = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** The engine as the worker runs it, every batch at once: positions, ticks. */
const runEngine = (graph: LayoutGraph) => settle(graph, SEED);

/** The same simulation with d3's own many-body and collision forces. */
function runClassic(graph: LayoutGraph): { positions: Float32Array; ticks: number } {
  const { simulation, nodes } = createSimulation(graph, SEED);
  useClassicForces(simulation);
  let ticks = 0;
  while (simulation.alpha() >= simulation.alphaMin()) {
    simulation.tick();
    ticks++;
  }
  return { positions: new Float32Array(nodes.flatMap((n) => [n.x!, n.y!])), ticks };
}

export function formatTable(rows: readonly LayoutBenchRow[]): string {
  const lines = rows.map((r) => [
    r.dataset,
    r.nodes.toLocaleString('en'),
    r.edges.toLocaleString('en'),
    r.variant,
    String(r.runs),
    ms(r.wallMs),
    ms(r.cpuMs),
    String(r.ticks),
    new Set(r.checksums).size === 1 ? `${r.checksums[0]} (same in every run)` : 'DIFFERS',
  ]);
  const out = [
    table(
      [
        'dataset',
        'nodes',
        'edges',
        'forces',
        'runs',
        'wall ms (median)',
        'CPU ms (median)',
        'ticks',
        'positions checksum',
      ],
      lines,
    ),
  ];
  for (const dataset of new Set(rows.map((r) => r.dataset))) {
    const e = rows.find((r) => r.dataset === dataset && r.variant === 'engine');
    const c = rows.find((r) => r.dataset === dataset && r.variant === 'classic d3');
    if (e && c) {
      out.push(`${dataset}: classic d3 / engine CPU time ${(c.cpuMs / e.cpuMs).toFixed(1)}x`);
    }
  }
  return out.join('\n');
}

export async function runLayoutBench(
  options: {
    sizes?: readonly number[];
    runs?: number;
    classic?: boolean;
    log?: (line: string) => void;
  } = {},
): Promise<LayoutBenchRow[]> {
  const { sizes = DEFAULT_SIZES, runs = 3, classic = true, log = console.log } = options;
  log(
    `layout: load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (2-core machine)`,
  );
  const rows: LayoutBenchRow[] = [];
  for (const size of sizes) {
    const dataset =
      size === 0
        ? (JSON.parse(readFileSync(join(ROOT, 'data/wikimedia.json'), 'utf8')) as Dataset)
        : synthesizeDataset(size, SEED);
    const name = size === 0 ? 'built-in' : `${size.toLocaleString('en')} orgs`;
    const graph = defaultLayoutGraph(dataset);
    const variants = classic
      ? ([
          ['engine', runEngine, runs],
          // d3's forces take ~50 s at 20,000 organizations: one run is enough for the ratio.
          ['classic d3', runClassic, 1],
        ] as const)
      : ([['engine', runEngine, runs]] as const);
    for (const [variant, run, count] of variants) {
      const wall: number[] = [];
      const cpu: number[] = [];
      const checksums: string[] = [];
      let ticks = 0;
      for (let i = 0; i < count; i++) {
        const w0 = performance.now();
        const c0 = cpuNow();
        const result = run(graph);
        cpu.push(cpuNow() - c0);
        wall.push(performance.now() - w0);
        checksums.push(checksum(result.positions));
        ticks = result.ticks;
      }
      log(`layout: ${name}, ${variant}: ${wall.map((w) => Math.round(w)).join(', ')} ms`);
      rows.push({
        dataset: name,
        variant,
        nodes: graph.ids.length,
        edges: graph.links.length / 2,
        runs: count,
        wallMs: median(wall),
        cpuMs: median(cpu),
        ticks,
        checksums,
      });
    }
  }
  report('layout', rows, formatTable(rows), log);
  return rows;
}

/** The suite as the bench runner calls it. */
export default {
  name: 'layout',
  run: (options: { sizes?: readonly number[] } = {}) => runLayoutBench(options),
};

runIfMain(import.meta.url, () =>
  runLayoutBench({
    sizes: cliNumbers('--sizes', DEFAULT_SIZES),
    runs: Number(cliArg('--runs') ?? 3),
    classic: !process.argv.includes('--no-classic'),
  }),
);
