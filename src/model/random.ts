/**
 * Seeded randomness: the same seed always gives the same sequence, on every machine, so that
 * synthetic data, graph layouts and screenshots are reproducible. Never use Math.random for
 * anything a person can see.
 */

/** A source of numbers uniform in [0, 1), like Math.random. d3-force's `randomSource` takes one. */
export type RandomSource = () => number;

/**
 * mulberry32: a tiny 32-bit PRNG (period 2^32), plenty for layouts and test data, not for
 * anything secret. The seed is taken modulo 2^32 (fractions are dropped).
 */
export function mulberry32(seed: number): RandomSource {
  let state = Math.trunc(seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A 32-bit seed from a string (FNV-1a), e.g. to seed a layout from a dataset's ids so that
 * the same data gives the same picture.
 */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** An integer in [min, max) (max exclusive). */
export function randomInt(random: RandomSource, min: number, max: number): number {
  return min + Math.floor(random() * (max - min));
}

/** One item of a non-empty list, uniformly. */
export function pick<T>(random: RandomSource, items: readonly T[]): T {
  if (items.length === 0) throw new RangeError('pick: the list is empty');
  return items[Math.floor(random() * items.length)] as T;
}

/** One item of a non-empty list, with probability proportional to `weight(item)` (>= 0). */
export function pickWeighted<T>(
  random: RandomSource,
  items: readonly T[],
  weight: (item: T) => number,
): T {
  let total = 0;
  for (const item of items) total += weight(item);
  if (items.length === 0 || !(total > 0)) {
    throw new RangeError('pickWeighted: the list is empty or its weights sum to zero');
  }
  let r = random() * total;
  for (const item of items) {
    r -= weight(item);
    if (r < 0) return item;
  }
  return items[items.length - 1] as T;
}

/** A shuffled copy (Fisher-Yates); the input is left as it was. */
export function shuffled<T>(random: RandomSource, items: readonly T[]): T[] {
  const copy = items.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = tmp;
  }
  return copy;
}

/** A standard normal deviate (Box-Muller), for scattering points around a centre. */
export function gaussian(random: RandomSource): number {
  const u = 1 - random(); // (0, 1]: log(0) is never taken
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
