/**
 * Regions for the region facet: the United Nations geoscheme (M49) continental regions, with
 * Latin America and the Caribbean apart from Northern America, as Wikimedia's own regional
 * groupings do. Every ISO 3166-1 alpha-2 code has exactly one region (XK: Kosovo, as used by
 * Wikimedia).
 */
export const REGIONS = [
  'africa',
  'northern-america',
  'latin-america',
  'asia',
  'europe',
  'oceania',
  'antarctica',
] as const;
export type Region = (typeof REGIONS)[number];

const CODES: Record<Region, string> = {
  africa:
    'DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU YT MA MZ NA NE NG RE RW SH ST SN SC SL SO ZA SS SD TZ TG TN UG EH ZM ZW IO TF',
  'northern-america': 'BM CA GL PM US UM',
  'latin-america':
    'AI AG AR AW BS BB BZ BO BQ BV BR VG KY CL CO CR CU CW DM DO EC SV FK GF GD GP GT GY HT HN JM MQ MX MS NI PA PY PE PR BL KN LC MF VC SX GS SR TT TC UY VE VI',
  asia: 'AF AM AZ BH BD BT BN KH CN CY GE HK IN ID IR IQ IL JP JO KZ KW KG LA LB MO MY MV MN MM NP KP OM PK PS PH QA SA SG KR LK SY TW TJ TH TL TR TM AE UZ VN YE CC CX',
  europe:
    'AX AL AD AT BY BE BA BG HR CZ DK EE FO FI FR DE GI GR GG VA HU IS IE IM IT JE XK LV LI LT LU MT MD MC ME NL MK NO PL PT RO RU SM RS SK SI ES SJ SE CH UA GB',
  oceania: 'AS AU CK FJ PF GU HM KI MH FM NR NC NZ NU NF MP PW PG PN WS SB TK TO TV VU WF',
  antarctica: 'AQ',
};

const REGION_OF = new Map<string, Region>();
for (const region of REGIONS) {
  for (const code of CODES[region].split(' ')) {
    // A code in two regions is a mistake in the table above: fail loudly at load.
    if (REGION_OF.has(code)) throw new Error(`regions.ts: ${code} is listed twice`);
    REGION_OF.set(code, region);
  }
}

/** The region of a country code, or undefined for a code that is not in the table. */
export function regionOf(country: string): Region | undefined {
  return REGION_OF.get(country);
}

/** Every country code that has a region (used by tests to check the table is complete). */
export function countriesWithRegion(): string[] {
  return [...REGION_OF.keys()].sort();
}
