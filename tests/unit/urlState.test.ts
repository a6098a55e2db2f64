import { describe, expect, it } from 'vitest';
import { formatUrlState, parseUrlState, resolveDataUrl } from '../../src/model/urlState.ts';

describe('parseUrlState', () => {
  it('reads the example deep link', () => {
    const { state, notices } = parseUrlState('?view=split&network=iberocoop&focus=iberoconf-2014');
    expect(notices).toEqual([]);
    expect(state.view).toBe('split');
    expect(state.network).toEqual(['iberocoop']);
    expect(state.focus).toBe('iberoconf-2014');
  });

  it.each([
    ['?view=globe', 'view', 'globe', 'url-invalid-value'],
    ['?from=20x4', 'from', '20x4', 'url-invalid-value'],
    ['?colour=red', 'colour', 'red', 'url-unknown-param'],
    ['?focus=%3Cscript%3E', 'focus', '<script>', 'url-invalid-value'],
    ['?lang=not a language', 'lang', 'not a language', 'url-invalid-value'],
  ])('%s is ignored with a notice', (search, param, value, reason) => {
    const { state, notices } = parseUrlState(search);
    expect(notices).toEqual([{ param, value, reason }]);
    expect(state.view).toBeNull();
    expect(state.focus).toBeNull();
  });

  it('accepts repeated and comma-separated lists without duplicates', () => {
    const { state } = parseUrlState('?network=iberocoop,wikimedia-cee&network=iberocoop');
    expect(state.network).toEqual(['iberocoop', 'wikimedia-cee']);
  });

  it('round-trips through formatUrlState in a fixed order', () => {
    const search =
      '?view=graph&focus=wikimedia-argentina&kind=chapter&from=2010&to=2015&q=espa%C3%B1a&lang=es';
    const { state } = parseUrlState(search);
    expect(formatUrlState(state)).toBe(search);
    expect(formatUrlState(parseUrlState('?lang=es&view=graph').state)).toBe('?view=graph&lang=es');
  });
});

describe('resolveDataUrl', () => {
  const page = 'https://atlas.example.org/app/?data=x';
  it.each([
    ['data/chapter.json', 'https://atlas.example.org/app/data/chapter.json'],
    ['/other/file.json', 'https://atlas.example.org/other/file.json'],
  ])('accepts same-origin %s', (value, expected) => {
    expect(resolveDataUrl(value, page)?.href).toBe(expected);
  });
  it.each([
    'https://evil.example.com/data.json',
    'javascript:alert(1)',
    'data:application/json,{}',
    '//evil.example.com/x.json',
  ])('refuses %s', (value) => {
    expect(resolveDataUrl(value, page)).toBeNull();
  });
});
