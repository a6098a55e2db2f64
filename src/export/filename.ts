/**
 * File names of exports, derived from what a person is looking at (a snapshot): the selection,
 * then each facet's values in facet order, then the years and "sourced".
 * `movement-atlas-iberocoop-2014.png` for `network=iberocoop&from=2014&to=2014`. Deterministic:
 * the same state gives the same name whatever order the values were chosen in. Pure.
 */
import { FACETS } from '../model/facets.ts';
import type { Snapshot } from '../model/snapshot.ts';

export const FILE_PREFIX = 'movement-atlas';
/** Longer names are cut and end with a short hash of the whole, so they stay distinct. */
const MAX_STEM = 120;

export type ExportFormat = 'png' | 'svg' | 'csv' | 'gexf' | 'json';
/** The formats in the order the Export menu lists them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['png', 'svg', 'csv', 'gexf', 'json'];

/** Lowercase ASCII words joined by hyphens: accents dropped, anything else a separator. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** FNV-1a, 32 bits, as 6 base-36 digits: enough to tell two long names apart. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(6, '0').slice(-6);
}

function yearsPart(from: number | null, to: number | null): string | null {
  if (from === null && to === null) return null;
  if (from !== null && to !== null) return from === to ? String(from) : `${from}-${to}`;
  return from !== null ? `from-${from}` : `to-${to}`;
}

/** The parts of the name, before slugging and joining (for tests and the title). */
export function nameParts(snapshot: Snapshot): string[] {
  const parts: string[] = [];
  if (snapshot.focus) parts.push(snapshot.focus);
  for (const facet of FACETS) {
    const values = [...snapshot.filters[facet]].sort();
    parts.push(...values);
  }
  const years = yearsPart(snapshot.filters.from, snapshot.filters.to);
  if (years) parts.push(years);
  if (snapshot.filters.sourcedOnly) parts.push('sourced');
  return parts;
}

/** `movement-atlas[-<parts>].<ext>`. */
export function exportFileName(snapshot: Snapshot, format: ExportFormat): string {
  const parts = nameParts(snapshot).map(slug).filter(Boolean);
  let stem = [FILE_PREFIX, ...parts].join('-');
  if (stem.length > MAX_STEM) {
    const hash = shortHash(stem);
    stem = `${stem.slice(0, MAX_STEM - 7).replace(/-+$/, '')}-${hash}`;
  }
  return `${stem}.${format}`;
}
