/**
 * The page's end of the layout worker: numbers the node sets it sends, and passes on only the
 * replies about the current one.
 */
import { settledLayout } from './builtInLayout.ts';
import type { LayoutReply, LayoutRequest } from './layoutProtocol.ts';
import type { GraphScene } from './scene.ts';

/** Anything that takes requests and answers with replies: a Worker, or a fake in tests. */
export interface LayoutPort {
  postMessage(message: LayoutRequest, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<LayoutReply>) => void) | null;
  terminate(): void;
  /** Where the layout runs, when the port knows (see layoutPort.ts). */
  readonly where?: 'worker' | 'main-thread';
  /** On the main thread: the longest task the layout took so far, in milliseconds. */
  longestTaskMs?: number | undefined;
}

export class LayoutClient {
  readonly #port: LayoutPort;
  #generation = 0;
  #started = false;

  constructor(port: LayoutPort, onreply: (reply: LayoutReply) => void) {
    this.#port = port;
    port.onmessage = (event) => {
      const reply = event.data;
      if (reply.generation === this.#generation || reply.generation === null) onreply(reply);
    };
  }

  get generation(): number {
    return this.#generation;
  }

  /**
   * Lays out a scene's nodes; the first call starts afresh, later ones keep the pins, and start
   * from `start` when given (a steady update, see UpdateRequest). A first layout whose end was
   * shipped with the app (the built-in dataset's default view) ends at once.
   */
  layout(scene: GraphScene, seed: number, live: boolean, start?: Float32Array): number {
    const generation = ++this.#generation;
    const radii = new Float32Array(scene.nodes.map((n) => n.radius));
    const links = scene.links.slice();
    const ids = scene.nodes.map((n) => n.id);
    const from = this.#started && start ? start.slice() : undefined;
    const settled = this.#started ? undefined : settledLayout({ ids, radii, links }, seed);
    const extra = from ?? settled;
    this.#port.postMessage(
      {
        type: this.#started ? 'update' : 'init',
        generation,
        seed,
        live,
        ids,
        radii,
        links,
        ...(from ? { start: from } : {}),
        ...(settled ? { settled } : {}),
      },
      extra ? [radii.buffer, links.buffer, extra.buffer] : [radii.buffer, links.buffer],
    );
    this.#started = true;
    return generation;
  }

  pin(id: string, x: number, y: number, active: boolean): void {
    this.#port.postMessage({ type: 'pin', id, x, y, active }, []);
  }

  unpin(id: string): void {
    this.#port.postMessage({ type: 'unpin', id }, []);
  }

  destroy(): void {
    this.#port.postMessage({ type: 'stop' }, []);
    this.#port.onmessage = null;
    this.#port.terminate();
  }
}
