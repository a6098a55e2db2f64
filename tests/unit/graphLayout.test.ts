/**
 * The layout worker's handler, driven directly: no Worker, no timers. A fake host collects the
 * replies and runs scheduled batches when the test says so.
 */
import { describe, expect, it } from 'vitest';
import {
  TICKS_PER_BATCH,
  createLayoutHandler,
  initialPosition,
  totalTicks,
} from '../../src/graph/layoutEngine.ts';
import type {
  InitRequest,
  LayoutReply,
  LayoutRequest,
  PositionsReply,
} from '../../src/graph/layoutProtocol.ts';

function host() {
  const replies: LayoutReply[] = [];
  const transfers: Transferable[][] = [];
  const tasks: (() => void)[] = [];
  const handle = createLayoutHandler({
    post: (reply, transfer) => {
      replies.push(reply);
      transfers.push(transfer);
    },
    schedule: (task) => tasks.push(task),
  });
  /** Runs scheduled batches until none is left (or `limit` batches ran). */
  const flush = (limit = 10_000) => {
    let ran = 0;
    while (tasks.length > 0 && ran < limit) {
      tasks.shift()!();
      ran++;
    }
    return ran;
  };
  return { replies, transfers, tasks, handle, flush };
}

/** A ring of `n` nodes with one chord, as the page would send it. */
function ring(n: number, extra: Partial<InitRequest> = {}): InitRequest {
  const links: number[] = [];
  for (let i = 0; i < n; i++) links.push(i, (i + 1) % n);
  links.push(0, Math.floor(n / 2));
  return {
    type: 'init',
    generation: 1,
    seed: 7,
    live: true,
    ids: Array.from({ length: n }, (_, i) => `organization:org-${i}`),
    radii: new Float32Array(n).fill(5),
    links: Uint32Array.from(links),
    ...extra,
  };
}

function last<T extends LayoutReply['type']>(replies: LayoutReply[], type: T) {
  return replies.filter((r) => r.type === type).at(-1) as Extract<LayoutReply, { type: T }>;
}

describe('layout handler', () => {
  it('posts transferable positions in batches until it ends', () => {
    const h = host();
    h.handle(ring(30));
    expect(h.replies).toHaveLength(0);
    h.flush();
    const positions = h.replies.filter((r) => r.type === 'positions') as PositionsReply[];
    expect(positions.length).toBeGreaterThan(10);
    positions.forEach((r, i) => {
      expect(r.generation).toBe(1);
      expect(r.positions).toBeInstanceOf(Float32Array);
      expect(r.positions).toHaveLength(60);
      expect(r.tick).toBe((i + 1) * TICKS_PER_BATCH);
      expect(h.transfers[i]).toEqual([r.positions.buffer]);
    });
    const end = h.replies.at(-1)!;
    expect(end.type).toBe('end');
    if (end.type !== 'end') return;
    expect(end.tick).toBeGreaterThanOrEqual(totalTicks(30));
    expect(end.tick).toBeLessThan(totalTicks(30) + 2 * TICKS_PER_BATCH);
    expect(Array.from(end.positions).every(Number.isFinite)).toBe(true);
    expect(h.tasks).toHaveLength(0);
  });

  it('gives the same positions for the same graph and seed, other ones for another seed', () => {
    const a = host();
    a.handle(ring(40));
    a.flush();
    const b = host();
    b.handle(ring(40));
    b.flush();
    const c = host();
    c.handle(ring(40, { seed: 8 }));
    c.flush();
    const pa = last(a.replies, 'end').positions;
    expect(Array.from(last(b.replies, 'end').positions)).toEqual(Array.from(pa));
    expect(Array.from(last(c.replies, 'end').positions)).not.toEqual(Array.from(pa));
  });

  it('draws connected nodes closer than unconnected ones', () => {
    const h = host();
    h.handle(ring(40));
    h.flush();
    const p = last(h.replies, 'end').positions;
    const d = (i: number, j: number) =>
      Math.hypot(p[2 * i]! - p[2 * j]!, p[2 * i + 1]! - p[2 * j + 1]!);
    let linked = 0;
    for (let i = 0; i < 40; i++) linked += d(i, (i + 1) % 40);
    expect(linked / 40).toBeLessThan(d(10, 30));
  });

  it('reports progress, not positions, when the layout is not live', () => {
    const h = host();
    h.handle(ring(30, { live: false }));
    h.flush();
    const types = new Set(h.replies.map((r) => r.type));
    expect(types).toEqual(new Set(['progress', 'end']));
    const progress = h.replies.filter((r) => r.type === 'progress');
    for (const r of progress) if (r.type === 'progress') expect(r.total).toBe(totalTicks(30));
  });

  it('starts each node from a point that depends on its id only', () => {
    expect(initialPosition('organization:a', 1, 100)).toEqual(
      initialPosition('organization:a', 1, 100),
    );
    expect(initialPosition('organization:a', 1, 100)).not.toEqual(
      initialPosition('organization:b', 1, 100),
    );
    expect(initialPosition('organization:a', 1, 100)).not.toEqual(
      initialPosition('organization:a', 2, 100),
    );
  });

  it('lays out an update like a fresh start (same filters, same picture)', () => {
    const a = host();
    a.handle(ring(30));
    a.flush();
    a.handle({ ...ring(20), type: 'update', generation: 2 });
    a.flush();
    const fresh = host();
    fresh.handle(ring(20));
    fresh.flush();
    const updated = last(a.replies, 'end');
    expect(updated.generation).toBe(2);
    expect(Array.from(updated.positions)).toEqual(Array.from(last(fresh.replies, 'end').positions));
  });

  it('continues the picture in a steady update: old nodes stay, new ones join their neighbours', () => {
    const a = host();
    a.handle(ring(20));
    a.flush();
    const before = last(a.replies, 'end').positions;
    // Five more nodes, each linked to node 0; the page sends the old picture as the start.
    const grown = ring(20);
    const ids = [...grown.ids, ...Array.from({ length: 5 }, (_, i) => `organization:new-${i}`)];
    const links = [...grown.links, ...[20, 21, 22, 23, 24].flatMap((i) => [i, 0])];
    const start = new Float32Array(2 * ids.length).fill(NaN);
    start.set(before);
    a.handle({
      type: 'update',
      generation: 2,
      seed: 7,
      live: false,
      ids,
      radii: new Float32Array(ids.length).fill(5),
      links: Uint32Array.from(links),
      start,
    });
    a.flush();
    const after = last(a.replies, 'end').positions;
    expect(Array.from(after.subarray(0, 40))).toEqual(Array.from(before));
    const spread = Math.max(...Array.from(before, Math.abs));
    for (let i = 20; i < 25; i++) {
      const d = Math.hypot(after[2 * i]! - before[0]!, after[2 * i + 1]! - before[1]!);
      expect(d).toBeLessThan(spread);
    }
  });

  it('refuses a steady update whose start does not fit its nodes', () => {
    const a = host();
    a.handle(ring(10));
    a.flush();
    a.handle({ ...ring(10), type: 'update', generation: 2, start: new Float32Array(3) });
    expect(last(a.replies, 'error').message).toMatch(/start has 3 numbers for 10 nodes/);
  });

  it('holds a pinned node where it was put, and streams positions while it is dragged', () => {
    const h = host();
    h.handle(ring(30, { live: false }));
    h.flush();
    const before = h.replies.length;
    h.handle({ type: 'pin', id: 'organization:org-3', x: 500, y: -200, active: true });
    h.flush(20);
    const dragged = h.replies.slice(before);
    expect(dragged.length).toBeGreaterThan(5);
    expect(dragged.every((r) => r.type === 'positions')).toBe(true);
    const p = (dragged.at(-1) as PositionsReply).positions;
    expect([p[6], p[7]]).toEqual([500, -200]);
    // Released: the layout cools down and ends, the node stays pinned.
    h.handle({ type: 'pin', id: 'organization:org-3', x: 510, y: -190, active: false });
    h.flush();
    const end = last(h.replies, 'end').positions;
    expect([end[6], end[7]]).toEqual([510, -190]);
  });

  it('keeps pins across updates but not across init, and unpins', () => {
    const h = host();
    h.handle(ring(30));
    h.flush();
    h.handle({ type: 'pin', id: 'organization:org-3', x: 900, y: 900, active: false });
    h.flush();
    h.handle({ ...ring(30), type: 'update', generation: 2 });
    h.flush();
    let p = last(h.replies, 'end').positions;
    expect([p[6], p[7]]).toEqual([900, 900]);
    const toNeighbour = (q: Float32Array) => Math.hypot(q[6]! - q[4]!, q[7]! - q[5]!);
    const stretched = toNeighbour(p);
    h.handle({ type: 'unpin', id: 'organization:org-3' });
    h.flush();
    p = last(h.replies, 'end').positions;
    expect([p[6], p[7]]).not.toEqual([900, 900]);
    expect(toNeighbour(p)).toBeLessThan(stretched / 2);
    h.handle({ type: 'pin', id: 'organization:org-3', x: 900, y: 900, active: false });
    h.flush();
    h.handle(ring(30, { generation: 3 }));
    h.flush();
    p = last(h.replies, 'end').positions;
    expect([p[6], p[7]]).not.toEqual([900, 900]);
  });

  it('stops when told, and a new init supersedes a running layout', () => {
    const h = host();
    h.handle(ring(30));
    h.flush(3);
    h.handle({ type: 'stop' });
    const count = h.replies.length;
    h.flush();
    expect(h.replies.length).toBe(count);

    const g = host();
    g.handle(ring(30));
    g.flush(3);
    g.handle(ring(10, { generation: 2 }));
    g.flush();
    const afterSecond = g.replies.slice(3);
    expect(afterSecond.every((r) => r.generation === 2)).toBe(true);
  });

  it.each<[string, Partial<InitRequest>, RegExp]>([
    ['a link to no node', { links: Uint32Array.from([0, 99]) }, /links\[1\] = 99/],
    ['an odd links array', { links: Uint32Array.from([0, 1, 2]) }, /odd length/],
    ['radii of the wrong length', { radii: new Float32Array(3) }, /radii has 3 entries for 30/],
  ])('refuses %s with a clear error', (_, change, message) => {
    const h = host();
    h.handle(ring(30, change));
    expect(h.replies).toHaveLength(1);
    const reply = h.replies[0]!;
    expect(reply.type).toBe('error');
    if (reply.type === 'error') {
      expect(reply.generation).toBe(1);
      expect(reply.message).toMatch(message);
    }
    expect(h.tasks).toHaveLength(0);
  });

  it('ignores pins for unknown nodes', () => {
    const h = host();
    const request: LayoutRequest = { type: 'pin', id: 'nobody', x: 0, y: 0, active: true };
    h.handle(request);
    h.handle(ring(5));
    h.handle(request);
    h.flush();
    expect(last(h.replies, 'end')).toBeDefined();
  });
});
