/**
 * Embedding: the snippets the embed dialog gives, and where the graph layout runs when a page
 * refuses workers (the same positions, on the main thread).
 */
import { describe, expect, it } from 'vitest';
import {
  elementAttributes,
  elementSnippet,
  embedUrl,
  escapeAttribute,
  iframeSnippet,
  type EmbedChoice,
} from '../../src/embed/snippets.ts';
import { preferredStageHeight } from '../../src/embed/resize.ts';
import { cloneSnapshot, DEFAULT_SNAPSHOT } from '../../src/model/snapshot.ts';
import { parseUrl } from '../../src/model/urlState.ts';
import { mainThreadPort, workerOrMainThread } from '../../src/graph/layoutPort.ts';
import type { LayoutPort } from '../../src/graph/layoutClient.ts';
import type { InitRequest, LayoutReply } from '../../src/graph/layoutProtocol.ts';
import { createLayoutHandler } from '../../src/graph/layoutEngine.ts';

function choice(search: string, extra: Partial<EmbedChoice> = {}): EmbedChoice {
  return {
    snapshot: parseUrl(search).snapshot,
    data: null,
    height: 480,
    timeline: false,
    title: 'Iberocoop – Movement Atlas',
    ...extra,
  };
}

describe('embed snippets', () => {
  it('an iframe is the app with the state, embed=1 and the auto-height lines', () => {
    const c = choice('?view=map&network=iberocoop&lang=es', { timeline: true });
    expect(embedUrl('https://atlas.example/app/index.html', c)).toBe(
      'https://atlas.example/app/index.html?view=map&network=iberocoop&lang=es&embed=1&timeline=1',
    );
    const html = iframeSnippet('https://atlas.example/app/', c);
    expect(html).toContain(
      '<iframe src="https://atlas.example/app/?view=map&amp;network=iberocoop&amp;lang=es&amp;embed=1&amp;timeline=1"',
    );
    expect(html).toContain('title="Iberocoop – Movement Atlas"');
    expect(html).toContain('height="480"');
    expect(html).toContain('"https://atlas.example"');
    expect(html).toContain("'movement-atlas:resize'");
  });

  it('the element has the same parameters as attributes, and an absolute data URL', () => {
    const c = choice('?network=iberocoop,wikimedia-cee&from=2014&to=2020', {
      data: 'https://chapter.example/our.json',
      height: 300,
    });
    expect(elementAttributes(c)).toEqual([
      ['network', 'iberocoop,wikimedia-cee'],
      ['from', '2014'],
      ['to', '2020'],
      ['data', 'https://chapter.example/our.json'],
    ]);
    expect(elementSnippet('https://atlas.example/embed/movement-atlas.js', c)).toBe(
      [
        '<script type="module" src="https://atlas.example/embed/movement-atlas.js"></script>',
        '<movement-atlas network="iberocoop,wikimedia-cee" from="2014" to="2020" data="https://chapter.example/our.json" style="display: block; height: 300px"></movement-atlas>',
      ].join('\n'),
    );
  });

  it('search text and titles cannot break out of their attributes', () => {
    expect(escapeAttribute('"><script>x</script>&')).toBe(
      '&quot;&gt;&lt;script&gt;x&lt;/script&gt;&amp;',
    );
    const c = choice('', { title: '"><b>' });
    c.snapshot.q = '"><img src=x>';
    expect(iframeSnippet('https://a.example/', c)).not.toMatch(/<img|<b>/);
    expect(elementSnippet('https://a.example/e.js', c)).not.toMatch(/<img/);
  });

  it('the default state gives an element with no attributes', () => {
    const c: EmbedChoice = { ...choice(''), snapshot: cloneSnapshot(DEFAULT_SNAPSHOT) };
    expect(elementAttributes(c)).toEqual([]);
  });

  it('asks for a stage in proportion to its width, within bounds', () => {
    expect(preferredStageHeight(200)).toBe(200);
    expect(preferredStageHeight(800)).toBe(500);
    expect(preferredStageHeight(4000)).toBe(800);
  });
});

/** A ring of `n` nodes, as the page sends it. */
function ring(n: number): InitRequest {
  const links: number[] = [];
  for (let i = 0; i < n; i++) links.push(i, (i + 1) % n);
  return {
    type: 'init',
    generation: 1,
    seed: 3,
    live: false,
    ids: Array.from({ length: n }, (_, i) => `organization:o${i}`),
    radii: new Float32Array(n).fill(4),
    links: Uint32Array.from(links),
  };
}

function endOf(port: LayoutPort): Promise<Float32Array> {
  return new Promise((resolve) => {
    port.onmessage = (event: MessageEvent<LayoutReply>) => {
      if (event.data.type === 'end') resolve(event.data.positions);
    };
  });
}

/** The engine run to its end in one go, as a worker would (batches of ticks). */
function inOneGo(request: InitRequest): Float32Array {
  const tasks: (() => void)[] = [];
  let end: Float32Array | null = null;
  const handle = createLayoutHandler({
    post: (reply) => {
      if (reply.type === 'end') end = reply.positions;
    },
    schedule: (task) => tasks.push(task),
  });
  handle(request);
  while (tasks.length) tasks.shift()!();
  return end!;
}

describe('layout where no worker may start', () => {
  it('runs on the main thread in slices, to the same positions as in a worker', async () => {
    const port = mainThreadPort(1);
    expect(port.where).toBe('main-thread');
    const done = endOf(port);
    port.postMessage(ring(60), []);
    const positions = await done;
    port.terminate();
    expect(Array.from(positions)).toEqual(Array.from(inOneGo(ring(60))));
  });

  it('falls back when the worker cannot be constructed', async () => {
    const port = workerOrMainThread(() => {
      throw new Error('refused by the Content-Security-Policy');
    });
    expect(port.where).toBe('main-thread');
    const done = endOf(port);
    port.postMessage(ring(20), []);
    expect((await done).length).toBe(40);
    port.terminate();
  });

  it('falls back when the worker fails before its first reply, resending what it was sent', async () => {
    const fake = {
      onmessage: null as ((event: MessageEvent) => void) | null,
      onerror: null as ((event: Event) => void) | null,
      sent: 0,
      postMessage(_request: unknown, transfer: Transferable[]) {
        this.sent++;
        // A real worker takes the buffers: the port must have kept its own copies.
        for (const buffer of transfer)
          structuredClone(buffer, { transfer: [buffer as ArrayBuffer] });
      },
      terminate() {},
    };
    const port = workerOrMainThread(() => fake as unknown as Worker);
    expect(port.where).toBe('worker');
    const done = endOf(port);
    const request = ring(20);
    port.postMessage(request, [request.radii.buffer, request.links.buffer]);
    expect(fake.sent).toBe(1);
    fake.onerror!(new Event('error'));
    expect(port.where).toBe('main-thread');
    expect((await done).length).toBe(40);
    port.terminate();
  });
});
