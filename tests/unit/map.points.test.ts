import { describe, expect, it } from 'vitest';
import { buildPoints, countOrganizationPoints, preparePoints } from '../../src/map/points.ts';
import { nextTask } from '../../src/state/tasks.ts';
import { countryNetworks, networkStyles, prepareCountryNetworks } from '../../src/map/networks.ts';
import { buildAtlas } from '../../src/model/atlas.ts';
import { synthesizeDataset } from '../../src/model/synthetic.ts';
import { atlas } from './map.fixture.ts';

const ALL = { organizations: true, networks: true, meetups: true, former: false };

describe('buildPoints', () => {
  it('places located records only, former organizations only with their layer', () => {
    const ids = buildPoints(atlas, ALL, null).map((p) => p.id);
    expect(ids).toEqual(['wm-ar', 'wm-nz', 'wm-fj', 'wm-ws', 'summit']);
    expect(buildPoints(atlas, { ...ALL, former: true }, null).map((p) => p.id)).toContain('wm-old');
  });

  it('orders chapters first, meetups last, then by id (same data, same drawing order)', () => {
    const kinds = buildPoints(atlas, ALL, null).map((p) => p.kind);
    expect(kinds).toEqual(['chapter', 'chapter', 'user_group', 'user_group', 'meetup']);
  });

  it('marks country-only locations as approximate and gives meetups their year', () => {
    const points = new Map(buildPoints(atlas, ALL, null).map((p) => [p.id, p]));
    expect(points.get('wm-fj')?.approximate).toBe(true);
    expect(points.get('wm-ar')?.approximate).toBe(false);
    expect(points.get('summit')?.year).toBe(2019);
  });

  it('honours layers and the filter', () => {
    expect(buildPoints(atlas, { ...ALL, organizations: false }, null).map((p) => p.id)).toEqual([
      'summit',
    ]);
    expect(
      buildPoints(atlas, { ...ALL, meetups: false }, new Set(['wm-nz', 'summit'])).map((p) => p.id),
    ).toEqual(['wm-nz']);
    expect(countOrganizationPoints(buildPoints(atlas, ALL, new Set()))).toBe(0);
  });
});

describe('preparePoints', () => {
  it('makes ahead, in slices, the very points buildPoints then picks from', async () => {
    const fresh = { ...atlas };
    await preparePoints(fresh, 'en', nextTask);
    const first = buildPoints(fresh, ALL, null);
    expect(first.map((p) => p.id)).toEqual(buildPoints(atlas, ALL, null).map((p) => p.id));
    // The same objects: made once, then picked.
    expect(buildPoints(fresh, { ...ALL, meetups: false }, null)[0]).toBe(first[0]);
  });

  it('counts organizations whatever the layers: meetups come last', () => {
    for (const layers of [ALL, { ...ALL, meetups: false }, { ...ALL, organizations: false }]) {
      const points = buildPoints(atlas, layers, null);
      expect(countOrganizationPoints(points)).toBe(
        points.filter((p) => p.kind !== 'meetup').length,
      );
    }
  });
});

describe('countryNetworks', () => {
  it('lists every network with a member in a country, inferred members included', () => {
    const byCountry = countryNetworks(atlas, null, false);
    expect(byCountry.get('NZ')).toEqual(['pacific', 'south']);
    expect(byCountry.get('WS')).toEqual(['pacific']);
    expect(byCountry.get('AR')).toEqual(['south']);
  });

  it('leaves out former members unless shown, and hidden networks or members', () => {
    expect(countryNetworks(atlas, null, false).has('ES')).toBe(false);
    expect(countryNetworks(atlas, null, true).get('ES')).toEqual(['south']);
    const visible = new Set(['pacific', 'wm-nz']);
    expect([...countryNetworks(atlas, visible, true)]).toEqual([['NZ', ['pacific']]]);
  });

  it('prepared ahead a slice at a time, gives what computing it at once gives, then shares it', async () => {
    const dataset = synthesizeDataset(3_000, 7);
    for (const former of [false, true]) {
      const ahead = buildAtlas(dataset);
      let pauses = 0;
      await prepareCountryNetworks(ahead, former, async () => void pauses++, 0);
      expect(pauses).toBeGreaterThan(2);
      const prepared = countryNetworks(ahead, null, former);
      expect([...prepared]).toEqual([...countryNetworks(buildAtlas(dataset), null, former)]);
      expect(countryNetworks(ahead, null, former)).toBe(prepared);
      // With filters it is computed anew, and the same without hidden records.
      const all = new Set(ahead.byId.keys());
      expect([...countryNetworks(ahead, all, former)]).toEqual([...prepared]);
    }
  });

  it('gives each network its own colour', () => {
    const colours = networkStyles(atlas).map((n) => n.colour);
    expect(new Set(colours).size).toBe(colours.length);
  });
});
