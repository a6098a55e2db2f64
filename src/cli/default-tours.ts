/**
 * The tours of the built-in dataset, written into `data/wikimedia.json` by
 * `npm run import:reference` (so regenerating the dataset keeps them). Every fact in a caption is
 * one the dataset's records carry, with their sources: dates, places, hosts, participants,
 * attendance (approximate where the record marks it uncertain), members and languages. The
 * speaker notes say which record or source backs each step.
 *
 * `regional-meetups-2015` retells the Wikimania 2015 panel "Regional meetings: working towards
 * common goals" (Wikimedia Argentina, Wikimedia Tunisia and Wikimedia Ukraine on Iberocoop,
 * Iberoconf, WikiArabia and the CEE meetings), and follows regional meetups up to today.
 */
import type { Tour } from '../model/schema.ts';

export const TOURS: Tour[] = [
  {
    id: 'regional-meetups-2015',
    title: 'Regional meet-ups: working towards common goals',
    language: 'en',
    steps: [
      {
        title: 'Wikimania 2015, Mexico City',
        body: [
          'From 15 to 19 July 2015, about 800 people met at [[wikimania-2015]] in Mexico City, hosted by [[wikimedia-mexico]].',
          'One session asked how affiliates of one region work together: “Regional meetings: working towards common goals”.',
        ],
        notes: [
          'Source: the Wikimania 2015 submission page (wikimania2015-regional-panel) and the record wikimania-2015. Attendance is approximate (marked uncertain).',
          'The arcs show affiliates recorded as taking part.',
        ],
        state: { view: 'map', focus: 'wikimania-2015' },
      },
      {
        title: 'Three affiliates, three regions',
        body: [
          'On the panel: [[wikimedia-argentina]], [[wikimedia-tn-user-group|Wikimedia Tunisia]] and [[wikimedia-ukraine]].',
          'Each spoke for a regional network: Iberocoop, WikiArabia and Wikimedia CEE.',
        ],
        notes: [
          'Speakers listed on the submission: Anna Torres (Wikimedia Argentina), Emna Mizouni and Wael Ghabara (Wikimedia Tunisia), Levon Azizian (Wikimedia Ukraine).',
          'Wikimedia Tunisia is the Wikimedia TN User Group, recognized in June 2014.',
        ],
        state: { view: 'map' },
        records: ['wikimedia-argentina', 'wikimedia-tn-user-group', 'wikimedia-ukraine'],
      },
      {
        title: 'Iberocoop',
        body: [
          '[[iberocoop]], the Regional Cooperation Initiative for Ibero-America, dates from 2010.',
          'The dataset lists 15 member affiliates, working in Spanish, Portuguese and Italian, from Mexico and Argentina to Spain, Portugal and Italy.',
        ],
        notes: [
          'Members from the Iberocoop portal pages (iberocoop-portada-es, iberocoop-portada-bg).',
          'The graph shows who the network links: members share meetups and programs.',
        ],
        state: { view: 'split', focus: 'iberocoop' },
      },
      {
        title: 'Iberoconf 2014, Buenos Aires',
        body: [
          'From 21 to 23 November 2014, [[wikimedia-argentina]] hosted [[iberoconf-2014]] in Buenos Aires.',
          'Delegations of eleven other affiliates came, from Bolivia and Mexico to Spain and Italy: each arc is one of them.',
        ],
        notes: [
          'Participants from the Meta-Wiki page of Iberoconf 2014 and its grant (iberoconf2014, iberoconf2014-grant).',
          'Iberoconf began in Buenos Aires in 2011; 2012 Santiago, 2013 Mexico City.',
        ],
        state: { view: 'map', focus: 'iberoconf-2014' },
      },
      {
        title: 'WikiArabia 2015, Monastir',
        body: [
          'The first WikiArabia conference met in Monastir, Tunisia, from 3 to 5 April 2015.',
          '[[wikimedia-tn-user-group|Wikimedia Tunisia]] organized it with the partner CLibre; about 70 people attended.',
        ],
        notes: [
          'Sources: the grant, its report and the blog draft "First ever WikiArabia conference" (wikiarabia2015-grant, wikiarabia2015-report, wikiarabia2015-blog). Venue and attendance are marked uncertain.',
        ],
        state: { view: 'map', focus: 'wikiarabia-2015' },
      },
      {
        title: 'WikiArabia, the network',
        body: [
          '[[wikiarabia]] dates from 2015, the year of that meeting. The dataset lists ten member user groups, working in Arabic and French.',
          'Later editions: Amman 2016, Cairo 2017, Marrakesh 2019, online in 2021 and Dubai 2022.',
        ],
        notes: ['Also known as the MENA Wikimedia community.'],
        state: { view: 'split', focus: 'wikiarabia' },
      },
      {
        title: 'Wikimedia CEE',
        body: [
          '[[wikimedia-cee]] links affiliates of Central and Eastern Europe. The dataset lists 20 members, working in 27 languages.',
        ],
        notes: [
          'The membership list is marked uncertain: CEE is an open collaboration rather than a body with formal members.',
        ],
        state: { view: 'split', focus: 'wikimedia-cee' },
      },
      {
        title: 'CEE Meetings, from Belgrade 2012',
        body: [
          'The first [[cee-meeting-2012|Wikimedia CEE Meeting]] was held in Belgrade on 13 and 14 October 2012.',
          'Then Modra in 2013, Kyiv in 2014, hosted by [[wikimedia-ukraine]], and Estonia in 2015.',
        ],
        notes: [
          'Source: the Meta-Wiki overview of CEE meetings (meta-cee-meetup). The 2012 organizer and attendance are marked uncertain.',
        ],
        state: { view: 'map', focus: 'wikimedia-cee', from: '2012', to: '2015' },
        records: ['cee-meeting-2012', 'cee-meeting-2013', 'cee-meeting-2014', 'cee-meeting-2015'],
      },
      {
        title: 'What they share: Education and GLAM',
        body: [
          'Among the three networks’ members, the dataset records [[education|Education]] programs at seven affiliates and [[glam|GLAM]] work at two.',
        ],
        notes: [
          'Programs as recorded on the organizations: few affiliates have theirs recorded yet, so this undercounts.',
        ],
        state: {
          view: 'graph',
          focus: 'education',
          network: 'iberocoop,wikiarabia,wikimedia-cee',
          program: 'education,glam',
        },
      },
      {
        title: 'What they share: languages',
        body: [
          'Regional networks are also language communities: Iberocoop works in Spanish, Portuguese and Italian; WikiArabia in Arabic and French; Wikimedia CEE in 27 languages.',
        ],
        notes: ['Select a language in the graph to see who works in it.'],
        state: {
          view: 'graph',
          focus: 'language:es',
          network: 'iberocoop,wikiarabia,wikimedia-cee',
        },
      },
      {
        title: 'Regional meetups up to today',
        body: [
          'Since 2016: CEE Meetings every year, from Dilijan to Istanbul in 2024; Iberoconf in Santiago in 2019; WikiArabia to Dubai in 2022.',
          'Play the timeline in explore mode to watch them spread.',
        ],
        notes: ['Press Escape to leave the tour here and explore this view.'],
        state: { view: 'map', from: '2016', layers: 'networks,meetups' },
      },
    ],
  },
];
