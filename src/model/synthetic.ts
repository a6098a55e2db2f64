/**
 * Synthetic datasets for benchmarks and property tests: any number of organizations, placed
 * around real cities (dense in Europe, like the real data, with a few across the 180th meridian:
 * Fiji, Samoa, Chukotka), each with about three relations (networks, languages, programs,
 * meetups) plus collaborations. The same (orgCount, seed) always gives the same dataset.
 *
 * Everything is plainly fake: ids `synthetic-org-00001`, names `Synthetic user group 00001`,
 * one source `synthetic`. Hubs are realistic in shape: most regional networks and meetups are
 * small, but a language such as English is spoken by thousands of organizations at 20,000,
 * which exercises the hub cap of relations.ts.
 */
import {
  LIMITS,
  type Collaboration,
  type Dataset,
  type Meetup,
  type Network,
  type Organization,
  type Program,
} from './schema.ts';
import {
  gaussian,
  mulberry32,
  pick,
  pickWeighted,
  randomInt,
  type RandomSource,
} from './random.ts';

type Region = 'europe' | 'americas' | 'africa' | 'mena' | 'south-asia' | 'eseap';

const REGION_NAMES: Record<Region, string> = {
  europe: 'Europe',
  americas: 'Americas',
  africa: 'Africa',
  mena: 'Middle East and North Africa',
  'south-asia': 'South Asia',
  eseap: 'East, Southeast Asia and the Pacific',
};

interface Anchor {
  city: string;
  country: string;
  lat: number;
  lon: number;
  languages: readonly string[];
  weight: number;
  region: Region;
}

const a = (
  city: string,
  country: string,
  lat: number,
  lon: number,
  languages: readonly string[],
  weight: number,
  region: Region,
): Anchor => ({ city, country, lat, lon, languages, weight, region });

/** Cities organizations cluster around; weights roughly follow the real affiliates. */
const ANCHORS: readonly Anchor[] = [
  a('Berlin', 'DE', 52.52, 13.4, ['de'], 8, 'europe'),
  a('Paris', 'FR', 48.86, 2.35, ['fr'], 6, 'europe'),
  a('Rome', 'IT', 41.9, 12.5, ['it'], 5, 'europe'),
  a('Madrid', 'ES', 40.42, -3.7, ['es', 'ca'], 5, 'europe'),
  a('London', 'GB', 51.51, -0.13, ['en'], 5, 'europe'),
  a('Amsterdam', 'NL', 52.37, 4.9, ['nl'], 3, 'europe'),
  a('Warsaw', 'PL', 52.23, 21.01, ['pl'], 4, 'europe'),
  a('Stockholm', 'SE', 59.33, 18.07, ['sv'], 2, 'europe'),
  a('Oslo', 'NO', 59.91, 10.75, ['nb', 'nn'], 2, 'europe'),
  a('Helsinki', 'FI', 60.17, 24.94, ['fi', 'sv'], 2, 'europe'),
  a('Copenhagen', 'DK', 55.68, 12.57, ['da'], 2, 'europe'),
  a('Lisbon', 'PT', 38.72, -9.14, ['pt'], 2, 'europe'),
  a('Vienna', 'AT', 48.21, 16.37, ['de'], 2, 'europe'),
  a('Bern', 'CH', 46.95, 7.45, ['de', 'fr', 'it'], 2, 'europe'),
  a('Prague', 'CZ', 50.08, 14.44, ['cs'], 2, 'europe'),
  a('Budapest', 'HU', 47.5, 19.04, ['hu'], 2, 'europe'),
  a('Kyiv', 'UA', 50.45, 30.52, ['uk'], 3, 'europe'),
  a('Belgrade', 'RS', 44.79, 20.45, ['sr'], 2, 'europe'),
  a('Athens', 'GR', 37.98, 23.73, ['el'], 1, 'europe'),
  a('Tallinn', 'EE', 59.44, 24.75, ['et'], 1, 'europe'),
  a('Yerevan', 'AM', 40.18, 44.51, ['hy'], 1, 'europe'),
  a('Brussels', 'BE', 50.85, 4.35, ['nl', 'fr'], 2, 'europe'),
  a('Dublin', 'IE', 53.35, -6.26, ['en', 'ga'], 1, 'europe'),
  a('Moscow', 'RU', 55.76, 37.62, ['ru'], 2, 'europe'),
  a('Anadyr', 'RU', 64.73, 177.51, ['ru'], 0.2, 'europe'),
  a('New York', 'US', 40.71, -74.01, ['en'], 3, 'americas'),
  a('San Francisco', 'US', 37.77, -122.42, ['en', 'es'], 2, 'americas'),
  a('Ottawa', 'CA', 45.42, -75.7, ['en', 'fr'], 2, 'americas'),
  a('Mexico City', 'MX', 19.43, -99.13, ['es'], 2, 'americas'),
  a('São Paulo', 'BR', -23.55, -46.63, ['pt'], 3, 'americas'),
  a('Buenos Aires', 'AR', -34.6, -58.38, ['es'], 2, 'americas'),
  a('Santiago', 'CL', -33.45, -70.67, ['es'], 1, 'americas'),
  a('Bogotá', 'CO', 4.71, -74.07, ['es'], 1, 'americas'),
  a('Lima', 'PE', -12.05, -77.04, ['es', 'qu'], 1, 'americas'),
  a('Lagos', 'NG', 6.52, 3.38, ['en', 'yo', 'ha'], 2, 'africa'),
  a('Accra', 'GH', 5.6, -0.19, ['en'], 1, 'africa'),
  a('Nairobi', 'KE', -1.29, 36.82, ['en', 'sw'], 1, 'africa'),
  a('Johannesburg', 'ZA', -26.2, 28.05, ['en', 'af'], 1, 'africa'),
  a('Yaoundé', 'CM', 3.87, 11.52, ['fr', 'en'], 1, 'africa'),
  a('Cairo', 'EG', 30.04, 31.24, ['ar'], 1, 'mena'),
  a('Rabat', 'MA', 34.02, -6.83, ['ar', 'fr'], 1, 'mena'),
  a('Tunis', 'TN', 36.81, 10.18, ['ar', 'fr'], 1, 'mena'),
  a('Baghdad', 'IQ', 33.31, 44.36, ['ar'], 1, 'mena'),
  a('Istanbul', 'TR', 41.01, 28.98, ['tr'], 1, 'mena'),
  a('Delhi', 'IN', 28.61, 77.21, ['hi', 'en'], 3, 'south-asia'),
  a('Bengaluru', 'IN', 12.97, 77.59, ['kn', 'en'], 1, 'south-asia'),
  a('Dhaka', 'BD', 23.81, 90.41, ['bn'], 1, 'south-asia'),
  a('Kathmandu', 'NP', 27.72, 85.32, ['ne'], 1, 'south-asia'),
  a('Jakarta', 'ID', -6.21, 106.85, ['id'], 2, 'eseap'),
  a('Manila', 'PH', 14.6, 120.98, ['tl', 'en'], 1, 'eseap'),
  a('Taipei', 'TW', 25.03, 121.57, ['zh'], 1, 'eseap'),
  a('Tokyo', 'JP', 35.68, 139.69, ['ja'], 1, 'eseap'),
  a('Seoul', 'KR', 37.57, 126.98, ['ko'], 1, 'eseap'),
  a('Sydney', 'AU', -33.87, 151.21, ['en'], 1, 'eseap'),
  a('Wellington', 'NZ', -41.29, 174.78, ['en', 'mi'], 1, 'eseap'),
  a('Suva', 'FJ', -18.14, 178.44, ['en', 'fj'], 0.3, 'eseap'),
  a('Apia', 'WS', -13.83, -171.76, ['sm', 'en'], 0.2, 'eseap'),
];

const PROGRAMS: readonly string[] = [
  'Wiki Loves Monuments',
  'Wiki Loves Earth',
  'Wiki Loves Folklore',
  'Education',
  'GLAM',
  'Wikidata',
  'Women in Red',
  'Art+Feminism',
  'Wikipedia Asian Month',
  'AfroCine',
];

/** Second languages organizations add, beyond their city's. */
const LINGUA_FRANCAS: readonly string[] = ['en', 'en', 'en', 'fr', 'es', 'ar', 'pt'];

const SOURCE_ID = 'synthetic';
/** Language networks: one per lingua franca, members drawn from its speakers. */
const LANGUAGE_NETWORKS: readonly string[] = ['en', 'es', 'fr', 'ar', 'pt'];

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function date(random: RandomSource, fromYear: number, toYear: number): string {
  const year = randomInt(random, fromYear, toYear + 1);
  return `${year}-${pad(randomInt(random, 1, 13), 2)}-${pad(randomInt(random, 1, 29), 2)}`;
}

/** Up to `count` distinct items of `pool`, in pool order (deterministic for a given random). */
function sample<T>(random: RandomSource, pool: readonly T[], count: number): T[] {
  if (count >= pool.length) return pool.slice();
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(Math.floor(random() * pool.length));
  return [...chosen].sort((x, y) => x - y).map((i) => pool[i] as T);
}

/**
 * A dataset that passes `Dataset.parse` and full validation, with `orgCount` organizations
 * (0 to LIMITS.records) and a seed-determined everything else.
 */
export function synthesizeDataset(orgCount: number, seed: number): Dataset {
  if (!Number.isInteger(orgCount) || orgCount < 0 || orgCount > LIMITS.records) {
    throw new RangeError(
      `synthesizeDataset: orgCount must be an integer from 0 to ${LIMITS.records} (got ${orgCount})`,
    );
  }
  const random = mulberry32(seed);
  const width = Math.max(5, String(orgCount).length);

  const programs: Program[] = PROGRAMS.map((name, i) => ({
    id: `synthetic-program-${pad(i + 1, 2)}`,
    name,
    sources: [SOURCE_ID],
  }));

  const organizations: Organization[] = [];
  const regionOf: Region[] = [];
  const byRegion = new Map<Region, number[]>();
  const speakers = new Map<string, number[]>();
  for (let n = 0; n < orgCount; n++) {
    const anchor = pickWeighted(random, ANCHORS, (x) => x.weight);
    const roll = random();
    const kind = roll < 0.25 ? 'chapter' : roll < 0.95 ? 'user_group' : 'thematic_org';
    const global = kind === 'thematic_org' && random() < 0.5;
    const languages = [pick(random, anchor.languages)];
    if (random() < 0.25) {
      const second = random() < 0.5 ? pick(random, anchor.languages) : pick(random, LINGUA_FRANCAS);
      if (!languages.includes(second)) languages.push(second);
    }
    const recognized = date(random, 2004, 2024);
    const former = random() < 0.05;
    const programCount = random() < 0.45 ? 0 : random() < 0.8 ? 1 : 2;
    const orgPrograms = sample(random, programs, programCount).map((p) => p.id);
    const org: Organization = {
      id: `synthetic-org-${pad(n + 1, width)}`,
      name: `Synthetic ${kind.replace('_', ' ').replace('org', 'organization')} ${pad(n + 1, width)}`,
      kind,
      status: former ? 'former' : 'active',
      countries: global ? [] : [anchor.country],
      languages,
      programs: orgPrograms,
      recognized,
      // A made-up item id (no real item is this high), so that the validator has nothing to warn.
      wikidata: `Q${900_000_000 + n + 1}`,
      sources: [SOURCE_ID],
    };
    if (!global) {
      const lat = Math.max(-85, Math.min(85, anchor.lat + gaussian(random) * 0.7));
      const spread = 0.7 / Math.max(0.2, Math.cos((anchor.lat * Math.PI) / 180));
      let lon = anchor.lon + gaussian(random) * spread;
      lon = lon - 360 * Math.floor((lon + 180) / 360);
      org.location = {
        city: anchor.city,
        country: anchor.country,
        lat: round2(lat),
        lon: round2(lon),
        precision: 'city',
      };
    }
    if (former) {
      const from = Number(recognized.slice(0, 4)) + 1;
      org.ended = String(randomInt(random, from, Math.max(from, 2025) + 1));
    }
    organizations.push(org);
    regionOf.push(anchor.region);
    const list = byRegion.get(anchor.region);
    if (list) list.push(n);
    else byRegion.set(anchor.region, [n]);
    for (const code of languages) {
      const s = speakers.get(code);
      if (s) s.push(n);
      else speakers.set(code, [n]);
    }
  }
  const regions = (Object.keys(REGION_NAMES) as Region[]).filter((r) => byRegion.has(r));

  // Regional networks (~80 organizations each, 60% of organizations join one), then one
  // language network per lingua franca (30% of its speakers, some only inferred).
  const networks: Network[] = [];
  const networksOfRegion = new Map<Region, Network[]>();
  for (const region of regions) {
    const count = Math.ceil(byRegion.get(region)!.length / 80);
    const list: Network[] = [];
    for (let k = 0; k < count; k++) {
      const network: Network = {
        id: `synthetic-network-${region}-${pad(k + 1, 3)}`,
        name: `Synthetic ${REGION_NAMES[region]} network ${k + 1}`,
        kind: 'regional',
        languages: [],
        members: [],
        sources: [SOURCE_ID],
      };
      list.push(network);
      networks.push(network);
    }
    networksOfRegion.set(region, list);
  }
  organizations.forEach((org, n) => {
    if (random() >= 0.6) return;
    const network = pick(random, networksOfRegion.get(regionOf[n]!)!);
    if (network.members.length >= LIMITS.listItems) return;
    network.members.push(org.id);
    for (const code of org.languages) {
      if (!network.languages.includes(code)) network.languages.push(code);
    }
  });
  for (const network of networks) network.languages.sort();
  for (const code of LANGUAGE_NETWORKS) {
    const pool = speakers.get(code);
    if (!pool) continue;
    const members: string[] = [];
    const inferred: string[] = [];
    for (const n of pool) {
      const roll = random();
      if (roll < 0.25 && members.length < LIMITS.listItems) members.push(organizations[n]!.id);
      else if (roll < 0.3 && inferred.length < LIMITS.listItems) {
        inferred.push(organizations[n]!.id);
      }
    }
    const network: Network = {
      id: `synthetic-network-language-${code}`,
      name: `Synthetic ${code} language network`,
      kind: 'language',
      languages: [code],
      members,
      sources: [SOURCE_ID],
    };
    if (inferred.length > 0) {
      network.inferredMembers = inferred;
      network.uncertain = ['inferredMembers'];
    }
    networks.push(network);
  }

  // Meetups: one per 25 organizations, in a region weighted by its size.
  const meetups: Meetup[] = [];
  const meetupCount = orgCount === 0 ? 0 : Math.max(1, Math.round(orgCount / 25));
  const meetupWidth = Math.max(4, String(meetupCount).length);
  for (let k = 0; k < meetupCount; k++) {
    const region = pickWeighted(random, regions, (r) => byRegion.get(r)!.length);
    const pool = byRegion.get(region)!;
    const people = sample(random, pool, randomInt(random, 6, 28)).map((n) => organizations[n]!.id);
    const organizerCount = Math.min(people.length, random() < 0.7 ? 1 : 2);
    const formatRoll = random();
    const format = formatRoll < 0.8 ? 'in-person' : formatRoll < 0.9 ? 'hybrid' : 'online';
    const start = date(random, 2011, 2025);
    const day = Number(start.slice(8, 10));
    const series = `Synthetic ${REGION_NAMES[region]} conference`;
    const regionNetworks = networksOfRegion.get(region)!;
    const meetup: Meetup = {
      id: `synthetic-meetup-${pad(k + 1, meetupWidth)}`,
      name: `${series} ${start.slice(0, 4)} (${k + 1})`,
      series,
      start,
      end: `${start.slice(0, 8)}${pad(Math.min(day + 2, 28), 2)}`,
      format,
      status: 'held',
      organizers: people.slice(0, organizerCount),
      participants: people.slice(organizerCount),
      networks: random() < 0.5 ? [pick(random, regionNetworks).id] : [],
      programs: random() < 0.3 ? [pick(random, programs).id] : [],
      attendance: people.length * randomInt(random, 3, 12),
      sources: [SOURCE_ID],
    };
    if (format !== 'online') {
      const anchor = pickWeighted(
        random,
        ANCHORS.filter((x) => x.region === region),
        (x) => x.weight,
      );
      meetup.location = {
        city: anchor.city,
        country: anchor.country,
        lat: anchor.lat,
        lon: anchor.lon,
        precision: 'city',
      };
    }
    meetups.push(meetup);
  }

  // Collaborations: one per 10 organizations, 2 to 4 partners from one region.
  const collaborations: Collaboration[] = [];
  const collaborationCount = Math.round(orgCount / 10);
  const collaborationWidth = Math.max(5, String(collaborationCount).length);
  for (let k = 0; k < collaborationCount; k++) {
    const region = pickWeighted(random, regions, (r) => byRegion.get(r)!.length);
    const pool = byRegion.get(region)!;
    if (pool.length < 2) continue;
    const partners = sample(random, pool, randomInt(random, 2, 5));
    const first = randomInt(random, 2012, 2025);
    const years = random() < 0.5 ? [first] : [first, first + 1];
    collaborations.push({
      id: `synthetic-collaboration-${pad(k + 1, collaborationWidth)}`,
      title: `Synthetic joint project ${k + 1}`,
      organizations: partners.map((n) => organizations[n]!.id),
      programs: random() < 0.6 ? [pick(random, programs).id] : [],
      years,
      sources: [SOURCE_ID],
    });
  }

  return {
    title: `Synthetic dataset: ${orgCount} organizations, seed ${seed}`,
    updated: '2025-01-01',
    organizations,
    networks,
    meetups,
    programs,
    collaborations,
    sources: [{ id: SOURCE_ID, title: 'Synthetic data generated for benchmarks and tests' }],
  };
}
