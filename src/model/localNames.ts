/**
 * Records' names in the UI language: where a record has `names[lang]` for the language a person
 * reads, that name leads (map and graph labels, the details heading, the table) and the English
 * `name` follows as a secondary line. And the writing direction of a name, so that a label
 * drawn on a canvas is shaped in its own direction whatever the page's. Pure TypeScript.
 */

export interface Named {
  name: string;
  names?: Readonly<Record<string, string>>;
}

/**
 * The record's name in a UI language (`de`, `pt-br`), or undefined: the `names` entry whose tag
 * is that language (case aside: `pt-BR` for `pt-br`), else the first whose base language is it
 * (`de-CH` for `de`, `pt-BR` for `pt-br`'s `pt`). A local name equal to the English one is none.
 */
export function localName(record: Named, locale: string): string | undefined {
  const names = record.names;
  if (!names || locale === 'en') return undefined;
  const wanted = locale.toLowerCase();
  const base = wanted.split('-')[0]!;
  let found: string | undefined;
  for (const [tag, value] of Object.entries(names)) {
    const lower = tag.toLowerCase();
    if (lower === wanted) {
      found = value;
      break;
    }
    if (found === undefined && lower.split('-')[0] === base) found = value;
  }
  return found !== undefined && found.trim() !== '' && found !== record.name ? found : undefined;
}

/** The name to show first in a UI language, and the English name when it differs. */
export function shownName(record: Named, locale: string): { name: string; english?: string } {
  const local = localName(record, locale);
  return local === undefined ? { name: record.name } : { name: local, english: record.name };
}

/** Right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Adlam, ... */
const STRONG_RTL =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/**
 * The direction of a text by its first strong character (as `dir="auto"` and the first-strong
 * isolate decide): a right-to-left letter, or any other letter; undefined when it has none
 * (digits, punctuation).
 */
export function textDirection(text: string): 'ltr' | 'rtl' | undefined {
  for (const ch of text) {
    // ASCII other than letters is neutral or weak: skip it quickly.
    const c = ch.charCodeAt(0);
    if (c < 0x80 && !((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) continue;
    // Arabic-Indic digits are numbers (weak), not letters.
    if (/[\u0660-\u0669\u06F0-\u06F9]/.test(ch)) continue;
    if (STRONG_RTL.test(ch)) return 'rtl';
    if (/\p{L}/u.test(ch)) return 'ltr';
  }
  return undefined;
}
