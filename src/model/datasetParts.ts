/**
 * How a validated dataset travels from the validation worker to the page (see
 * validateProtocol.ts). Small and free of the validator: the page imports it.
 */
import type { Dataset } from './schema.ts';

/**
 * A dataset as JSON texts: the dataset with its record lists empty, then slices of each list.
 * The page takes a large dataset this way, not as one object: reading an object back from a
 * worker is one task as long as the object is large (about 0.2 s at 20,000 organizations), and
 * slower than parsing its JSON, while each slice parses in a few milliseconds, in a task of its
 * own (see `fromParts`). The slices are UTF-8 in one buffer, which the worker transfers: the
 * page then receives them without copying (copying 10 MB of text was a 30 ms task there).
 */
export interface DatasetParts {
  shell: string;
  /** The slices' UTF-8 bytes, one after the other. */
  bytes: ArrayBuffer;
  /** [record list, where its slice ends in `bytes`], in the list's order. */
  parts: [string, number][];
}

/** About this many characters of JSON per slice: a few milliseconds to parse. */
export const PART_CHARS = 150_000;

/** Cuts a dataset into parts (in the worker); transfer `bytes` when posting them. */
export function toParts(dataset: Dataset): DatasetParts {
  const shell: Record<string, unknown> = {};
  const slices: [string, Uint8Array][] = [];
  const encoder = new TextEncoder();
  for (const [key, value] of Object.entries(dataset)) {
    if (!Array.isArray(value)) {
      shell[key] = value;
      continue;
    }
    shell[key] = [];
    let slice: string[] = [];
    let size = 0;
    const cut = (): void => {
      slices.push([key, encoder.encode(`[${slice.join(',')}]`)]);
      slice = [];
      size = 0;
    };
    for (const record of value as unknown[]) {
      const text = JSON.stringify(record);
      slice.push(text);
      size += text.length;
      if (size >= PART_CHARS) cut();
    }
    if (slice.length > 0) cut();
  }
  const bytes = new Uint8Array(slices.reduce((sum, [, slice]) => sum + slice.length, 0));
  const parts: [string, number][] = [];
  let end = 0;
  for (const [key, slice] of slices) {
    bytes.set(slice, end);
    end += slice.length;
    parts.push([key, end]);
  }
  return { shell: JSON.stringify(shell), bytes: bytes.buffer, parts };
}

/** The JSON text of each slice, in order: [record list, text]. */
export function* partTexts(parts: DatasetParts): Generator<[string, string]> {
  const decoder = new TextDecoder();
  let start = 0;
  for (const [key, end] of parts.parts) {
    yield [key, decoder.decode(new Uint8Array(parts.bytes, start, end - start))];
    start = end;
  }
}

/** Puts a dataset together from its parts (on the page), awaiting `pause` before each slice. */
export async function fromParts(
  parts: DatasetParts,
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<Dataset> {
  const dataset = JSON.parse(parts.shell) as Record<string, unknown[]>;
  for (const [key, text] of partTexts(parts)) {
    await pause();
    const list = dataset[key]!;
    for (const record of JSON.parse(text) as unknown[]) list.push(record);
  }
  return dataset as unknown as Dataset;
}
