/** A small dataset for the map's unit tests: a few organizations, two networks, two meetups. */
import { buildAtlas, type Atlas } from '../../src/model/atlas.ts';
import type { Dataset, Organization } from '../../src/model/schema.ts';

function org(id: string, extra: Partial<Organization>): Organization {
  return {
    id,
    name: id,
    kind: 'user_group',
    status: 'active',
    countries: [],
    languages: [],
    programs: [],
    sources: ['s'],
    ...extra,
  };
}

export const dataset: Dataset = {
  organizations: [
    org('wm-ar', {
      kind: 'chapter',
      countries: ['AR'],
      location: { city: 'Buenos Aires', lat: -34.6, lon: -58.38, precision: 'city' },
    }),
    org('wm-nz', {
      kind: 'chapter',
      countries: ['NZ'],
      location: { city: 'Wellington', lat: -41.29, lon: 174.78, precision: 'city' },
    }),
    org('wm-fj', {
      countries: ['FJ'],
      location: { country: 'FJ', lat: -17.7, lon: 178.1, precision: 'country' },
    }),
    org('wm-ws', {
      countries: ['WS'],
      location: { city: 'Apia', lat: -13.83, lon: -171.76, precision: 'city' },
    }),
    org('wm-old', {
      status: 'former',
      countries: ['ES'],
      location: { city: 'Madrid', lat: 40.4, lon: -3.7, precision: 'city' },
    }),
    org('global', { kind: 'thematic_org' }),
  ],
  networks: [
    {
      id: 'pacific',
      name: 'Pacific',
      kind: 'regional',
      languages: [],
      members: ['wm-nz', 'wm-fj'],
      inferredMembers: ['wm-ws'],
      sources: ['s'],
    },
    {
      id: 'south',
      name: 'South',
      kind: 'regional',
      languages: [],
      members: ['wm-ar', 'wm-nz', 'wm-old'],
      sources: ['s'],
    },
  ],
  meetups: [
    {
      id: 'summit',
      name: 'Summit 2019',
      series: 'Summit',
      start: '2019-03-29',
      format: 'in-person',
      location: { city: 'Auckland', country: 'NZ', lat: -36.85, lon: 174.76, precision: 'city' },
      organizers: ['wm-nz'],
      participants: ['wm-ar', 'wm-ws', 'global'],
      networks: ['pacific'],
      programs: [],
      sources: ['s'],
    },
    {
      id: 'online',
      name: 'Online 2021',
      series: 'Online',
      start: '2021',
      format: 'online',
      organizers: [],
      participants: [],
      networks: ['south'],
      programs: [],
      sources: ['s'],
    },
  ],
  programs: [],
  collaborations: [],
  sources: [{ id: 's', title: 'Source', url: 'https://example.org/' }],
};

export const atlas: Atlas = buildAtlas(dataset);
