import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../src/model/atlas.ts';
import { applyFilters, NO_FILTERS, type Filters } from '../../src/model/filters.ts';
import { buildSearchIndex, groupHits, normalize, search } from '../../src/model/search.ts';
import { countriesWithRegion, regionOf } from '../../src/model/regions.ts';
import { meetupSeries } from '../../src/model/series.ts';
import { coverageOf, thinFacts } from '../../src/model/coverage.ts';
import { isKnownSelection } from '../../src/model/selection.ts';
import { relatedIds } from '../../src/model/highlight.ts';
import type { Dataset } from '../../src/model/schema.ts';
import { org, smallDataset } from './helpers/smallDataset.ts';

const dataset = smallDataset;
const atlas = buildAtlas(dataset);
const f = (over: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...over });
const orgIds = (over: Partial<Filters>) =>
  applyFilters(atlas, f(over)).organizations.map((o) => o.id);

describe('applyFilters', () => {
  it('shows everything without filters', () => {
    const r = applyFilters(atlas, NO_FILTERS);
    expect(r.organizations).toHaveLength(5);
    expect(r.visibleIds.has('iberoconf-2014')).toBe(true);
    expect(r.visibleIds.has('language:uk')).toBe(true);
  });

  it.each<[string, Partial<Filters>, string[]]>([
    ['network', { network: ['iberocoop'] }, ['wikimedia-argentina', 'wikimedia-espana']],
    ['kind', { kind: ['user_group'] }, ['wikimedia-tn-user-group']],
    ['status', { status: ['former'] }, ['wikimedia-venezuela-old']],
    ['language', { language: ['fr'] }, ['wikimedia-tn-user-group']],
    ['program', { program: ['education'] }, ['wikimedia-argentina']],
    ['country', { country: ['ES', 'UA'] }, ['wikimedia-espana', 'wikimedia-ukraine']],
    ['region', { region: ['africa'] }, ['wikimedia-tn-user-group']],
    ['year range (existed by 2008)', { to: 2008 }, ['wikimedia-argentina']],
    [
      'year range (still there in 2018)',
      { from: 2018 },
      ['wikimedia-argentina', 'wikimedia-espana', 'wikimedia-tn-user-group', 'wikimedia-ukraine'],
    ],
    [
      'sourced only',
      { sourcedOnly: true },
      ['wikimedia-argentina', 'wikimedia-espana', 'wikimedia-tn-user-group', 'wikimedia-ukraine'],
    ],
    ['two facets AND', { network: ['iberocoop'], country: ['ES'] }, ['wikimedia-espana']],
  ])('%s', (_name, over, expected) => {
    expect(orgIds(over)).toEqual(expected);
  });

  it('keeps a network filter to its networks and meetups', () => {
    const r = applyFilters(atlas, f({ network: ['iberocoop'] }));
    expect(r.visibleIds.has('iberocoop')).toBe(true);
    expect(r.visibleIds.has('wikimedia-cee')).toBe(false);
    // Its own meetup, and one where a member took part; not the CEE Meeting.
    expect(r.meetups.map((m) => m.id)).toEqual(['iberoconf-2014', 'wikimania-2021']);
  });

  it('counts each facet with the other facets applied, not itself', () => {
    const r = applyFilters(atlas, f({ network: ['iberocoop'] }));
    // Network counts ignore the network facet itself...
    expect(r.counts.get('network')?.get('wikimedia-cee')).toBe(1);
    // ...while other facets count only what the network filter leaves.
    expect(r.counts.get('country')?.get('AR')).toBe(1);
    expect(r.counts.get('country')?.get('UA')).toBeUndefined();
  });

  it('asks "recognized in" of the recognition date, "active in" of the whole life', () => {
    // Argentina (2007) was active in 2014 but not recognized then.
    expect(orgIds({ from: 2014, to: 2014 })).toContain('wikimedia-argentina');
    expect(orgIds({ from: 2014, to: 2014, years: 'recognized' })).toEqual([
      'wikimedia-tn-user-group',
    ]);
    expect(orgIds({ from: 2011, years: 'recognized' })).toEqual([
      'wikimedia-espana',
      'wikimedia-tn-user-group',
      'wikimedia-ukraine',
      'wikimedia-venezuela-old',
    ]);
  });

  it('counts the records of unknown date, and shows them only when asked', () => {
    const undatedAtlas = buildAtlas({
      ...dataset,
      organizations: [...dataset.organizations, org('wikimedia-undated', 'Undated')],
      meetups: [...dataset.meetups, { ...dataset.meetups[1]!, id: 'someday', start: undefined }],
    } as Dataset);
    const range = f({ from: 2010 });
    const hidden = applyFilters(undatedAtlas, range);
    expect(hidden.undated).toEqual({ organizations: 1, meetups: 1 });
    expect(hidden.organizations.map((o) => o.id)).not.toContain('wikimedia-undated');
    expect(hidden.meetups.map((m) => m.id)).not.toContain('someday');
    const shown = applyFilters(undatedAtlas, { ...range, undated: true });
    expect(shown.undated).toEqual({ organizations: 1, meetups: 1 });
    expect(shown.organizations.map((o) => o.id)).toContain('wikimedia-undated');
    expect(shown.meetups.map((m) => m.id)).toContain('someday');
    // Without a range nothing is left out, and nothing is counted as undated.
    expect(applyFilters(undatedAtlas, NO_FILTERS).undated).toEqual({
      organizations: 0,
      meetups: 0,
    });
  });

  it('filters meetups by year', () => {
    expect(applyFilters(atlas, f({ from: 2015 })).meetups.map((m) => m.id)).toEqual([
      'wikiarabia-2015',
      'wikimania-2021',
      'wikimedia-cee-meeting-2022',
    ]);
  });
});

describe('search', () => {
  const index = buildSearchIndex(atlas);
  it.each([
    ['espana', 'wikimedia-espana'],
    ['ESPAÑA', 'wikimedia-espana'],
    ['tunisie', 'wikimedia-tn-user-group'],
    ['buenos aires', 'iberoconf-2014'],
    ['iberoconf', 'iberoconf-2014'],
    ['educ', 'education'],
  ])('%s finds %s', (q, id) => {
    expect(search(index, q)[0]?.id).toBe(id);
  });

  it('says which local name matched', () => {
    expect(search(index, 'tunisie')[0]?.matched).toBe('Wikimedia Tunisie');
  });

  it('needs every word, and groups by kind in a fixed order', () => {
    expect(search(index, 'wikimedia zzz')).toEqual([]);
    const groups = groupHits(search(index, 'iber'));
    expect(groups.map((g) => g.kind)).toEqual(['network', 'meetup']);
  });

  it('lists every match: each group cut at the limit says how many more, unless opened', () => {
    const hits = search(index, 'wikimedia', Infinity);
    const orgs = hits.filter((h) => h.kind === 'organization').length;
    expect(orgs).toBe(5);
    const cut = groupHits(hits, 2);
    expect(cut.find((g) => g.kind === 'organization')).toMatchObject({ more: orgs - 2 });
    expect(cut.find((g) => g.kind === 'organization')?.hits).toHaveLength(2);
    const opened = groupHits(hits, 2, new Set(['organization']));
    expect(opened.find((g) => g.kind === 'organization')).toMatchObject({ more: 0 });
    expect(opened.find((g) => g.kind === 'organization')?.hits).toHaveLength(orgs);
  });

  it('finds a meetup series with two editions or more as an entry of its own', () => {
    const twice = buildAtlas({
      ...dataset,
      meetups: [
        ...dataset.meetups,
        { ...dataset.meetups[0]!, id: 'iberoconf-2015', name: 'Iberoconf 2015', start: '2015' },
      ],
    });
    const hits = search(buildSearchIndex(twice), 'iberoconf');
    expect(hits[0]).toMatchObject({ id: 'series:iberoconf', kind: 'series', name: 'Iberoconf' });
    expect(groupHits(hits).map((g) => g.kind)).toEqual(['series', 'meetup']);
    expect(
      meetupSeries(twice)
        .get('series:iberoconf')
        ?.meetups.map((m) => m.id),
    ).toEqual(['iberoconf-2014', 'iberoconf-2015']);
    expect(isKnownSelection(twice, 'series:iberoconf')).toBe(true);
    expect(isKnownSelection(atlas, 'series:iberoconf')).toBe(false);
    expect([...relatedIds(twice, 'series:iberoconf')]).toEqual([
      'iberoconf-2014',
      'iberoconf-2015',
    ]);
  });

  it('normalizes accents, case and punctuation', () => {
    expect(normalize('  Wikimédia  FRANCE—Paris ')).toBe('wikimedia france paris');
  });
});

describe('regions', () => {
  it('places the countries of the movement', () => {
    expect(regionOf('AR')).toBe('latin-america');
    expect(regionOf('TN')).toBe('africa');
    expect(regionOf('NZ')).toBe('oceania');
    expect(regionOf('XK')).toBe('europe');
    expect(regionOf('ZZ')).toBeUndefined();
  });
  it('covers the ISO 3166-1 list (the table throws at load on a duplicate)', () => {
    expect(countriesWithRegion().length).toBeGreaterThanOrEqual(249);
  });
});

describe('coverage', () => {
  it('says which facts are recorded for fewer than all, most missing first', () => {
    const orgs = dataset.organizations;
    const c = coverageOf(orgs);
    expect(c).toEqual({ total: 5, programs: 1, recognized: 5, place: 0 });
    expect(thinFacts(c)).toEqual([
      { fact: 'place', count: 0 },
      { fact: 'programs', count: 1 },
    ]);
  });
});
