/** Names of records and values for the details panel (pure apart from the I18n it is given). */
import type { Atlas } from '../../model/atlas.ts';
import type { I18n } from '../../i18n/i18n.svelte.ts';

import { LANGUAGE_PREFIX } from '../../model/selection.ts';
import { localName } from '../../model/localNames.ts';
import { meetupSeries } from '../../model/series.ts';

export { LANGUAGE_PREFIX };

/**
 * The display name of any selectable id: a record's name in the UI language (its `names` entry
 * for it, else the English name) or title, or a language's name.
 */
export function entityLabel(atlas: Atlas, i18n: I18n, id: string): string {
  if (id.startsWith(LANGUAGE_PREFIX)) return i18n.languageName(id.slice(LANGUAGE_PREFIX.length));
  const series = meetupSeries(atlas).get(id);
  if (series) return series.name;
  const entity = atlas.byId.get(id);
  if (!entity) return id;
  const r = entity.record;
  return 'name' in r ? (localName(r, i18n.locale) ?? r.name) : r.title;
}

/** The English name of a record whose label is a local name (a secondary line), or undefined. */
export function englishName(atlas: Atlas, i18n: I18n, id: string): string | undefined {
  const r = atlas.byId.get(id)?.record;
  return r && 'name' in r && localName(r, i18n.locale) !== undefined ? r.name : undefined;
}

/** Only http(s) URLs become links; anything else is refused (shown as text by callers). */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

export function wikidataHref(qid: string | undefined): string | undefined {
  return qid && /^Q[1-9]\d*$/.test(qid) ? `https://www.wikidata.org/wiki/${qid}` : undefined;
}
