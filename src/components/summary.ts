/**
 * The toolbar's summary line, in words: how many organizations and meetups are shown, what a
 * year range means for them (active in / recognized in, held in), the records of unknown date,
 * and how many of those counted the map cannot place. Pure: takes the translator.
 */
import type { FilterResult, Filters } from '../model/filters.ts';
import type { MapLayers } from '../model/snapshot.ts';

type Translate = (key: string, ...params: (string | number)[]) => string;

/** A year range in words ("2019–2026", "2019 or later"); null when none is set. */
export function yearRangeText(
  t: Translate,
  year: (y: number) => string,
  from: number | null,
  to: number | null,
): string | null {
  if (from !== null && to !== null)
    return from === to ? year(from) : t('app-years-between', year(from), year(to));
  if (from !== null) return t('app-years-since', year(from));
  if (to !== null) return t('app-years-until', year(to));
  return null;
}

/** How many of the records counted the map does not show (no place, or a layer off). */
export function offMapCount(result: FilterResult, layers: MapLayers): number {
  let n = 0;
  for (const o of result.organizations)
    if (!layers.organizations || !o.location || (o.status === 'former' && !layers.former)) n++;
  for (const m of result.meetups) if (!layers.meetups || !m.location) n++;
  return n;
}

/** The parts of the summary, to be joined with " · ". */
export function summaryParts(
  t: Translate,
  year: (y: number) => string,
  filters: Filters,
  result: FilterResult,
  offMap: number | null,
): string[] {
  const parts = [t('app-summary', result.organizations.length, result.meetups.length)];
  const range = yearRangeText(t, year, filters.from, filters.to);
  if (range) {
    parts.push(t(`app-summary-years-${filters.years}`, range));
    const undated = result.undated.organizations + result.undated.meetups;
    if (undated > 0)
      parts.push(t(`app-summary-undated-${filters.undated ? 'shown' : 'hidden'}`, undated));
  }
  if (offMap) parts.push(t('app-summary-off-map', offMap));
  return parts;
}
