/**
 * Meetup series (all CEE Meetings, every Iberoconf): the meetups that share a `series` name,
 * oldest first. A series is selectable like a record, as `series:<slug>` (see selection.ts),
 * and has a page of its own listing its editions. Built once per atlas.
 */
import type { Atlas } from './atlas.ts';
import type { Meetup } from './schema.ts';

export const SERIES_PREFIX = 'series:';

export interface MeetupSeries {
  /** `series:<slug>`. */
  selectionId: string;
  name: string;
  /** Its editions, oldest first (undated ones last). */
  meetups: readonly Meetup[];
}

/** `CEE Meeting` -> `cee-meeting`: lower case, accents off, anything else a hyphen. */
export function seriesSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const cache = new WeakMap<Atlas, ReadonlyMap<string, MeetupSeries>>();

/** Every series with at least two editions, by selection id. */
export function meetupSeries(atlas: Atlas): ReadonlyMap<string, MeetupSeries> {
  let found = cache.get(atlas);
  if (found) return found;
  const byName = new Map<string, { name: string; meetups: Meetup[] }>();
  // Many meetups share a series name: each name is turned into a slug once.
  const slugs = new Map<string, string>();
  for (const m of atlas.dataset.meetups) {
    if (!m.series) continue;
    let slug = slugs.get(m.series);
    if (slug === undefined) {
      slug = seriesSlug(m.series);
      slugs.set(m.series, slug);
    }
    if (!slug) continue;
    const entry = byName.get(slug) ?? { name: m.series, meetups: [] };
    entry.meetups.push(m);
    byName.set(slug, entry);
  }
  const out = new Map<string, MeetupSeries>();
  for (const [slug, { name, meetups }] of byName) {
    if (meetups.length < 2) continue;
    const sorted = [...meetups].sort(
      (a, b) => (a.start ?? '9999').localeCompare(b.start ?? '9999') || a.id.localeCompare(b.id),
    );
    out.set(SERIES_PREFIX + slug, { selectionId: SERIES_PREFIX + slug, name, meetups: sorted });
  }
  found = out;
  cache.set(atlas, found);
  return found;
}

/** The series a meetup belongs to, when it has two editions or more. */
export function seriesOf(atlas: Atlas, meetup: Meetup): MeetupSeries | undefined {
  return meetup.series
    ? meetupSeries(atlas).get(SERIES_PREFIX + seriesSlug(meetup.series))
    : undefined;
}
