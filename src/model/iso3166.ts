/**
 * ISO 3166-1 alpha-2 country codes: the 249 officially assigned codes (as of the 2024 edition
 * of the standard and its newsletters), plus `XK`.
 *
 * `XK` is a user-assigned code, not part of ISO 3166-1, that the European Commission, the IMF,
 * CLDR (and so `Intl.DisplayNames`) and Wikimedia (Wikimedians of Kosovo User Group) use for
 * Kosovo. It is accepted so that the dataset can place that affiliate.
 *
 * Deliberately absent: exceptionally or transitionally reserved codes (`UK`, `EU`, `EL`, `AN`,
 * `YU`, ...) and other user-assigned codes (`AA`, `QM`–`QZ`, `XA`–`XZ` except `XK`, `ZZ`).
 */

const OFFICIAL =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ ' +
  'BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ ' +
  'DE DJ DK DM DO DZ ' +
  'EC EE EG EH ER ES ET ' +
  'FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY ' +
  'HK HM HN HR HT HU ' +
  'ID IE IL IM IN IO IQ IR IS IT ' +
  'JE JM JO JP ' +
  'KE KG KH KI KM KN KP KR KW KY KZ ' +
  'LA LB LC LI LK LR LS LT LU LV LY ' +
  'MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ ' +
  'NA NC NE NF NG NI NL NO NP NR NU NZ ' +
  'OM ' +
  'PA PE PF PG PH PK PL PM PN PR PS PT PW PY ' +
  'QA ' +
  'RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ ' +
  'TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ ' +
  'UA UG UM US UY UZ ' +
  'VA VC VE VG VI VN VU ' +
  'WF WS ' +
  'YE YT ' +
  'ZA ZM ZW';

/** The 249 officially assigned ISO 3166-1 alpha-2 codes, sorted. */
export const ISO_3166_OFFICIAL: readonly string[] = OFFICIAL.split(' ');

/** Every country code a dataset may use: the official codes and `XK` (Kosovo), sorted. */
export const COUNTRY_CODES: readonly string[] = [...ISO_3166_OFFICIAL, 'XK'].sort();

const CODES: ReadonlySet<string> = new Set(COUNTRY_CODES);

export function isCountryCode(code: string): boolean {
  return CODES.has(code);
}

/** Codes people write by mistake that are reserved, not assigned, and what they mean. */
export const COUNTRY_CODE_HINTS: Readonly<Record<string, string>> = {
  UK: 'the United Kingdom is "GB"',
  EL: 'Greece is "GR"',
  EN: 'EN is a language; England is part of "GB"',
  EU: 'the European Union is not a country',
  AN: 'the Netherlands Antilles were split into "BQ", "CW" and "SX"',
  YU: 'Yugoslavia: use the current country ("RS", "ME", ...)',
  CS: 'Serbia and Montenegro: use "RS" or "ME"',
  TP: 'East Timor is "TL"',
  ZR: 'Zaire is now the Democratic Republic of the Congo, "CD"',
  SU: 'the Soviet Union: use the current country',
  KS: 'Kosovo is "XK"',
};
