/**
 * What a selection shows on the map beyond its own marker: great-circle arcs to a meetup, and
 * the places the camera must show. Pure: takes the placed points, returns coordinates.
 */
import type { Atlas } from '../model/atlas.ts';
import { greatCircle, shiftLonNear, type LatLon } from '../model/geo.ts';
import type { MapPoint } from './points.ts';

export type ArcRole = 'organizer' | 'participant' | 'member';

export interface Arc {
  /** The meetup the arc ends at. */
  meetupId: string;
  fromId: string;
  role: ArcRole;
  /** Continuous longitudes (may pass ±180), ending at the meetup. */
  path: LatLon[];
}

function arc(from: MapPoint, to: MapPoint, role: ArcRole): Arc {
  // Start on the meetup's side of the antimeridian: the arc then ends at the meetup itself.
  const start: LatLon = [from.lat, shiftLonNear(from.lon, to.lon)];
  const degrees = Math.hypot(start[0] - to.lat, start[1] - to.lon);
  const segments = Math.max(4, Math.min(64, Math.ceil(degrees / 3)));
  return {
    meetupId: to.id,
    fromId: from.id,
    role,
    path: greatCircle(start, [to.lat, to.lon], segments),
  };
}

function meetupArcs(
  meetup: { id: string; organizers: string[]; participants: string[] },
  points: ReadonlyMap<string, MapPoint>,
  fallbackMembers: readonly string[],
): Arc[] {
  const to = points.get(meetup.id);
  if (!to) return [];
  const out: Arc[] = [];
  const seen = new Set<string>();
  const add = (id: string, role: ArcRole) => {
    const from = points.get(id);
    if (!from || seen.has(id) || id === meetup.id) return;
    seen.add(id);
    out.push(arc(from, to, role));
  };
  for (const id of meetup.organizers) add(id, 'organizer');
  for (const id of meetup.participants) add(id, 'participant');
  if (out.length === 0) for (const id of fallbackMembers) add(id, 'member');
  return out;
}

/**
 * Arcs for a selected meetup (from its organizers and participants), or for a selected network
 * (to each of its meetups, from that meetup's organizers and participants, or from the
 * network's members when the meetup lists none). Only between placed, visible points.
 */
export function selectionArcs(
  atlas: Atlas,
  selectedId: string | null,
  points: ReadonlyMap<string, MapPoint>,
): Arc[] {
  if (!selectedId) return [];
  const entity = atlas.byId.get(selectedId);
  if (entity?.kind === 'meetup') return meetupArcs(entity.record, points, []);
  if (entity?.kind === 'network') {
    const members = [...entity.record.members, ...(entity.record.inferredMembers ?? [])];
    return (atlas.meetupsOfNetwork.get(entity.record.id) ?? []).flatMap((m) =>
      meetupArcs(m, points, members),
    );
  }
  return [];
}

/** The places a selection covers: its own point and the highlighted ones that are placed. */
export function selectionTargets(
  selectedId: string | null,
  highlightIds: ReadonlySet<string>,
  points: ReadonlyMap<string, MapPoint>,
): LatLon[] {
  const out: LatLon[] = [];
  const own = selectedId ? points.get(selectedId) : undefined;
  if (own) out.push([own.lat, own.lon]);
  for (const id of highlightIds) {
    const p = points.get(id);
    if (p && id !== selectedId) out.push([p.lat, p.lon]);
  }
  return out;
}
