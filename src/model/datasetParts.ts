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
 * own (see `fromParts`).
 */
export interface DatasetParts {
  shell: string;
  /** [record list, JSON array of some of its records], in the list's order. */
  parts: [string, string][];
}

/** About this many characters of JSON per slice: a few milliseconds to parse. */
export const PART_CHARS = 150_000;

/** Cuts a dataset into parts (in the worker). */
export function toParts(dataset: Dataset): DatasetParts {
  const shell: Record<string, unknown> = {};
  const parts: [string, string][] = [];
  for (const [key, value] of Object.entries(dataset)) {
    if (!Array.isArray(value)) {
      shell[key] = value;
      continue;
    }
    shell[key] = [];
    let slice: string[] = [];
    let size = 0;
    for (const record of value as unknown[]) {
      const text = JSON.stringify(record);
      slice.push(text);
      size += text.length;
      if (size >= PART_CHARS) {
        parts.push([key, `[${slice.join(',')}]`]);
        slice = [];
        size = 0;
      }
    }
    if (slice.length > 0) parts.push([key, `[${slice.join(',')}]`]);
  }
  return { shell: JSON.stringify(shell), parts };
}

/** Puts a dataset together from its parts (on the page), awaiting `pause` before each slice. */
export async function fromParts(
  parts: DatasetParts,
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<Dataset> {
  const dataset = JSON.parse(parts.shell) as Record<string, unknown[]>;
  for (const [key, text] of parts.parts) {
    await pause();
    const list = dataset[key]!;
    for (const record of JSON.parse(text) as unknown[]) list.push(record);
  }
  return dataset as unknown as Dataset;
}
