/**
 * Time arithmetic for the timeline and the year inputs: the span of years the data covers,
 * partial ISO dates as fractional years, and what the strip draws (pure, no DOM).
 */
import type { Atlas } from '../../model/atlas.ts';
import type { Meetup, Organization } from '../../model/schema.ts';
import { stepsCache } from '../../model/steps.ts';

/**
 * What the timeline and the filter panel read of each atlas, computed once: ahead, a slice per
 * task, before they mount (`prepareYears`), or when first read. Each is a pass over every
 * organization: at 20,000 they were most of the mounts' work.
 */
interface AtlasYears {
  /** The earliest and latest year the data mentions. */
  min: number;
  max: number;
  /** Organizations by year of recognition (or foundation), all of them. */
  recognized: Map<number, number>;
  /** Dated meetups in timeline order, with their spans in fractional years. */
  meetups: readonly DatedMeetup[];
}

interface DatedMeetup {
  meetup: Meetup & { start: string };
  start: number;
  end: number;
}

const atlasYears = stepsCache(atlasYearSteps);

/** Computes what `yearBounds`, `meetupMarksOf` and `recognitionsShown` read, a slice per task. */
export function prepareYears(
  atlas: Atlas,
  between: () => Promise<void>,
  budgetMs?: number,
): Promise<void> {
  return atlasYears.ahead(atlas, between, budgetMs);
}

/** Organizations between two places where `prepareYears` may pause (it pauses by time). */
const SLICE = 1_000;

function* atlasYearSteps(atlas: Atlas): Generator<void, AtlasYears> {
  const found = { min: Infinity, max: -Infinity };
  const see = (date: string | undefined) => {
    if (!date) return;
    const y = Number(date.slice(0, 4));
    if (y < found.min) found.min = y;
    if (y > found.max) found.max = y;
  };
  const d = atlas.dataset;
  let done = 0;
  for (const o of d.organizations) {
    see(o.recognized);
    see(o.founded);
    see(o.ended);
    if (++done % SLICE === 0) yield;
  }
  for (const n of d.networks) see(n.founded);
  for (const m of d.meetups) {
    see(m.start);
    see(m.end);
  }
  yield;
  const recognized = recognitionsByYear(d.organizations);
  yield;
  return { ...found, recognized, meetups: datedMeetups(d.meetups) };
}

/** The first and last year the data mentions, widened to at least 2004..currentYear. */
export function yearBounds(atlas: Atlas, currentYear: number): { first: number; last: number } {
  const { min, max } = atlasYears.now(atlas);
  return { first: Math.min(2004, min), last: Math.max(currentYear, max) };
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A partial ISO date as a fractional year: its start, or its end with `end` (`2014-11` ends at 2014.99...). */
export function fractionalYear(date: string, end = false): number {
  const [y = 0, m, d] = date.split('-').map(Number);
  if (m === undefined) return end ? y + 1 : y;
  const monthStart = (m - 1) / 12;
  if (d === undefined) return y + (end ? m / 12 : monthStart);
  const days = DAYS[m - 1] ?? 30;
  return y + monthStart + (d - (end ? 0 : 1)) / days / 12;
}

export interface MeetupMark {
  id: string;
  name: string;
  format: Meetup['format'];
  status: NonNullable<Meetup['status']>;
  /** Fractional years. */
  start: number;
  end: number;
  /** Lane within its year, so that meetups of one year do not cover each other. */
  row: number;
}

/** One mark per dated meetup; `rows` lanes, reused year by year. Undated meetups are left out. */
export function meetupMarks(meetups: readonly Meetup[], rows: number): MeetupMark[] {
  return marksOf(datedMeetups(meetups), rows);
}

/** The same for an atlas's meetups, from what `prepareYears` computed. */
export function meetupMarksOf(atlas: Atlas, rows: number): MeetupMark[] {
  return marksOf(atlasYears.now(atlas).meetups, rows);
}

/** Dated meetups by start date, then id, with their spans in fractional years. */
function datedMeetups(meetups: readonly Meetup[]): DatedMeetup[] {
  const dated = meetups.filter((m): m is Meetup & { start: string } => !!m.start);
  dated.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
  return dated.map((meetup) => {
    const start = fractionalYear(meetup.start);
    // Without an end, a partial start is a point in time, not a whole month or year.
    const end = meetup.end ? fractionalYear(meetup.end, true) : start;
    return { meetup, start, end };
  });
}

function marksOf(dated: readonly DatedMeetup[], rows: number): MeetupMark[] {
  const perYear = new Map<string, number>();
  return dated.map(({ meetup: m, start, end }) => {
    const year = m.start.slice(0, 4);
    const n = perYear.get(year) ?? 0;
    perYear.set(year, n + 1);
    const status = m.status ?? 'held';
    return { id: m.id, name: m.name, format: m.format, status, start, end, row: n % rows };
  });
}

/**
 * Organizations by year of recognition among those the filters leave (`shown`, a part of the
 * atlas's in dataset order): all of them are the atlas's count, computed once.
 */
export function recognitionsShown(
  atlas: Atlas,
  shown: readonly Organization[],
): Map<number, number> {
  const all = recognitionsOf(atlas);
  return shown.length === atlas.dataset.organizations.length ? all : recognitionsByYear(shown);
}

/** Organizations by year of recognition among all of the atlas's. */
export function recognitionsOf(atlas: Atlas): Map<number, number> {
  return atlasYears.now(atlas).recognized;
}

/** Organizations by year of recognition (or foundation when recognition is unknown). */
export function recognitionsByYear(organizations: readonly Organization[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const o of organizations) {
    const date = o.recognized ?? o.founded;
    if (!date) continue;
    const y = Number(date.slice(0, 4));
    out.set(y, (out.get(y) ?? 0) + 1);
  }
  return out;
}

/** Keeps a year within bounds. */
export function clampYear(year: number, first: number, last: number): number {
  return Math.min(last, Math.max(first, Math.round(year)));
}

/** A linear map from years to pixels, and back: what the strip, the marks and the brush share. */
export interface YearScale {
  (year: number): number;
  invert(px: number): number;
}

/**
 * The linear map of `domain` onto `range` (reversed in RTL), computed as d3's `scaleLinear`
 * computes it, without its interpolators and number formats in the first load.
 */
export function yearScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): YearScale {
  // As d3's bimap: a decreasing domain is turned around, with its range.
  const map = (v: number, [a, b]: readonly [number, number], [c, d]: readonly [number, number]) => {
    if (b < a) [a, b, c, d] = [b, a, d, c];
    const t = (v - a) / (b - a);
    return c * (1 - t) + d * t;
  };
  const scale = (year: number) => map(year, [d0, d1], [r0, r1]);
  scale.invert = (px: number) => map(px, [r0, r1], [d0, d1]);
  return scale;
}
