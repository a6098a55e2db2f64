/**
 * Where the graph's nodes are drawn, and who decides it. The layout worker proposes positions;
 * the page holds the pins. A pinned node is drawn where the page last pinned it, whatever a
 * reply says: the worker answers each pin some time later, and a reply computed before the
 * latest pin (messages in flight while the pointer moved, or dropped) would otherwise pull the
 * node back to an older place, away from the pointer, until the layout settles. Once the worker
 * has the pin, its positions agree with the page's anyway (a pinned node does not move).
 *
 * Also the morph: after a new node set, the old picture stays until the new layout ends, then
 * eases into it. No DOM, no worker: driven by the controller, tested alone.
 */
import type { LayoutReply } from './layoutProtocol.ts';
import { MOVE_MS } from './graphCamera.ts';
import { morphInto } from './frameLoop.ts';

/** What a reply changed, for the controller to act on. */
export type Received =
  /** Nothing to draw (progress, error). */
  | { kind: 'none' }
  /** New positions are on display; the layout runs on (`settled` false) or has ended. */
  | { kind: 'positions'; settled: boolean }
  /** The layout ended and the picture starts easing into `to`. */
  | { kind: 'morph'; to: Float32Array };

export class LayoutPositions {
  /** What is drawn, in layout units; NaN for nodes not placed yet; null before any reply. */
  display: Float32Array | null = null;
  /** 1 for pinned nodes (the renderer marks them). */
  pinned: Uint8Array = new Uint8Array(0);
  /** Where the page pinned each pinned node, by index. */
  #pins = new Map<number, [number, number]>();
  #morph: { from: Float32Array; to: Float32Array; start: number } | null = null;
  #pendingMorph = false;
  /** Bumped whenever `display` changed in place or was replaced (for the hit index). */
  version = 0;

  get morphing(): boolean {
    return this.#morph !== null;
  }

  /**
   * A new node set: pins and drawn positions carry over by node id, and when a picture was
   * drawn it stays until the new layout ends. Returns whether it stays.
   */
  newNodeSet(previousIds: readonly string[] | null, ids: readonly string[]): boolean {
    const pinned = new Uint8Array(ids.length);
    const pins = new Map<number, [number, number]>();
    const from = new Float32Array(ids.length * 2).fill(NaN);
    const old = this.display;
    if (previousIds && old) {
      const index = new Map(previousIds.map((id, i) => [id, i]));
      ids.forEach((id, i) => {
        const j = index.get(id);
        if (j === undefined) return;
        pinned[i] = this.pinned[j] ?? 0;
        const pin = this.#pins.get(j);
        if (pin) pins.set(i, pin);
        from[2 * i] = old[2 * j]!;
        from[2 * i + 1] = old[2 * j + 1]!;
      });
    }
    this.pinned = pinned;
    this.#pins = pins;
    this.#morph = null;
    const keep = previousIds !== null && old !== null;
    this.display = keep ? from : null;
    this.#pendingMorph = keep;
    this.version++;
    return keep;
  }

  /** Takes a worker reply about the current node set. */
  receive(reply: LayoutReply, reducedMotion: boolean, now: number): Received {
    if (reply.type === 'error' || reply.type === 'progress') return { kind: 'none' };
    this.#holdPins(reply.positions);
    const morph = reply.type === 'end' && this.#pendingMorph && this.display !== null;
    this.#pendingMorph = false;
    this.version++;
    if (morph && !reducedMotion) {
      this.#morph = { from: this.display!, to: reply.positions, start: now };
      this.display = new Float32Array(reply.positions.length);
      return { kind: 'morph', to: reply.positions };
    }
    this.#morph = null;
    this.display = reply.positions;
    return { kind: 'positions', settled: reply.type === 'end' };
  }

  /** One frame of the morph, if one runs; true when it has just ended (the layout settled). */
  stepMorph(now: number): boolean {
    const morph = this.#morph;
    if (!morph || !this.display) return false;
    const f = Math.min(1, (now - morph.start) / MOVE_MS);
    morphInto(this.display, morph.from, morph.to, f);
    this.version++;
    if (f < 1) return false;
    this.#morph = null;
    this.display = morph.to;
    return true;
  }

  /** Pins node i at (x, y), in layout units, and draws it there at once. */
  pin(i: number, x: number, y: number): void {
    this.pinned[i] = 1;
    this.#pins.set(i, [x, y]);
    // During a morph too: both its ends hold the node where the pointer is.
    for (const p of [this.display, this.#morph?.from, this.#morph?.to]) {
      if (!p || 2 * i + 1 >= p.length) continue;
      p[2 * i] = x;
      p[2 * i + 1] = y;
    }
    this.version++;
  }

  /** Releases node i: the next replies move it. */
  unpin(i: number): void {
    this.pinned[i] = 0;
    this.#pins.delete(i);
  }

  /** Where node i was pinned, or undefined. */
  pinOf(i: number): readonly [number, number] | undefined {
    return this.#pins.get(i);
  }

  #holdPins(positions: Float32Array): void {
    for (const [i, [x, y]] of this.#pins) {
      if (2 * i + 1 >= positions.length) continue;
      positions[2 * i] = x;
      positions[2 * i + 1] = y;
    }
  }
}
