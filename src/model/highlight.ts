/**
 * What to highlight with a selection, in every view: a network's members, a meetup's
 * organizers and participants, a program's organizations, a language's speakers, a series'
 * editions.
 */
import type { Atlas } from './atlas.ts';
import { parseSelection } from './selection.ts';
import { meetupSeries } from './series.ts';

export function relatedIds(atlas: Atlas, selectionId: string | null): ReadonlySet<string> {
  const ids = new Set<string>();
  if (!selectionId) return ids;
  const selection = parseSelection(selectionId);
  if (selection.kind === 'language') {
    for (const o of atlas.dataset.organizations)
      if (o.languages.includes(selection.code)) ids.add(o.id);
    return ids;
  }
  if (selection.kind === 'series') {
    for (const m of meetupSeries(atlas).get(selection.id)?.meetups ?? []) ids.add(m.id);
    return ids;
  }
  const entity = atlas.byId.get(selection.id);
  if (!entity) return ids;
  switch (entity.kind) {
    case 'network':
      for (const id of entity.record.members) ids.add(id);
      for (const id of entity.record.inferredMembers ?? []) ids.add(id);
      break;
    case 'meetup':
      for (const id of entity.record.organizers) ids.add(id);
      for (const id of entity.record.participants) ids.add(id);
      break;
    case 'program':
      for (const o of atlas.dataset.organizations)
        if (o.programs.includes(entity.record.id)) ids.add(o.id);
      break;
    case 'collaboration':
      for (const id of entity.record.organizations) ids.add(id);
      break;
    default:
      break;
  }
  return ids;
}
