/**
 * The i18n layer: banana-i18n (Wikimedia's message format, as on translatewiki.net) behind a
 * small rune class. Every visible string goes through `t()`; messages live in `<lang>.json`
 * and are documented in `qqq.json`. Adding a language is adding a file to MESSAGES.
 */
import Banana from 'banana-i18n';
import { getContext, setContext } from 'svelte';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';
import ar from './ar.json';

type Messages = Record<string, string>;

function strip(messages: Record<string, unknown>): Messages {
  const out: Messages = {};
  for (const [k, v] of Object.entries(messages))
    if (!k.startsWith('@') && typeof v === 'string') out[k] = v;
  return out;
}

/** UI languages with a message file. English is complete; the others fall back to it. */
export const MESSAGES: Readonly<Record<string, Messages>> = {
  en: strip(en),
  es: strip(es),
  fr: strip(fr),
  ar: strip(ar),
};
export const UI_LANGUAGES = Object.keys(MESSAGES);
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ckb', 'arz', 'ary']);

/** Picks the first supported UI language among the requested ones (URL, then browser). */
export function pickLanguage(requested: readonly (string | null | undefined)[]): string {
  for (const tag of requested) {
    if (!tag) continue;
    const lower = tag.toLowerCase();
    if (MESSAGES[lower]) return lower;
    const base = lower.split('-')[0] ?? '';
    if (MESSAGES[base]) return base;
  }
  return 'en';
}

export class I18n {
  #banana: Banana;
  /** Current UI language; reading it in a template makes the template follow changes. */
  locale = $state('en');
  dir = $derived<'rtl' | 'ltr'>(RTL.has(this.locale.split('-')[0] ?? '') ? 'rtl' : 'ltr');

  constructor(locale = 'en') {
    this.#banana = new Banana(locale, { messages: MESSAGES, finalFallback: 'en' });
    this.locale = locale;
  }

  setLocale(locale: string): void {
    this.#banana.setLocale(locale);
    this.locale = locale;
  }

  /** The message `key` with `$1`, `$2`... replaced; PLURAL and GENDER work as on-wiki. */
  t(key: string, ...params: (string | number)[]): string {
    // Reading `locale` subscribes the caller to language changes.
    void this.locale;
    return this.#banana.i18n(key, ...params);
  }

  /** Name of a language code in the UI language (`es` -> `Spanish`, or `espagnol` in French). */
  languageName(code: string): string {
    return displayName(this.locale, 'language', code);
  }

  /** Name of an ISO 3166-1 alpha-2 country code in the UI language. */
  countryName(code: string): string {
    return displayName(this.locale, 'region', code);
  }

  number(n: number): string {
    return new Intl.NumberFormat(this.locale).format(n);
  }
}

// A plain cache, not state: entries never change once made.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const displayNames = new Map<string, Intl.DisplayNames>();
function displayName(locale: string, type: 'language' | 'region', code: string): string {
  const key = `${locale}:${type}`;
  let names = displayNames.get(key);
  if (!names) {
    names = new Intl.DisplayNames([locale, 'en'], { type, fallback: 'code' });
    displayNames.set(key, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The context key under which `setI18n` stores the I18n (exported for component tests). */
export const I18N_CONTEXT_KEY = Symbol('i18n');
const KEY = I18N_CONTEXT_KEY;
export function setI18n(i18n: I18n): I18n {
  return setContext(KEY, i18n);
}
export function getI18n(): I18n {
  const i18n = getContext<I18n | undefined>(KEY);
  if (!i18n) throw new Error('getI18n() called outside an <App>: no I18n in context');
  return i18n;
}
