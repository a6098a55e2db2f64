/**
 * What the map draws, derived from the Atlas: one point per placed organization and meetup.
 * Pure (no DOM, no Leaflet), so it is tested without a browser.
 */
import type { Atlas } from '../model/atlas.ts';
import type { OrganizationKind } from '../model/schema.ts';
import { shownName } from '../model/localNames.ts';

export type PointKind = OrganizationKind | 'meetup';

import type { MapLayers } from '../model/snapshot.ts';

export type { MapLayers };

export interface MapPoint {
  id: string;
  /** In the UI language where the record has a local name in it (`names`), else English. */
  name: string;
  /** The English name, when `name` is a local one. */
  english?: string;
  kind: PointKind;
  lat: number;
  lon: number;
  /** Only the country is known: the point stands in at its centre (drawn hollow). */
  approximate: boolean;
  /** A former organization, or a planned or cancelled meetup (drawn hollow or grey). */
  former: boolean;
  /** City name, when known. */
  city?: string;
  /** Meetups: the year of the start date. */
  year?: number;
  /** Meetups: `held` unless stated. */
  status?: 'held' | 'planned' | 'cancelled';
  /** Lower draws first and gives way in clusters: chapters, thematic orgs, user groups, meetups. */
  rank: number;
}

const RANK: Record<PointKind, number> = { chapter: 0, thematic_org: 1, user_group: 2, meetup: 3 };

function yearOf(date: string | undefined): number | undefined {
  if (!date) return undefined;
  const year = Number(date.slice(0, 4));
  return Number.isFinite(year) ? year : undefined;
}

/**
 * The points to draw for the given layers and filter (`visibleIds` null = everything), named
 * in the UI language `locale` where the record has a local name, in a stable order: by rank,
 * then id. Records without a location are not placed.
 */
export function buildPoints(
  atlas: Atlas,
  layers: MapLayers,
  visibleIds: ReadonlySet<string> | null,
  locale = 'en',
): MapPoint[] {
  const out: MapPoint[] = [];
  const visible = (id: string) => visibleIds === null || visibleIds.has(id);
  if (layers.organizations) {
    for (const o of atlas.dataset.organizations) {
      if (!o.location || !visible(o.id)) continue;
      if (o.status === 'former' && !layers.former) continue;
      out.push({
        id: o.id,
        ...shownName(o, locale),
        kind: o.kind,
        lat: o.location.lat,
        lon: o.location.lon,
        approximate: o.location.precision === 'country',
        former: o.status === 'former',
        city: o.location.city,
        rank: RANK[o.kind],
      });
    }
  }
  if (layers.meetups) {
    for (const m of atlas.dataset.meetups) {
      if (!m.location || !visible(m.id)) continue;
      const status = m.status ?? 'held';
      out.push({
        id: m.id,
        name: m.name,
        kind: 'meetup',
        lat: m.location.lat,
        lon: m.location.lon,
        approximate: m.location.precision === 'country',
        former: status !== 'held',
        city: m.location.city,
        year: yearOf(m.start),
        status,
        rank: RANK.meetup,
      });
    }
  }
  out.sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return out;
}

/** How many organizations are placed: the number the map promises to show. */
export function countOrganizationPoints(points: readonly MapPoint[]): number {
  let n = 0;
  for (const p of points) if (p.kind !== 'meetup') n++;
  return n;
}
