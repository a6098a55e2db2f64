/** Names of records and values for the details panel (pure apart from the I18n it is given). */
import type { Atlas } from '../../model/atlas.ts';
import type { I18n } from '../../i18n/i18n.svelte.ts';

import { LANGUAGE_PREFIX } from '../../model/selection.ts';

export { LANGUAGE_PREFIX };

/** The display name of any selectable id: a record's name or title, or a language's name. */
export function entityLabel(atlas: Atlas, i18n: I18n, id: string): string {
  if (id.startsWith(LANGUAGE_PREFIX)) return i18n.languageName(id.slice(LANGUAGE_PREFIX.length));
  const entity = atlas.byId.get(id);
  if (!entity) return id;
  const r = entity.record;
  return 'name' in r ? r.name : r.title;
}

/** A partial ISO date (`2017`, `2017-10`, `2017-10-21`) in the UI language. */
export function formatPartialDate(locale: string, date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return date;
  if (m === undefined) return String(y);
  const value = new Date(Date.UTC(y, m - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions =
    d === undefined
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(value);
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
