/**
 * The layout's typed-array forces (src/graph/fastForces.ts) against d3-force's own, on the same
 * nodes: exact many-body (theta 0) and separate overlapping pairs give the same velocities; the
 * Barnes-Hut approximation stays close to exact; the grid finds every overlapping pair.
 */
import { describe, expect, it } from 'vitest';
import { forceCollide, forceManyBody, type SimulationNodeDatum } from 'd3-force';
import { collide, manyBody } from '../../src/graph/fastForces.ts';
import { mulberry32 } from '../../src/model/random.ts';

interface Node extends SimulationNodeDatum {
  r: number;
}

function scatter(n: number, spread: number, seed: number): Node[] {
  const random = mulberry32(seed);
  return Array.from({ length: n }, (_, index) => ({
    index,
    x: (random() - 0.5) * spread,
    y: (random() - 0.5) * spread,
    vx: 0,
    vy: 0,
    // Mostly small nodes and a few hubs, as in the atlas's graphs.
    r: random() < 0.05 ? 20 + 6 * random() : 4 + 4 * random(),
  }));
}

const copy = (nodes: readonly Node[]): Node[] => nodes.map((n) => ({ ...n }));
const velocities = (nodes: readonly Node[]) => nodes.flatMap((n) => [n.vx!, n.vy!]);

describe('manyBody', () => {
  const strength = (d: Node) => -24 - 3 * d.r;

  it('with theta 0 gives d3 forceManyBody exact velocities', () => {
    const a = scatter(400, 600, 1);
    const b = copy(a);
    const ours = manyBody<Node>(strength, { theta: 0 });
    ours.initialize(a, mulberry32(2));
    ours(0.7);
    const theirs = forceManyBody<Node>().strength(strength).theta(0);
    theirs.initialize!(b, mulberry32(2));
    theirs(0.7);
    const va = velocities(a);
    const vb = velocities(b);
    va.forEach((v, i) => expect(v).toBeCloseTo(vb[i]!, 9));
  });

  it('approximates within a few percent at theta 0.9, and honours distanceMax', () => {
    const exact = scatter(2000, 1500, 3);
    const approx = copy(exact);
    const capped = copy(exact);
    const e = manyBody<Node>(strength, { theta: 0 });
    e.initialize(exact, mulberry32(4));
    e(1);
    const a = manyBody<Node>(strength, { theta: 0.9 });
    a.initialize(approx, mulberry32(4));
    a(1);
    const exactCapped = copy(capped);
    const c = manyBody<Node>(strength, { theta: 0.9, distanceMax: 200 });
    c.initialize(capped, mulberry32(4));
    c(1);
    const t = manyBody<Node>(strength, { theta: 0, distanceMax: 200 });
    t.initialize(exactCapped, mulberry32(4));
    t(1);
    let error = 0;
    let size = 0;
    let cappedError = 0;
    exact.forEach((n, i) => {
      error += Math.hypot(n.vx! - approx[i]!.vx!, n.vy! - approx[i]!.vy!);
      size += Math.hypot(n.vx!, n.vy!);
      cappedError += Math.hypot(
        capped[i]!.vx! - exactCapped[i]!.vx!,
        capped[i]!.vy! - exactCapped[i]!.vy!,
      );
    });
    expect(error / size).toBeLessThan(0.03);
    expect(cappedError / size).toBeLessThan(0.03);
  });

  it('is deterministic', () => {
    const run = () => {
      const nodes = scatter(1500, 800, 5);
      const f = manyBody<Node>(strength, { theta: 1.2 });
      f.initialize(nodes, mulberry32(6));
      f(0.5);
      return velocities(nodes);
    };
    expect(run()).toEqual(run());
  });
});

describe('collide', () => {
  const radius = (d: Node) => d.r + 1.5;

  it('pushes separate overlapping pairs exactly as d3 forceCollide', () => {
    // Pairs far apart from each other, each pair overlapping; hubs among them.
    const random = mulberry32(7);
    const a: Node[] = [];
    for (let p = 0; p < 200; p++) {
      const x = (p % 20) * 200;
      const y = Math.floor(p / 20) * 200;
      const r1 = p % 17 === 0 ? 24 : 5;
      a.push({ index: a.length, x, y, vx: random() - 0.5, vy: 0, r: r1 });
      a.push({
        index: a.length,
        x: x + 6 + 4 * random(),
        y: y + 3,
        vx: 0,
        vy: random() - 0.5,
        r: 6,
      });
    }
    const b = copy(a);
    const ours = collide<Node>(radius, 0.7);
    ours.initialize(a, mulberry32(8));
    ours(1);
    const theirs = forceCollide<Node>(radius).strength(0.7);
    theirs.initialize!(b, mulberry32(8));
    theirs(1);
    const va = velocities(a);
    const vb = velocities(b);
    va.forEach((v, i) => expect(v).toBeCloseTo(vb[i]!, 9));
  });

  it('finds every overlapping pair in a crowd, large nodes included', () => {
    const nodes = scatter(3000, 500, 9);
    for (const n of nodes) Object.assign(n, { vx: 0, vy: 0 });
    const moved = new Set<number>();
    const f = collide<Node>(radius, 0.7);
    f.initialize(nodes, mulberry32(10));
    f(1);
    nodes.forEach((n, i) => {
      if (n.vx !== 0 || n.vy !== 0) moved.add(i);
    });
    // Every node that overlaps another (before the push) must have been pushed.
    const start = scatter(3000, 500, 9);
    start.forEach((n, i) => {
      const overlaps = start.some(
        (m, j) => j !== i && Math.hypot(n.x! - m.x!, n.y! - m.y!) < radius(n) + radius(m),
      );
      expect(moved.has(i)).toBe(overlaps);
    });
  });
});
