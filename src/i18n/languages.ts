/**
 * The UI languages (one message file each, src/i18n/<code>.json) and the choice of one for a
 * tag. Only names here: the page loads a language's messages when it is chosen (catalog.ts),
 * Node commands all of them (messages.ts).
 */

/** UI languages with a message file. English is complete; the others fall back to it. */
export const UI_LANGUAGES: readonly string[] = ['en', 'es', 'fr', 'ar', 'pt-br', 'de', 'uk', 'id'];

/**
 * Tags that mean a UI language under another name: Portuguese is served by Brazilian Portuguese
 * (`pt`, `pt-PT`, `pt-AO`... all read it well), and `in` is Indonesian's withdrawn ISO code,
 * which old Java-based browsers still send.
 */
const ALIASES: Readonly<Record<string, string>> = { pt: 'pt-br', in: 'id' };

/**
 * The UI language a BCP 47 tag asks for, or null if none fits: the tag itself (`pt-BR`,
 * `pt_BR` -> `pt-br`), else its base language (`de-AT` -> `de`), else an alias (`pt` -> `pt-br`).
 */
export function resolveLanguage(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const lower = tag.trim().toLowerCase().replace(/_/g, '-');
  if (UI_LANGUAGES.includes(lower)) return lower;
  const base = lower.split('-')[0] ?? '';
  return UI_LANGUAGES.includes(base) ? base : (ALIASES[base] ?? null);
}

/**
 * The name of a UI language in that language, for the language menu: CLDR's name from
 * `Intl.DisplayNames` ("português (Brasil)", "українська"), with its first letter capitalized
 * as CLDR's context transforms ask for a name standing alone in a menu ("Português (Brasil)",
 * "Українська"); `Intl` gives the mid-sentence form only. Scripts without case are unchanged.
 */
export function nativeLanguageName(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code;
  }
}

/**
 * The UI languages in menu order: by native name, Latin script first (as Intl.Collator sorts).
 * The build lists them (vite.config.ts, `__LANGUAGE_MENU__`): Intl takes tens of milliseconds
 * to name them on a page's first load.
 */
export function languageMenu(): { code: string; name: string }[] {
  const collator = new Intl.Collator('en');
  return UI_LANGUAGES.map((code) => ({ code, name: nativeLanguageName(code) })).sort((a, b) =>
    collator.compare(a.name, b.name),
  );
}
