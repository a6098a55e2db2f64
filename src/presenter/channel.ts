/**
 * The link between a presentation and its speaker-notes window: a BroadcastChannel per tour,
 * so either window can drive and the other follows. Messages are plain JSON and checked on
 * arrival (anything else on the channel is ignored). Where BroadcastChannel is missing, the
 * windows simply do not follow each other.
 */
export type ChannelMessage =
  /** This window shows step `index` (0-based). */
  | { type: 'step'; index: number; startedAt: number | null }
  /** A window opened and asks where the presentation is. */
  | { type: 'hello' };

function isMessage(data: unknown): data is ChannelMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  if (m.type === 'hello') return true;
  return (
    m.type === 'step' &&
    Number.isInteger(m.index) &&
    (m.startedAt === null || typeof m.startedAt === 'number')
  );
}

export class PresenterChannel {
  readonly #channel: BroadcastChannel | null;

  constructor(tourId: string, onmessage: (message: ChannelMessage) => void) {
    this.#channel =
      typeof BroadcastChannel === 'function'
        ? new BroadcastChannel(`movement-atlas-tour:${tourId}`)
        : null;
    if (this.#channel) {
      this.#channel.onmessage = (event: MessageEvent) => {
        if (isMessage(event.data)) onmessage(event.data);
      };
    }
  }

  post(message: ChannelMessage): void {
    this.#channel?.postMessage(message);
  }

  close(): void {
    this.#channel?.close();
  }
}
