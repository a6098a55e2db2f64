/**
 * What the map draws, derived from the Atlas: one point per placed organization and meetup.
 * Pure (no DOM, no Leaflet), so it is tested without a browser.
 */
import type { Atlas } from '../model/atlas.ts';
import type { OrganizationKind } from '../model/schema.ts';
import { shownName } from '../model/localNames.ts';
import { stepsCache, type StepsCache } from '../model/steps.ts';

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

/** Records made into points between pauses: a millisecond or two of work on a slow machine. */
const SLICE = 1000;

/**
 * Every located record of an atlas as a point named in one UI language, each list in drawing
 * order (by rank, then id): made once, so that a change of layers or filters only picks.
 */
interface PlacedPoints {
  organizations: readonly MapPoint[];
  meetups: readonly MapPoint[];
}

/**
 * Every property set, in one order, on every point (undefined where unknown): points of one
 * shape keep the loops over 20,000 of them (counting, projecting, drawing) monomorphic.
 */
function point(fields: MapPoint): MapPoint {
  return {
    id: fields.id,
    name: fields.name,
    english: fields.english,
    kind: fields.kind,
    lat: fields.lat,
    lon: fields.lon,
    approximate: fields.approximate,
    former: fields.former,
    city: fields.city,
    year: fields.year,
    status: fields.status,
    rank: fields.rank,
  };
}

const byRankThenId = (a: MapPoint, b: MapPoint) =>
  a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Makes the placed points, yielding every SLICE records and between the two sorts. */
function* placedSteps(atlas: Atlas, locale: string): Generator<void, PlacedPoints> {
  const organizations: MapPoint[] = [];
  let made = 0;
  for (const o of atlas.dataset.organizations) {
    if (++made % SLICE === 0) yield;
    if (!o.location) continue;
    const { name, english } = shownName(o, locale);
    organizations.push(
      point({
        id: o.id,
        name,
        english,
        kind: o.kind,
        lat: o.location.lat,
        lon: o.location.lon,
        approximate: o.location.precision === 'country',
        former: o.status === 'former',
        city: o.location.city,
        rank: RANK[o.kind],
      }),
    );
  }
  yield;
  organizations.sort(byRankThenId);
  const meetups: MapPoint[] = [];
  for (const m of atlas.dataset.meetups) {
    if (++made % SLICE === 0) yield;
    if (!m.location) continue;
    const status = m.status ?? 'held';
    meetups.push(
      point({
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
      }),
    );
  }
  yield;
  meetups.sort(byRankThenId);
  return { organizations, meetups };
}

/** One cache per UI language: the points' names are in it. */
const placedByLocale = new Map<string, StepsCache<Atlas, PlacedPoints>>();
function placedCache(locale: string): StepsCache<Atlas, PlacedPoints> {
  let cache = placedByLocale.get(locale);
  if (!cache) placedByLocale.set(locale, (cache = stepsCache((a) => placedSteps(a, locale))));
  return cache;
}

/**
 * Makes the atlas's points in the UI language ahead of the map's first showing, a slice per
 * task (`between`): at 20,000 organizations making and sorting them is work of its own.
 */
export function preparePoints(
  atlas: Atlas,
  locale: string,
  between: () => Promise<void>,
): Promise<void> {
  return placedCache(locale).ahead(atlas, between);
}

/**
 * The points to draw for the given layers and filter (`visibleIds` null = everything), named
 * in the UI language `locale` where the record has a local name, in a stable order: by rank,
 * then id (organizations first, meetups last). Records without a location are not placed.
 * The same point objects every time for one atlas and language.
 */
export function buildPoints(
  atlas: Atlas,
  layers: MapLayers,
  visibleIds: ReadonlySet<string> | null,
  locale = 'en',
): MapPoint[] {
  const placed = placedCache(locale).now(atlas);
  const out: MapPoint[] = [];
  if (layers.organizations) {
    for (const p of placed.organizations) {
      if (p.former && !layers.former) continue;
      if (visibleIds === null || visibleIds.has(p.id)) out.push(p);
    }
  }
  if (layers.meetups) {
    for (const p of placed.meetups) if (visibleIds === null || visibleIds.has(p.id)) out.push(p);
  }
  return out;
}

/**
 * How many organizations are placed: the number the map promises to show. Points come as
 * buildPoints orders them, meetups last: the count is where the meetups start (found by halving).
 */
export function countOrganizationPoints(points: readonly MapPoint[]): number {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (points[mid]!.kind === 'meetup') hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
