/**
 * BCP 47 language tags (RFC 5646): well-formedness by the `Language-Tag` grammar, and, where
 * the runtime has it, acceptance by `Intl.getCanonicalLocales`, which is what the app's
 * `Intl.DisplayNames` calls need. Both must pass: a tag like `zh-min-nan` or `zh-yue` is
 * well-formed BCP 47 (an extended language subtag) but browsers refuse it, and naming it would
 * throw at run time.
 */
import { msg, type Message } from './message.ts';

const ALPHA = '[A-Za-z]';
const DIGIT = '[0-9]';
const ALNUM = '[A-Za-z0-9]';

const language = `(?:${ALPHA}{2,3}(?:-${ALPHA}{3}){0,3}|${ALPHA}{4}|${ALPHA}{5,8})`;
const script = `${ALPHA}{4}`;
const region = `(?:${ALPHA}{2}|${DIGIT}{3})`;
const variant = `(?:${ALNUM}{5,8}|${DIGIT}${ALNUM}{3})`;
const singleton = '[0-9A-WYZa-wyz]';
const extension = `${singleton}(?:-${ALNUM}{2,8})+`;
const privateUse = `[xX](?:-${ALNUM}{1,8})+`;
const langtag = `${language}(?:-${script})?(?:-${region})?(?:-${variant})*(?:-${extension})*(?:-${privateUse})?`;
/** The irregular grandfathered tags; the regular ones already match `langtag`. */
const irregular = [
  'en-GB-oed',
  'i-ami',
  'i-bnn',
  'i-default',
  'i-enochian',
  'i-hak',
  'i-klingon',
  'i-lux',
  'i-mingo',
  'i-navajo',
  'i-pwn',
  'i-tao',
  'i-tay',
  'i-tsu',
  'sgn-BE-FR',
  'sgn-BE-NL',
  'sgn-CH-DE',
].join('|');

/**
 * The RFC 5646 `Language-Tag` production, written with explicit letter classes so that it can
 * be published as a JSON Schema `pattern` (which has no flags); tags are case-insensitive.
 */
export const BCP47_PATTERN = `^(?:${langtag}|${privateUse}|(?:${irregular.replace(/[a-zA-Z]/g, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`)}))$`;

const WELL_FORMED = new RegExp(BCP47_PATTERN);

/**
 * Preferred values from the IANA subtag registry for grandfathered tags that browsers refuse.
 * Other refused tags with an extended language subtag (`zh-yue`) prefer the extlang (`yue`).
 */
const GRANDFATHERED_PREFERRED: Readonly<Record<string, string>> = {
  'en-gb-oed': 'en-GB-oxendict',
  'i-ami': 'ami',
  'i-bnn': 'bnn',
  'i-hak': 'hak',
  'i-klingon': 'tlh',
  'i-lux': 'lb',
  'i-navajo': 'nv',
  'i-pwn': 'pwn',
  'i-tao': 'tao',
  'i-tay': 'tay',
  'i-tsu': 'tsu',
  'no-bok': 'nb',
  'no-nyn': 'nn',
  'sgn-be-fr': 'sfb',
  'sgn-be-nl': 'vgt',
  'sgn-ch-de': 'sgg',
  'zh-min-nan': 'nan',
};

export type LanguageTagCheck =
  | {
      ok: true;
      /** The conventional casing (`pt-BR`, `zh-Hant`), if it differs. */ recased?: string;
    }
  | { ok: false; /** Reads after the quoted tag: `is not a well-formed ...`. */ message: Message };

/** Conventional casing: language lower, script title, region upper (RFC 5646 section 2.1.1). */
export function conventionalCase(tag: string): string {
  const parts = tag.split('-');
  let afterSingleton = false;
  return parts
    .map((part, index) => {
      if (index === 0 || afterSingleton) {
        return part.toLowerCase();
      }
      if (part.length === 1) {
        afterSingleton = true;
        return part.toLowerCase();
      }
      if (part.length === 4 && /^[A-Za-z]{4}$/.test(part)) {
        return part[0]!.toUpperCase() + part.slice(1).toLowerCase();
      }
      if (part.length === 2 && /^[A-Za-z]{2}$/.test(part)) return part.toUpperCase();
      return part.toLowerCase();
    })
    .join('-');
}

function intlAccepts(tag: string): boolean | undefined {
  const intl = (globalThis as { Intl?: { getCanonicalLocales?: (t: string) => string[] } }).Intl;
  if (!intl || typeof intl.getCanonicalLocales !== 'function') return undefined;
  try {
    intl.getCanonicalLocales(tag);
    return true;
  } catch {
    return false;
  }
}

const checked = new Map<string, LanguageTagCheck>();

/**
 * Checks a language tag. Messages read after the quoted tag: `"pt_BR" is not ...`. Answers are
 * remembered: a dataset repeats a few dozen tags thousands of times, and asking `Intl` is slow.
 */
export function checkLanguageTag(tag: string): LanguageTagCheck {
  let result = checked.get(tag);
  if (result === undefined) {
    result = checkTag(tag);
    if (checked.size < 10_000) checked.set(tag, result);
  }
  return result;
}

function checkTag(tag: string): LanguageTagCheck {
  if (!WELL_FORMED.test(tag)) {
    const message = tag.includes('_')
      ? msg('validate-tag-underscore', JSON.stringify(tag.replaceAll('_', '-')))
      : msg('validate-tag-malformed');
    return { ok: false, message };
  }
  if (intlAccepts(tag) === false) {
    const preferred =
      (Object.hasOwn(GRANDFATHERED_PREFERRED, tag.toLowerCase())
        ? GRANDFATHERED_PREFERRED[tag.toLowerCase()]
        : undefined) ?? /^[A-Za-z]{2,3}-([A-Za-z]{3}(?:-.{2,})?)$/.exec(tag)?.[1];
    const message = preferred
      ? msg('validate-tag-refused-write', JSON.stringify(conventionalCase(preferred)))
      : msg('validate-tag-refused');
    return { ok: false, message };
  }
  const cased = conventionalCase(tag);
  return cased === tag ? { ok: true } : { ok: true, recased: cased };
}
