/**
 * The built-in dataset's default view ships laid out (src/graph/builtInLayout.json): the file
 * must be what the layout engine gives for the data as it is now, and a layout that starts
 * from it ends at once, where the engine would have ended, and still takes pins.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInLayout, defaultLayoutGraph, SHIPPED_FILE } from '../../src/cli/built-in-layout.ts';
import { decodePositions, settledLayout } from '../../src/graph/builtInLayout.ts';
import { createLayoutHandler, settle, totalTicks } from '../../src/graph/layoutEngine.ts';
import { LAYOUT_SEED, type LayoutReply } from '../../src/graph/layoutProtocol.ts';
import type { Dataset } from '../../src/model/schema.ts';

const dataset = JSON.parse(readFileSync('data/wikimedia.json', 'utf8')) as Dataset;
const graph = defaultLayoutGraph(dataset);

describe('the shipped layout of the built-in dataset', () => {
  it('is current: run `npx tsx src/cli/built-in-layout.ts` after changing the data or the engine', () => {
    const shipped = JSON.parse(readFileSync(SHIPPED_FILE, 'utf8')) as unknown;
    expect(shipped).toEqual(builtInLayout());
  });

  it('is found for the default view only', () => {
    const positions = settledLayout(graph, LAYOUT_SEED);
    expect(positions).toBeDefined();
    expect(Array.from(positions!)).toEqual(Array.from(settle(graph, LAYOUT_SEED).positions));
    expect(settledLayout(graph, LAYOUT_SEED + 1)).toBeUndefined();
    const radii = graph.radii.slice();
    radii[0] = radii[0]! + 1;
    expect(settledLayout({ ...graph, radii }, LAYOUT_SEED)).toBeUndefined();
  });

  it('ends a layout at once, and the layout still takes pins', () => {
    const replies: LayoutReply[] = [];
    const tasks: (() => void)[] = [];
    const handle = createLayoutHandler({
      post: (reply) => replies.push(reply),
      schedule: (task) => tasks.push(task),
    });
    const shipped = JSON.parse(readFileSync(SHIPPED_FILE, 'utf8')) as { positions: string };
    const settled = decodePositions(shipped.positions);
    handle({
      type: 'init',
      generation: 3,
      seed: LAYOUT_SEED,
      live: true,
      ...graph,
      settled: settled.slice(),
    });
    expect(tasks).toHaveLength(0);
    expect(replies).toHaveLength(1);
    const end = replies[0]!;
    expect(end).toMatchObject({ type: 'end', generation: 3, tick: totalTicks(graph.ids.length) });
    expect(end.type === 'end' && Array.from(end.positions)).toEqual(Array.from(settled));

    handle({ type: 'pin', id: graph.ids[0]!, x: 5, y: 7, active: true });
    tasks.shift()!();
    const moved = replies.at(-1)!;
    expect(moved.type).toBe('positions');
    if (moved.type === 'positions')
      expect([moved.positions[0], moved.positions[1]]).toEqual([5, 7]);
  });
});
