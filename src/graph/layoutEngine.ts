/**
 * The layout worker's logic, as a function of its messages: a d3-force simulation run in fixed
 * batches of ticks, posting positions between batches. It takes its side effects (posting,
 * scheduling the next batch) from a host, so tests drive it without a Worker and without time.
 */
import {
  forceLink,
  forceSimulation,
  forceX,
  forceY,
  type Simulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { hashSeed, mulberry32 } from '../model/random.ts';
import { collide, manyBody } from './fastForces.ts';
import type { LayoutGraph, LayoutReply, LayoutRequest } from './layoutProtocol.ts';
import { LIVE_NODE_LIMIT } from './layoutProtocol.ts';

export interface LayoutHost {
  post(reply: LayoutReply, transfer: Transferable[]): void;
  /** Runs `task` soon, after pending messages have been handled (setTimeout 0 in the worker). */
  schedule(task: () => void): void;
  /**
   * On the main thread: run ticks for about this many milliseconds per batch, then yield, so no
   * task is long. In a worker (unset) a batch is TICKS_PER_BATCH ticks. Either way the layout
   * stops at the same tick, so the positions do not depend on where it ran.
   */
  sliceMs?: number;
  /** The clock for `sliceMs` (performance.now by default). */
  now?: () => number;
}

export interface LayoutNode extends SimulationNodeDatum {
  id: string;
  r: number;
}

export type LayoutLink = SimulationLinkDatum<LayoutNode>;

/** Ticks between two posts of positions: few enough that the picture moves smoothly. */
export const TICKS_PER_BATCH = 3;
/** Ticks from start to rest; large graphs cool faster to keep the wait bearable. */
export function totalTicks(nodeCount: number): number {
  return nodeCount > LIVE_NODE_LIMIT ? 130 : 300;
}
const ALPHA_MIN = 0.001;
/** Where a warm start (a steady update) begins cooling: nodes adjust, they do not travel. */
const WARM_ALPHA = 0.3;

function alphaDecayFor(nodeCount: number): number {
  return 1 - Math.pow(ALPHA_MIN, 1 / totalTicks(nodeCount));
}
const DRAG_ALPHA_TARGET = 0.3;

/**
 * Where node `id` starts: a point in a disc whose area grows with the node count, drawn from
 * a PRNG seeded by the node's id, so a node starts at the same place whatever else is shown.
 */
export function initialPosition(id: string, seed: number, nodeCount: number): [number, number] {
  const random = mulberry32(hashSeed(`${seed}:${id}`));
  const spread = 14 * Math.sqrt(nodeCount) + 40;
  const angle = 2 * Math.PI * random();
  const distance = spread * Math.sqrt(random());
  return [distance * Math.cos(angle), distance * Math.sin(angle)];
}

/**
 * First positions for a whole graph: nodes in decreasing degree; each starts at the mean of
 * its neighbours already placed, plus a little seeded jitter, or at its seeded point when none
 * is (hubs first, then their members around them). Deterministic, and much closer to the end
 * than scattering every node at random, so fewer ticks settle it.
 */
export function initialPositions(graph: LayoutGraph, seed: number): Float64Array {
  const n = graph.ids.length;
  const degree = new Uint32Array(n);
  for (const i of graph.links) degree[i]! += 1;
  const start = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i]! + degree[i]!;
  const around = new Uint32Array(graph.links.length);
  const fill = start.slice(0, n);
  for (let e = 0; e < graph.links.length; e += 2) {
    const s = graph.links[e]!;
    const t = graph.links[e + 1]!;
    around[fill[s]!++] = t;
    around[fill[t]!++] = s;
  }
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => degree[b]! - degree[a]! || a - b,
  );
  const out = new Float64Array(2 * n);
  const placed = new Uint8Array(n);
  for (const i of order) {
    const [x, y] = initialPosition(graph.ids[i]!, seed, n);
    let sx = 0;
    let sy = 0;
    let count = 0;
    for (let j = start[i]!; j < start[i + 1]!; j++) {
      const k = around[j]!;
      if (!placed[k]) continue;
      sx += out[2 * k]!;
      sy += out[2 * k + 1]!;
      count++;
    }
    if (count > 0) {
      // The jitter is the seeded point shrunk: close to the neighbours, never on top of them.
      const shrink = 30 / (14 * Math.sqrt(n) + 40);
      out[2 * i] = sx / count + x * shrink;
      out[2 * i + 1] = sy / count + y * shrink;
    } else {
      out[2 * i] = x;
      out[2 * i + 1] = y;
    }
    placed[i] = 1;
  }
  return out;
}

/**
 * The settings of the many-body and collision forces for a graph of `nodeCount` nodes: one
 * place, read by the layout and by the benchmark's classic d3 baseline, which builds d3's own
 * forceManyBody and forceCollide from them.
 */
export function forceSettings(nodeCount: number) {
  const large = nodeCount > LIVE_NODE_LIMIT;
  return {
    charge: (d: LayoutNode) => -24 - 3 * d.r,
    theta: large ? 1.2 : 0.9,
    distanceMax: large ? 600 : Infinity,
    collideRadius: (d: LayoutNode) => d.r + 1.5,
    collideStrength: 0.7,
  };
}

/**
 * First positions that continue a picture: each node starts where `start` has it; a node new to
 * the picture (NaN) starts at the mean of its placed neighbours plus a little seeded jitter, or
 * at its seeded point when none is placed.
 */
export function warmPositions(graph: LayoutGraph, seed: number, start: Float32Array): Float64Array {
  const n = graph.ids.length;
  const out = new Float64Array(2 * n);
  const placed = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const x = start[2 * i];
    const y = start[2 * i + 1];
    if (x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y)) {
      out[2 * i] = x;
      out[2 * i + 1] = y;
      placed[i] = 1;
    }
  }
  const sum = new Float64Array(2 * n);
  const count = new Uint32Array(n);
  for (let e = 0; e < graph.links.length; e += 2) {
    const s = graph.links[e]!;
    const t = graph.links[e + 1]!;
    for (const [a, b] of [
      [s, t],
      [t, s],
    ] as const) {
      if (placed[a] || !placed[b]) continue;
      sum[2 * a]! += out[2 * b]!;
      sum[2 * a + 1]! += out[2 * b + 1]!;
      count[a]! += 1;
    }
  }
  for (let i = 0; i < n; i++) {
    if (placed[i]) continue;
    const [x, y] = initialPosition(graph.ids[i]!, seed, n);
    if (count[i]! > 0) {
      const shrink = 30 / (14 * Math.sqrt(n) + 40);
      out[2 * i] = sum[2 * i]! / count[i]! + x * shrink;
      out[2 * i + 1] = sum[2 * i + 1]! / count[i]! + y * shrink;
    } else {
      out[2 * i] = x;
      out[2 * i + 1] = y;
    }
  }
  return out;
}

/**
 * The simulation for a graph, stopped (the caller ticks it): seeded start, seeded randomness,
 * and the forces every layout of the atlas uses. Exported so that the benchmark's main-thread
 * baseline starts the same way.
 */
export function createSimulation(
  graph: LayoutGraph,
  seed: number,
  pins: ReadonlyMap<string, { x: number; y: number }> = new Map(),
  start?: Float32Array,
): { simulation: Simulation<LayoutNode, LayoutLink>; nodes: LayoutNode[]; total: number } {
  const n = graph.ids.length;
  const first = start ? warmPositions(graph, seed, start) : initialPositions(graph, seed);
  const nodes = graph.ids.map((id, i) => {
    const node: LayoutNode = { id, r: graph.radii[i]!, x: first[2 * i]!, y: first[2 * i + 1]! };
    const pin = pins.get(id);
    if (pin) Object.assign(node, { fx: pin.x, fy: pin.y });
    // A steady update holds the nodes already in the picture where they are (forces of a
    // layout cooled to its end are not balanced: warmed again, every node would drift); the
    // new ones find their places among them.
    const sx = start?.[2 * i];
    const sy = start?.[2 * i + 1];
    if (!pin && sx !== undefined && sy !== undefined && Number.isFinite(sx) && Number.isFinite(sy))
      Object.assign(node, { fx: sx, fy: sy });
    return node;
  });
  const links: LayoutLink[] = [];
  for (let i = 0; i < graph.links.length; i += 2) {
    links.push({ source: graph.links[i]!, target: graph.links[i + 1]! });
  }
  const settings = forceSettings(n);
  // A warm start runs cool: the nodes settle around where they were, in fewer ticks.
  const alpha = start ? WARM_ALPHA : 1;
  const total = start
    ? Math.ceil((Math.log(ALPHA_MIN) - Math.log(alpha)) / Math.log(1 - alphaDecayFor(n)))
    : totalTicks(n);
  const simulation = forceSimulation<LayoutNode, LayoutLink>(nodes)
    .stop()
    .alpha(alpha)
    .randomSource(mulberry32(seed))
    .alphaMin(ALPHA_MIN)
    .alphaDecay(alphaDecayFor(n))
    .force(
      'charge',
      manyBody<LayoutNode>(settings.charge, {
        theta: settings.theta,
        distanceMax: settings.distanceMax,
      }),
    )
    .force(
      'link',
      forceLink<LayoutNode, LayoutLink>(links).distance(
        (l) => 14 + (l.source as LayoutNode).r + (l.target as LayoutNode).r,
      ),
    )
    .force('collide', collide<LayoutNode>(settings.collideRadius, settings.collideStrength))
    .force('x', forceX<LayoutNode>(0).strength(0.04))
    .force('y', forceY<LayoutNode>(0).strength(0.04));
  return { simulation, nodes, total };
}

/**
 * A fingerprint of everything a fresh layout depends on (node ids, radii, links, seed): two
 * requests with the same key end at the same positions. FNV-1a, as hex.
 */
export function layoutKey(graph: LayoutGraph, seed: number): string {
  // Two FNV-1a lanes with different offsets: 64 bits, so that no other graph shares a key.
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  const mix = (value: number): void => {
    for (let shift = 0; shift < 32; shift += 8) {
      const byte = (value >>> shift) & 0xff;
      a = Math.imul(a ^ byte, 0x01000193);
      b = Math.imul(b ^ byte, 0x01000193);
    }
  };
  mix(seed);
  mix(graph.ids.length);
  for (const id of graph.ids) {
    for (let i = 0; i < id.length; i++) mix(id.charCodeAt(i));
    mix(0xffffffff);
  }
  for (const r of new Uint32Array(Float32Array.from(graph.radii).buffer)) mix(r);
  mix(graph.links.length);
  for (const l of graph.links) mix(l);
  const hex = (h: number) => (h >>> 0).toString(16).padStart(8, '0');
  return hex(a) + hex(b);
}

/**
 * A fresh layout run to its end at once, on this thread: what the worker would post last.
 * For Node (the benchmark, the built-in dataset's shipped layout) and tests.
 */
export function settle(
  graph: LayoutGraph,
  seed: number,
): { positions: Float32Array; ticks: number } {
  const tasks: (() => void)[] = [];
  let end: Extract<LayoutReply, { type: 'end' }> | null = null;
  const handle = createLayoutHandler({
    post: (reply) => {
      if (reply.type === 'end') end = reply;
      if (reply.type === 'error') throw new Error(reply.message);
    },
    schedule: (task) => tasks.push(task),
  });
  handle({
    type: 'init',
    generation: 1,
    seed,
    live: false,
    ids: graph.ids,
    radii: graph.radii.slice(),
    links: graph.links.slice(),
  });
  while (tasks.length) tasks.shift()!();
  const done = end as Extract<LayoutReply, { type: 'end' }> | null;
  if (!done) throw new Error('layout: no end reply');
  return { positions: done.positions, ticks: done.tick };
}

function checkGraph(graph: LayoutGraph): string | null {
  const n = graph.ids.length;
  if (graph.radii.length !== n) return `radii has ${graph.radii.length} entries for ${n} nodes`;
  if (graph.links.length % 2 !== 0) return `links has an odd length (${graph.links.length})`;
  for (let i = 0; i < graph.links.length; i++) {
    if (graph.links[i]! >= n) return `links[${i}] = ${graph.links[i]} is not a node index (< ${n})`;
  }
  return null;
}

export function createLayoutHandler(host: LayoutHost): (request: LayoutRequest) => void {
  const now = host.now ?? (() => performance.now());
  let simulation: Simulation<LayoutNode, LayoutLink> | null = null;
  let nodes: LayoutNode[] = [];
  let byId = new Map<string, LayoutNode>();
  let generation = 0;
  let live = true;
  let tick = 0;
  let total = 300;
  /** Bumped whenever a loop must not continue (new node set, stop). */
  let loop = 0;
  let running = false;
  let dragging = 0;
  const pins = new Map<string, { x: number; y: number }>();

  function positions(): Float32Array {
    const out = new Float32Array(nodes.length * 2);
    nodes.forEach((n, i) => {
      out[2 * i] = n.x ?? 0;
      out[2 * i + 1] = n.y ?? 0;
    });
    return out;
  }

  function start(
    graph: LayoutGraph,
    seed: number,
    from?: Float32Array,
    settled?: Float32Array,
  ): void {
    simulation?.stop();
    const layout = createSimulation(graph, seed, pins, from);
    simulation = layout.simulation;
    nodes = layout.nodes;
    total = layout.total;
    byId = new Map(nodes.map((node) => [node.id, node]));
    for (const id of [...pins.keys()]) if (!byId.has(id)) pins.delete(id);
    tick = 0;
    dragging = 0;
    if (settled) {
      // Known to end here: start there, cooled, as if every tick had run.
      nodes.forEach((node, i) => {
        node.x = settled[2 * i]!;
        node.y = settled[2 * i + 1]!;
        node.vx = 0;
        node.vy = 0;
      });
      simulation.alpha(ALPHA_MIN * (1 - alphaDecayFor(nodes.length)));
      tick = total;
      const p = positions();
      host.post({ type: 'end', generation, positions: p, tick }, [p.buffer]);
      return;
    }
    run();
  }

  function run(): void {
    if (running) return;
    running = true;
    const token = ++loop;
    const step = () => {
      if (token !== loop || !simulation) return;
      const deadline = host.sliceMs === undefined ? 0 : now() + host.sliceMs;
      let ticks = 0;
      let cool: boolean;
      // One tick at a time, checking for rest after each: the last tick is the same however
      // the ticks are batched.
      do {
        simulation.tick();
        tick += 1;
        ticks += 1;
        cool = simulation.alpha() < ALPHA_MIN && simulation.alphaTarget() < ALPHA_MIN;
      } while (!cool && (host.sliceMs === undefined ? ticks < TICKS_PER_BATCH : now() < deadline));
      if (cool) {
        running = false;
        const p = positions();
        host.post({ type: 'end', generation, positions: p, tick }, [p.buffer]);
        return;
      }
      if (live || dragging > 0) {
        const p = positions();
        host.post(
          { type: 'positions', generation, positions: p, tick, alpha: simulation.alpha() },
          [p.buffer],
        );
      } else {
        host.post({ type: 'progress', generation, tick, total }, []);
      }
      host.schedule(step);
    };
    host.schedule(step);
  }

  function halt(): void {
    loop++;
    running = false;
  }

  return (request) => {
    switch (request.type) {
      case 'init':
      case 'update': {
        const given = request.type === 'update' ? request.start : request.settled;
        const problem =
          checkGraph(request) ??
          (given && given.length !== 2 * request.ids.length
            ? `${request.type === 'update' ? 'start' : 'settled'} has ${given.length} numbers for ${request.ids.length} nodes`
            : null);
        if (problem) {
          host.post({ type: 'error', generation: request.generation, message: problem }, []);
          return;
        }
        if (request.type === 'init') pins.clear();
        halt();
        generation = request.generation;
        live = request.live;
        if (request.type === 'update') start(request, request.seed, request.start);
        else start(request, request.seed, undefined, request.settled);
        return;
      }
      case 'pin': {
        const node = byId.get(request.id);
        if (!node || !simulation) return;
        node.fx = request.x;
        node.fy = request.y;
        pins.set(request.id, { x: request.x, y: request.y });
        if (request.active && dragging === 0) {
          dragging = 1;
          simulation.alphaTarget(DRAG_ALPHA_TARGET);
        } else if (!request.active && dragging > 0) {
          dragging = 0;
          simulation.alphaTarget(0);
        }
        run();
        return;
      }
      case 'unpin': {
        const node = byId.get(request.id);
        pins.delete(request.id);
        if (!node || !simulation) return;
        node.fx = null;
        node.fy = null;
        simulation.alpha(Math.max(simulation.alpha(), 0.1));
        run();
        return;
      }
      case 'stop':
        halt();
        simulation?.stop();
        return;
    }
  };
}
