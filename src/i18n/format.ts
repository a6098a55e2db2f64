/**
 * Dates, years, numbers and lists in the UI language: pure functions of (locale, value) over
 * `Intl`, so "2014-11-21"–"2014-11-23" reads "21–23 de noviembre de 2014" in Spanish and
 * "21.–23. November 2014" in German. The dataset's dates are partial ISO dates (`2017`,
 * `2017-10`, `2017-10-21`): each is shown with the precision it has, never with an invented
 * day or month. Formatters are cached per (locale, options); they never change once made.
 */

export type DatePrecision = 'year' | 'month' | 'day';

/** `long`: "21 de noviembre de 2014" (details); `short`: "21 nov 2014" (table cells). */
export type DateStyle = 'long' | 'short';

export interface PartialDate {
  /** Midnight UTC of the first day the date can mean. */
  value: Date;
  precision: DatePrecision;
}

/** Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null for anything else (or an impossible day). */
export function parsePartialDate(date: string): PartialDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
  const value = new Date(Date.UTC(y, mo - 1, d));
  // Date.UTC treats years 0-99 as 1900-1999; set the year again.
  value.setUTCFullYear(y);
  if (value.getUTCMonth() !== mo - 1 || value.getUTCDate() !== d) return null;
  return { value, precision: m[3] ? 'day' : m[2] ? 'month' : 'year' };
}

const DATE_OPTIONS: Record<DateStyle, Record<DatePrecision, Intl.DateTimeFormatOptions>> = {
  long: {
    year: { year: 'numeric' },
    month: { year: 'numeric', month: 'long' },
    day: { year: 'numeric', month: 'long', day: 'numeric' },
  },
  short: {
    year: { year: 'numeric' },
    month: { year: 'numeric', month: 'short' },
    day: { year: 'numeric', month: 'short', day: 'numeric' },
  },
};

// Plain caches (this is not a .svelte.ts module): a formatter never changes once made.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, style: DateStyle, precision: DatePrecision) {
  const key = `${locale}|${style}|${precision}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...DATE_OPTIONS[style][precision], timeZone: 'UTC' });
    dateFormats.set(key, f);
  }
  return f;
}

/** A partial ISO date in the UI language; text that is not one is returned as it is. */
export function formatPartialDate(locale: string, date: string, style: DateStyle = 'long'): string {
  const p = parsePartialDate(date);
  return p ? dateFormat(locale, style, p.precision).format(p.value) : date;
}

/**
 * A span of two partial dates. With the same precision Intl writes the range itself and leaves
 * out what the ends share ("21–23 de noviembre de 2014", "octubre–diciembre de 2017"); equal
 * ends give one date. Mixed precisions, an end before the start, or text that is not a date go
 * through `join` (the UI's `details-date-range` message), each end formatted on its own.
 */
export function formatDateRange(
  locale: string,
  start: string,
  end: string,
  style: DateStyle = 'long',
  join: (start: string, end: string) => string = (a, b) => `${a} – ${b}`,
): string {
  const a = parsePartialDate(start);
  const b = parsePartialDate(end);
  if (a && b && a.precision === b.precision && a.value <= b.value) {
    const f = dateFormat(locale, style, a.precision);
    return a.value.getTime() === b.value.getTime()
      ? f.format(a.value)
      : f.formatRange(a.value, b.value);
  }
  return join(formatPartialDate(locale, start, style), formatPartialDate(locale, end, style));
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, grouping: boolean): Intl.NumberFormat {
  const key = `${locale}|${grouping}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { useGrouping: grouping });
    numberFormats.set(key, f);
  }
  return f;
}

/**
 * Readies the browser's formatting for a locale before its first use, in pieces with `between`
 * (the next task) between them. The first number formatted costs Chromium about 60 ms in one
 * piece (it loads the locale's data); a collator first, then the locale's likely subtags, then
 * the number format take 10-30 ms each; the year format (another number format) a few more; the
 * first list format (the map's place labels) and region names (the filter panel) 2-6 ms.
 */
export async function readyIntl(locale: string, between: () => Promise<void>): Promise<void> {
  new Intl.Collator(locale).compare('a', 'b');
  await between();
  new Intl.Locale(locale).maximize();
  await between();
  formatNumber(locale, 0);
  await between();
  formatYear(locale, 2000);
  await between();
  new Intl.ListFormat(locale, { style: 'narrow', type: 'unit' }).format(['a', 'b']);
  new Intl.DisplayNames([locale, 'en'], { type: 'region' }).of('AR');
}

/** A count or measure in the UI language: "12.345" in German, "12 345" in Ukrainian. */
export function formatNumber(locale: string, n: number): string {
  return numberFormat(locale, true).format(n);
}

/**
 * A year as a bare number in the UI language's digits, never grouped ("2017", not "2.017"):
 * for the timeline axis and year ranges, where "2017 р." (Ukrainian for a date) would crowd.
 */
export function formatYear(locale: string, year: number): string {
  return numberFormat(locale, false).format(year);
}

export type ListType = 'conjunction' | 'disjunction' | 'unit';

const listFormats = new Map<string, Intl.ListFormat>();
/**
 * Names joined as the UI language joins them: "Argentina, Chile y Uruguay",
 * "Argentina, Chile und Uruguay". `unit` only separates ("Argentina, Chile, Uruguay").
 */
export function formatList(
  locale: string,
  items: readonly string[],
  type: ListType = 'conjunction',
  style: Intl.ListFormatStyle = 'long',
): string {
  const key = `${locale}|${type}|${style}`;
  let f = listFormats.get(key);
  if (!f) {
    f = new Intl.ListFormat(locale, { type, style });
    listFormats.set(key, f);
  }
  return f.format(items);
}
