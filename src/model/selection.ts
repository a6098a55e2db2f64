/**
 * Selection ids: what `focus` in a link, a click in any view and the details panel name. A record
 * id (`wikimedia-argentina`, `iberoconf-2014`), a language, written `language:<code>`, or a
 * meetup series, written `series:<slug>` (series.ts).
 * One place that knows the form, so no view slices the prefix by hand.
 */
import type { Atlas } from './atlas.ts';
import { meetupSeries, SERIES_PREFIX } from './series.ts';

export const LANGUAGE_PREFIX = 'language:';

export type ParsedSelection =
  | { kind: 'record'; id: string }
  | { kind: 'language'; code: string }
  | { kind: 'series'; id: string };

export function parseSelection(selectionId: string): ParsedSelection {
  if (selectionId.startsWith(LANGUAGE_PREFIX))
    return { kind: 'language', code: selectionId.slice(LANGUAGE_PREFIX.length) };
  if (selectionId.startsWith(SERIES_PREFIX)) return { kind: 'series', id: selectionId };
  return { kind: 'record', id: selectionId };
}

export function languageSelection(code: string): string {
  return `${LANGUAGE_PREFIX}${code}`;
}

/** Whether the selection names a record (not a source) or a language of this dataset. */
export function isKnownSelection(atlas: Atlas, selectionId: string): boolean {
  const s = parseSelection(selectionId);
  if (s.kind === 'language') return atlas.languages.includes(s.code);
  if (s.kind === 'series') return meetupSeries(atlas).has(s.id);
  const entity = atlas.byId.get(s.id);
  return entity !== undefined && entity.kind !== 'source';
}
