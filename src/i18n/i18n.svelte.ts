/**
 * The i18n layer: banana-i18n (Wikimedia's message format, as on translatewiki.net) behind a
 * small rune class. Every visible string goes through `t()`; messages live in `<lang>.json`
 * and are documented in `qqq.json`. Adding a language is adding a file to MESSAGES.
 */
import Banana from 'banana-i18n';
import { LANGUAGE_AUTONYMS } from '../model/languageNames.ts';
import { getContext, setContext } from 'svelte';
import {
  formatDateRange,
  formatList,
  formatNumber,
  formatPartialDate,
  formatYear,
  type DateStyle,
  type ListType,
} from './format.ts';
import { resolveLanguage, UI_LANGUAGES } from './languages.ts';
import { loadedMessages, loadMessages } from './catalog.ts';
import { renderMessage, type Message } from '../model/message.ts';
import { parseOnce } from './parseOnce.ts';

export { resolveLanguage, UI_LANGUAGES };
export { nativeLanguageName } from './languages.ts';

const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ckb', 'arz', 'ary']);

/** The UI languages in menu order, with their names: listed by the build (see languages.ts). */
export function menuLanguages(): { code: string; name: string }[] {
  return __LANGUAGE_MENU__.map((item) => ({ ...item }));
}

/** Where a UI language can come from, most binding first (see `pickLanguage`). */
export interface LanguageSources {
  /** The `lang` URL parameter (or an embed's `lang` attribute): chosen by a person. */
  param?: string | null;
  /**
   * The `lang` of the page that embeds the atlas (the web component's closest `[lang]`, or
   * `document.documentElement.lang`): the host page's language comes before the browser's.
   */
  hostLang?: string | null;
  /** The browser's languages (`navigator.languages`), in its order of preference. */
  browser?: readonly (string | null | undefined)[];
}

/**
 * The UI language to show: the first supported one among the requested tags, or, given
 * `LanguageSources`, the `lang` parameter, else the embedding page's `lang`, else the browser's
 * languages in order, else English. A tag no UI language fits is passed over, not an error
 * (`?lang=ru` on a German host page gives German).
 */
export function pickLanguage(
  requested: readonly (string | null | undefined)[] | LanguageSources,
): string {
  const tags = isTagList(requested)
    ? requested
    : [requested.param, requested.hostLang, ...(requested.browser ?? [])];
  for (const tag of tags) {
    const found = resolveLanguage(tag);
    if (found) return found;
  }
  return 'en';
}

function isTagList(
  requested: readonly (string | null | undefined)[] | LanguageSources,
): requested is readonly (string | null | undefined)[] {
  return Array.isArray(requested);
}

export class I18n {
  #banana: Banana;
  /** Current UI language; reading it in a template makes the template follow changes. */
  locale = $state('en');
  dir = $derived<'rtl' | 'ltr'>(RTL.has(this.locale.split('-')[0] ?? '') ? 'rtl' : 'ltr');

  /** Bumped when a language's messages arrive: texts read it, and follow. */
  #arrived = $state(0);

  constructor(locale = 'en') {
    this.#banana = new Banana(locale, {
      messages: { en: loadedMessages('en')! },
      finalFallback: 'en',
    });
    parseOnce(this.#banana);
    this.locale = locale;
    this.#fetch(locale);
  }

  setLocale(locale: string): void {
    this.#banana.setLocale(locale);
    parseOnce(this.#banana);
    this.locale = locale;
    this.#fetch(locale);
  }

  /**
   * Makes sure a language's messages are there: at once when already loaded (English always
   * is), else fetched; until they arrive, texts show in English.
   */
  #fetch(locale: string): void {
    const have = loadedMessages(locale);
    if (have) {
      this.#banana.load(have, locale);
      return;
    }
    void loadMessages(locale).then((messages) => {
      if (!messages) return;
      this.#banana.load(messages, locale);
      this.#arrived++;
    });
  }

  /** The message `key` with `$1`, `$2`... replaced; PLURAL and GENDER work as on-wiki. */
  t(key: string, ...params: (string | number)[]): string {
    // Reading `locale` subscribes the caller to language changes.
    void this.locale;
    void this.#arrived;
    return this.#banana.i18n(key, ...params);
  }

  /**
   * A validator message (`Issue.text`) in the UI language. Data it quotes is set in first-strong
   * isolates (U+2068 ... U+2069), so that a quoted Arabic name keeps its place in a German
   * sentence and a quoted id its place in an Arabic one.
   */
  message(text: Message): string {
    return renderMessage(
      text,
      (key, ...params) => this.t(key, ...params),
      (iso) => this.date(iso),
      (data) => `\u2068${data}\u2069`,
    );
  }

  /** Name of a language code in the UI language (`es` -> `Spanish`, or `espagnol` in French). */
  languageName(code: string): string {
    const name = displayName(this.locale, 'language', code, 'none');
    if (name && name.toLowerCase() !== code.toLowerCase()) return name;
    return LANGUAGE_AUTONYMS[code] ?? this.t('language-code', code);
  }

  /** Name of an ISO 3166-1 alpha-2 country code in the UI language. */
  countryName(code: string): string {
    return displayName(this.locale, 'region', code) ?? code;
  }

  /** A number in the UI language ("12.345" in German). */
  number(n: number): string {
    return formatNumber(this.locale, n);
  }

  /** A year as a bare number (timeline axis, year ranges): never grouped. */
  year(y: number): string {
    return formatYear(this.locale, y);
  }

  /** A partial ISO date (`2017`, `2017-10`, `2017-10-21`) with the precision it has. */
  date(date: string, style: DateStyle = 'long'): string {
    return formatPartialDate(this.locale, date, style);
  }

  /**
   * A span of two partial dates ("21–23 de noviembre de 2014"); ends Intl cannot range over
   * are joined by `joinKey` (a message with $1 and $2).
   */
  dateRange(
    start: string,
    end: string,
    style: DateStyle = 'long',
    joinKey = 'details-date-range',
  ): string {
    return formatDateRange(this.locale, start, end, style, (a, b) => this.t(joinKey, a, b));
  }

  /** Names joined as the UI language joins them ("Argentina, Chile y Uruguay"). */
  list(items: readonly string[], type: ListType = 'conjunction'): string {
    return formatList(this.locale, items, type);
  }
}

// A plain cache, not state: entries never change once made.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const displayNames = new Map<string, Intl.DisplayNames>();
function displayName(
  locale: string,
  type: 'language' | 'region',
  code: string,
  fallback: 'code' | 'none' = 'code',
): string | undefined {
  const key = `${locale}:${type}:${fallback}`;
  let names = displayNames.get(key);
  if (!names) {
    names = new Intl.DisplayNames([locale, 'en'], { type, fallback });
    displayNames.set(key, names);
  }
  try {
    return names.of(code) ?? (fallback === 'code' ? code : undefined);
  } catch {
    return fallback === 'code' ? code : undefined;
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
