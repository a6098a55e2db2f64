/** How a presenter names a record or a language: its local name in the UI language if any. */
import type { Atlas } from '../model/atlas.ts';
import { parseSelection } from '../model/selection.ts';

export function selectionName(
  atlas: Atlas,
  selectionId: string,
  locale: string,
  languageName: (code: string) => string,
): string {
  const s = parseSelection(selectionId);
  if (s.kind === 'language') return languageName(s.code);
  const record = atlas.byId.get(s.id)?.record;
  if (!record) return s.id;
  if ('names' in record && record.names?.[locale]) return record.names[locale];
  if ('name' in record) return record.name;
  return record.title;
}
