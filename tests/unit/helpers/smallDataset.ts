/**
 * A small realistic dataset for component tests: five organizations on three continents (one
 * former, one sourced only by general knowledge), two networks, four meetups in the three
 * formats, one program.
 */
import { buildAtlas } from '../../../src/model/atlas.ts';
import type { Dataset, Meetup, Organization } from '../../../src/model/schema.ts';

export function org(id: string, name: string, extra: Partial<Organization> = {}): Organization {
  return {
    id,
    name,
    kind: 'chapter',
    status: 'active',
    countries: ['AR'],
    languages: ['es'],
    programs: [],
    sources: ['src'],
    ...extra,
  };
}

export function meetup(id: string, name: string, extra: Partial<Meetup> = {}): Meetup {
  return {
    id,
    name,
    series: name.replace(/ \d{4}$/, ''),
    format: 'in-person',
    organizers: [],
    participants: [],
    networks: [],
    programs: [],
    sources: ['src'],
    ...extra,
  };
}

export const smallDataset: Dataset = {
  organizations: [
    org('wikimedia-argentina', 'Wikimedia Argentina', {
      recognized: '2007-12-11',
      programs: ['education'],
    }),
    org('wikimedia-espana', 'Wikimedia España', { countries: ['ES'], recognized: '2011' }),
    org('wikimedia-tn-user-group', 'Wikimedia TN User Group', {
      kind: 'user_group',
      countries: ['TN'],
      languages: ['ar', 'fr'],
      names: { fr: 'Wikimedia Tunisie' },
      recognized: '2014',
    }),
    org('wikimedia-ukraine', 'Wikimedia Ukraine', {
      countries: ['UA'],
      languages: ['uk'],
      recognized: '2011',
    }),
    org('wikimedia-venezuela-old', 'Wikimedia Venezuela', {
      status: 'former',
      countries: ['VE'],
      recognized: '2011',
      ended: '2017',
      sources: ['general-knowledge'],
    }),
  ],
  networks: [
    {
      id: 'iberocoop',
      name: 'Iberocoop',
      kind: 'regional',
      founded: '2010',
      languages: ['es', 'pt'],
      members: ['wikimedia-argentina', 'wikimedia-espana'],
      sources: ['src'],
    },
    {
      id: 'wikimedia-cee',
      name: 'Wikimedia CEE',
      kind: 'regional',
      founded: '2012',
      languages: ['uk'],
      members: ['wikimedia-ukraine'],
      sources: ['src'],
    },
  ],
  meetups: [
    meetup('iberoconf-2014', 'Iberoconf 2014', {
      start: '2014-11',
      location: {
        city: 'Buenos Aires',
        country: 'AR',
        lat: -34.6,
        lon: -58.38,
        precision: 'city',
      },
      organizers: ['wikimedia-argentina'],
      participants: ['wikimedia-espana'],
      networks: ['iberocoop'],
    }),
    meetup('wikiarabia-2015', 'WikiArabia 2015', {
      start: '2015-04',
      organizers: ['wikimedia-tn-user-group'],
    }),
    meetup('wikimania-2021', 'Wikimania 2021', {
      start: '2021-08-13',
      end: '2021-08-17',
      format: 'online',
      participants: ['wikimedia-argentina', 'wikimedia-ukraine'],
    }),
    meetup('wikimedia-cee-meeting-2022', 'Wikimedia CEE Meeting 2022', {
      start: '2022-09-30',
      end: '2022-10-02',
      format: 'hybrid',
      location: { city: 'Tbilisi', country: 'GE', lat: 41.7, lon: 44.8, precision: 'city' },
      organizers: ['wikimedia-ukraine'],
      networks: ['wikimedia-cee'],
    }),
  ],
  programs: [{ id: 'education', name: 'Education' }],
  collaborations: [],
  sources: [
    { id: 'src', url: 'https://meta.wikimedia.org/', title: 'Meta' },
    { id: 'general-knowledge', title: 'General knowledge' },
  ],
};

export const smallAtlas = buildAtlas(smallDataset);
