import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SNAPSHOT } from '../../src/model/snapshot.ts';
import { formatUrl, parseUrl, resolveDataUrl } from '../../src/model/urlState.ts';
import { snapshotArbitrary } from './helpers/snapshots.ts';

describe('parseUrl', () => {
  it('reads the example deep link', () => {
    const { snapshot, notices } = parseUrl('?view=split&network=iberocoop&focus=iberoconf-2014');
    expect(notices).toEqual([]);
    expect(snapshot.view).toBe('split');
    expect(snapshot.filters.network).toEqual(['iberocoop']);
    expect(snapshot.focus).toBe('iberoconf-2014');
  });

  it('gives the default snapshot for an empty URL', () => {
    expect(parseUrl('')).toEqual({ snapshot: DEFAULT_SNAPSHOT, data: null, notices: [] });
  });

  it.each([
    ['?view=globe', 'view', 'globe', 'url-invalid-value'],
    ['?from=20x4', 'from', '20x4', 'url-invalid-value'],
    ['?colour=red', 'colour', 'red', 'url-unknown-param'],
    ['?focus=%3Cscript%3E', 'focus', '<script>', 'url-invalid-value'],
    ['?lang=not a language', 'lang', 'not a language', 'url-invalid-value'],
    ['?graph=hairball', 'graph', 'hairball', 'url-invalid-value'],
    ['?edges=member-of,friendship', 'edges', 'friendship', 'url-invalid-value'],
    ['?layers=tiles', 'layers', 'tiles', 'url-invalid-value'],
    ['?sourced=maybe', 'sourced', 'maybe', 'url-invalid-value'],
    ['?years=founded', 'years', 'founded', 'url-invalid-value'],
    ['?undated=perhaps', 'undated', 'perhaps', 'url-invalid-value'],
  ])('%s is ignored with a notice', (search, param, value, reason) => {
    const { snapshot, notices } = parseUrl(search);
    expect(notices).toEqual([{ param, value, reason }]);
    expect(snapshot.view).toBe('split');
    expect(snapshot.focus).toBeNull();
  });

  it('accepts repeated and comma-separated lists without duplicates', () => {
    const { snapshot } = parseUrl('?network=iberocoop,wikimedia-cee&network=iberocoop');
    expect(snapshot.filters.network).toEqual(['iberocoop', 'wikimedia-cee']);
  });

  it('reads layers, graph mode and edge kinds under their public names', () => {
    const { snapshot, notices } = parseUrl(
      '?graph=organizations&edges=speaks,member-of&layers=organizations,former',
    );
    expect(notices).toEqual([]);
    expect(snapshot.graphMode).toBe('projection');
    expect(snapshot.edgeKinds).toEqual(['member-of', 'speaks']);
    expect(snapshot.layers).toEqual({
      organizations: true,
      networks: false,
      meetups: false,
      former: true,
    });
    expect(parseUrl('?layers=none&edges=none').snapshot).toMatchObject({
      edgeKinds: [],
      layers: { organizations: false, networks: false, meetups: false, former: false },
    });
  });

  it('keeps the data parameter apart from the snapshot', () => {
    expect(parseUrl('?data=./mine.json&view=map').data).toBe('./mine.json');
  });

  it('leaves presenter and embed parameters to their entry points, without notices', () => {
    expect(parseUrl('?embed=1&tour=x&step=3&timeline=1').notices).toEqual([]);
  });
});

describe('formatUrl', () => {
  it('writes parameters in a fixed order, without defaults', () => {
    const search =
      '?view=graph&focus=wikimedia-argentina&kind=chapter&from=2010&to=2015&q=espa%C3%B1a&lang=es';
    expect(formatUrl(parseUrl(search).snapshot)).toBe(search);
    expect(formatUrl(parseUrl('?lang=es&view=graph').snapshot)).toBe('?view=graph&lang=es');
    expect(formatUrl(DEFAULT_SNAPSHOT)).toBe('');
    expect(formatUrl(DEFAULT_SNAPSHOT, './mine.json')).toBe('?data=.%2Fmine.json');
  });
});

describe('snapshot -> URL -> snapshot', () => {
  it('is the identity for 1,000 generated snapshots', () => {
    fc.assert(
      fc.property(snapshotArbitrary, (snapshot) => {
        const { snapshot: back, notices } = parseUrl(formatUrl(snapshot));
        expect(notices).toEqual([]);
        expect(back).toEqual(snapshot);
      }),
      { numRuns: 1000 },
    );
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
