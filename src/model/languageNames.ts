/**
 * Names of languages the built-in dataset uses that browsers' Intl.DisplayNames may not know
 * (Chromium 2026 lacks these twelve): each in its own language, the way the communities write
 * it, so it reads the same whatever the UI language. The i18n layer asks Intl first, then this
 * table, and only then shows the code itself, saying that it is one.
 */
export const LANGUAGE_AUTONYMS: Readonly<Record<string, string>> = {
  ba: 'башҡортса',
  bcl: 'Bikol Sentral',
  ber: 'Tamaziɣt',
  crh: 'qırımtatarca',
  csb: 'kaszëbsczi',
  dag: 'Dagbanli',
  guc: 'Wayuunaiki',
  guw: 'Gungbe',
  sat: 'ᱥᱟᱱᱛᱟᱲᱤ',
  se: 'davvisámegiella',
  tcy: 'ತುಳು',
  tet: 'tetun',
};
