/**
 * Selection ids: what `focus` in a link, a click in any view and the details panel name. A record
 * id (`wikimedia-argentina`, `iberoconf-2014`) or a language, written `language:<code>`.
 * One place that knows the form, so no view slices the prefix by hand.
 */
import type { Atlas } from './atlas.ts';

export const LANGUAGE_PREFIX = 'language:';

export type ParsedSelection = { kind: 'record'; id: string } | { kind: 'language'; code: string };

export function parseSelection(selectionId: string): ParsedSelection {
  return selectionId.startsWith(LANGUAGE_PREFIX)
    ? { kind: 'language', code: selectionId.slice(LANGUAGE_PREFIX.length) }
    : { kind: 'record', id: selectionId };
}

export function languageSelection(code: string): string {
  return `${LANGUAGE_PREFIX}${code}`;
}

/** Whether the selection names a record (not a source) or a language of this dataset. */
export function isKnownSelection(atlas: Atlas, selectionId: string): boolean {
  const s = parseSelection(selectionId);
  if (s.kind === 'language') return atlas.languages.includes(s.code);
  const entity = atlas.byId.get(s.id);
  return entity !== undefined && entity.kind !== 'source';
}
