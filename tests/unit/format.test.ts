/** Dates, years, numbers and lists in the UI language (src/i18n/format.ts), across locales. */
import { describe, expect, it } from 'vitest';
import {
  formatDateRange,
  formatList,
  formatNumber,
  formatPartialDate,
  formatYear,
  parsePartialDate,
  readyIntl,
} from '../../src/i18n/format.ts';

/** ICU puts thin and no-break spaces around range dashes and in numbers; compare plain spaces. */
const plain = (s: string) => s.replace(/[\u2009\u202f\u00a0]/g, ' ');

describe('parsePartialDate', () => {
  it.each([
    ['2017', 'year', '2017-01-01'],
    ['2017-10', 'month', '2017-10-01'],
    ['2017-10-21', 'day', '2017-10-21'],
    ['0099', 'year', '0099-01-01'],
  ])('%s is a %s', (date, precision, iso) => {
    const p = parsePartialDate(date);
    expect(p?.precision).toBe(precision);
    expect(p?.value.toISOString().slice(0, 10)).toBe(iso);
  });
  it.each(['', '17', '2017-1', '2017-13', '2017-02-30', '2017-10-21T00:00', 'soon'])(
    'refuses %j',
    (date) => expect(parsePartialDate(date)).toBeNull(),
  );
});

describe('formatPartialDate', () => {
  it.each([
    ['en', '2017', '2017'],
    ['en', '2017-10', 'October 2017'],
    ['en', '2017-10-05', 'October 5, 2017'],
    ['es', '2017-10', 'octubre de 2017'],
    ['es', '2017-10-05', '5 de octubre de 2017'],
    ['fr', '2017-10-05', '5 octobre 2017'],
    ['pt-br', '2017-10', 'outubro de 2017'],
    ['de', '2017-10-05', '5. Oktober 2017'],
    ['uk', '2017-10', 'жовтень 2017 р.'],
    ['uk', '2017-10-05', '5 жовтня 2017 р.'],
    ['id', '2017-10-05', '5 Oktober 2017'],
    ['ar', '2017-10', 'أكتوبر 2017'],
  ])('%s %s → %s', (locale, date, expected) => {
    expect(plain(formatPartialDate(locale, date))).toBe(expected);
  });
  it('has a short style for table cells', () => {
    expect(formatPartialDate('es', '2014-11-21', 'short')).toBe('21 nov 2014');
    expect(formatPartialDate('de', '2014-11', 'short')).toBe('Nov. 2014');
  });
  it('returns text that is not a date as it is', () => {
    expect(formatPartialDate('de', 'circa 2010')).toBe('circa 2010');
  });
});

describe('formatDateRange', () => {
  it.each([
    ['es', '2014-11-21', '2014-11-23', '21–23 de noviembre de 2014'],
    ['en', '2014-11-21', '2014-11-23', 'November 21 – 23, 2014'],
    ['fr', '2014-11-21', '2014-11-23', '21–23 novembre 2014'],
    ['pt-br', '2014-11-21', '2014-11-23', '21 – 23 de novembro de 2014'],
    ['de', '2014-11-21', '2014-11-23', '21.–23. November 2014'],
    ['uk', '2014-11-21', '2014-11-23', '21–23 листопада 2014 р.'],
    ['id', '2014-11-21', '2014-11-23', '21–23 November 2014'],
    ['ar', '2014-11-21', '2014-11-23', '21–23 نوفمبر 2014'],
    ['es', '2014-11-28', '2014-12-02', '28 de noviembre – 2 de diciembre de 2014'],
    ['de', '2017-10', '2017-12', 'Oktober–Dezember 2017'],
    ['es', '2016', '2018', '2016–2018'],
  ])('%s %s..%s → %s', (locale, start, end, expected) => {
    expect(plain(formatDateRange(locale, start, end))).toBe(expected);
  });
  it('gives one date when both ends are the same', () => {
    expect(formatDateRange('es', '2014-11-21', '2014-11-21')).toBe('21 de noviembre de 2014');
  });
  it('joins ends of different precision, or in the wrong order, with the given message', () => {
    const join = (a: string, b: string) => `${a} / ${b}`;
    expect(formatDateRange('de', '2014', '2014-11-23', 'long', join)).toBe(
      '2014 / 23. November 2014',
    );
    expect(formatDateRange('de', '2014-11-23', '2014-11-21', 'long', join)).toBe(
      '23. November 2014 / 21. November 2014',
    );
    expect(formatDateRange('en', 'spring', '2014', 'long', join)).toBe('spring / 2014');
  });
  it('has a short style for table cells', () => {
    expect(plain(formatDateRange('es', '2014-11-21', '2014-11-23', 'short'))).toBe(
      '21–23 nov 2014',
    );
  });
});

describe('numbers and years', () => {
  it.each([
    ['en', '12,345', '2017'],
    ['es', '12.345', '2017'],
    ['de', '12.345', '2017'],
    ['pt-br', '12.345', '2017'],
    ['fr', '12 345', '2017'],
    ['uk', '12 345', '2017'],
    ['id', '12.345', '2017'],
  ])('%s: 12345 → %s, the year 2017 → %s (never grouped)', (locale, number, year) => {
    expect(plain(formatNumber(locale, 12345))).toBe(number);
    expect(formatYear(locale, 2017)).toBe(year);
  });
  it('writes years in the digits of the locale', () => {
    expect(formatYear('ar-EG', 2017)).toBe('٢٠١٧');
  });
});

describe('formatList', () => {
  const names = ['Argentina', 'Chile', 'Uruguay'];
  it.each([
    ['en', 'Argentina, Chile, and Uruguay'],
    ['es', 'Argentina, Chile y Uruguay'],
    ['fr', 'Argentina, Chile et Uruguay'],
    ['pt-br', 'Argentina, Chile e Uruguay'],
    ['de', 'Argentina, Chile und Uruguay'],
    ['uk', 'Argentina, Chile і Uruguay'],
    ['id', 'Argentina, Chile, dan Uruguay'],
  ])('%s joins three names as %j', (locale, expected) => {
    expect(formatList(locale, names)).toBe(expected);
  });
  it('leaves one name alone and joins two without a comma', () => {
    expect(formatList('es', ['Chile'])).toBe('Chile');
    expect(formatList('de', ['Chile', 'Peru'])).toBe('Chile und Peru');
  });
  it('only separates with the unit type', () => {
    expect(formatList('es', names, 'unit', 'short')).toBe('Argentina, Chile, Uruguay');
  });
});

describe('readyIntl', () => {
  it('readies formatting in five pieces, a task apart', async () => {
    let pauses = 0;
    await readyIntl('ar', async () => {
      pauses++;
    });
    expect(pauses).toBe(4);
    expect(formatNumber('ar', 12345)).toBe(new Intl.NumberFormat('ar').format(12345));
    expect(formatYear('ar', 2017)).toBe(
      new Intl.NumberFormat('ar', { useGrouping: false }).format(2017),
    );
  });
});
