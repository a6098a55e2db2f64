/**
 * Rules for human-readable text from data files, which other people write and embeds show:
 * what a name may contain, how a value is quoted safely in a message, and how it is cleaned for
 * drawing on a canvas. Pure TypeScript; the schema, the validator and the views share it.
 *
 * Refused in every text field: C0 and C1 control characters (NUL, ESC, BEL, ...), DEL, line and
 * paragraph separators (U+2028, U+2029), bidirectional embeddings, overrides and isolates
 * (U+202A-U+202E, U+2066-U+2069: they reverse or reorder what follows, on screen and in a
 * terminal), and lone surrogates (half of a character, from an escape such as `\ud800`). A name
 * must also hold something visible: zero-width and other invisible characters do not count.
 * Letter-like marks that right-to-left text legitimately needs (U+200E, U+200F, U+061C) stay
 * allowed.
 */
import { msg, type Message } from './message.ts';

/** Characters refused anywhere in text, as a regular-expression class body (no `u` flag). */
const FORBIDDEN_CLASS =
  '\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069';

/**
 * Text without forbidden characters or lone surrogates. Written without the `u` flag and so that
 * it means the same with it, as JSON Schema validators differ in which they use.
 */
export const SAFE_TEXT = new RegExp(
  `^(?:[^${FORBIDDEN_CLASS}\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$`,
);

/** Characters that show nothing: white space, zero-width and other invisible format characters. */
const INVISIBLE_CLASS =
  '\\s\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180F\\u200B-\\u200F\\u2060-\\u206F\\u2800\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF9-\\uFFFB';

/** Text holding at least one visible character (tags and variation selectors do not count). */
export const VISIBLE_TEXT = new RegExp(
  // eslint-disable-next-line no-misleading-character-class -- invisible marks listed on purpose
  `[^${INVISIBLE_CLASS}${FORBIDDEN_CLASS}\\uD800-\\uDFFF]|(?!\\uDB40)[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]|\\uDB40[\\uDC80-\\uDCFF\\uDDF0-\\uDFFF]`,
);

/**
 * The rule on links beyond their pattern (schema.ts `HttpUrl`): the URL parser reads an http or
 * https address with a host and no user name or password.
 */
export function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (
      (u.protocol === 'http:' || u.protocol === 'https:') &&
      u.hostname.length > 0 &&
      u.username === '' &&
      u.password === ''
    );
  } catch {
    return false;
  }
}

/** The messages the schema gives; the validator replaces them with precise ones. */
export const TEXT_MESSAGE = 'must not contain control or bidirectional formatting characters';
export const BLANK_MESSAGE = 'must not be blank (it has only invisible characters)';

const hex = (code: number): string => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** What kind of character a refused one is, for a message. */
function kindOf(code: number): Message {
  if (code === 0x2028) return msg('validate-char-line-separator');
  if (code === 0x2029) return msg('validate-char-paragraph-separator');
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069))
    return msg('validate-char-bidi');
  return msg('validate-char-control');
}

const FORBIDDEN_OR_SURROGATE = new RegExp(`[${FORBIDDEN_CLASS}\\uD800-\\uDFFF]`, 'g');

/** The first refused character of a text, or undefined if there is none. */
export function firstForbidden(value: string): { index: number; why: Message } | undefined {
  FORBIDDEN_OR_SURROGATE.lastIndex = 0;
  for (;;) {
    const m = FORBIDDEN_OR_SURROGATE.exec(value);
    if (!m) return undefined;
    const i = m.index;
    const code = value.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        FORBIDDEN_OR_SURROGATE.lastIndex = i + 2;
        continue;
      }
      return { index: i, why: msg('validate-char-lone-surrogate', hex(code)) };
    }
    if (code >= 0xdc00 && code <= 0xdfff)
      return { index: i, why: msg('validate-char-lone-surrogate', hex(code)) };
    return { index: i, why: msg('validate-char-named', hex(code), kindOf(code)) };
  }
}

/** The message for text the schema's rules refused, naming the first offending character. */
export function textMessage(value: unknown): Message {
  if (typeof value !== 'string') return msg('validate-text-formatting');
  const found = firstForbidden(value);
  if (found) return msg('validate-text-forbidden', found.why, quote(value, 40));
  if (!VISIBLE_TEXT.test(value)) return msg('validate-text-invisible');
  return msg('validate-text-formatting');
}

/** Characters escaped when data is quoted in a message: all the above, and invisible ones. */
const ESCAPED = new RegExp(
  // eslint-disable-next-line no-misleading-character-class -- invisible marks listed on purpose
  `["\\\\${FORBIDDEN_CLASS}\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180F\\u200B-\\u200F\\u2060-\\u206F\\u3164\\uFEFF\\uFFA0\\uFFF9-\\uFFFB]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]`,
  'g',
);
const SHORT: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};
const escapeChar = (c: string): string =>
  SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Escapes text for a message line: controls, bidirectional and invisible characters, line
 * separators and lone surrogates become `\uXXXX`, so a message is one line that reads as
 * written. With `spaces`, spaces are escaped too (for JSON path segments, which must not
 * contain a space).
 */
export function escapeText(value: string, spaces = false): string {
  const escaped = value.replace(ESCAPED, escapeChar);
  return spaces ? escaped.replaceAll(' ', '\\u0020') : escaped;
}

/** Quotes a string from the data for a message: escaped, on one line, and bounded in length. */
export function quote(value: string, max = 60, spaces = false): string {
  let s = value;
  let cut = false;
  if (s.length > max) {
    s = s.slice(0, max);
    if (/[\uD800-\uDBFF]$/.test(s)) s = s.slice(0, -1);
    cut = true;
  }
  return `"${escapeText(s, spaces)}${cut ? '…' : ''}"`;
}

/** Text for a canvas label or other plain drawing: refused and invisible format characters removed. */
export function displayText(value: string): string {
  return value.replace(ESCAPED, (c) => (c === '"' || c === '\\' ? c : ''));
}

/**
 * Text from data set in a sentence of the interface (a name in a translated message): cleaned
 * as for drawing, and wrapped in first-strong isolate marks (U+2068 ... U+2069), so that a
 * right-to-left name neither takes the words around it along nor is reordered by them.
 */
export function isolate(value: string): string {
  return `\u2068${displayText(value)}\u2069`;
}

type Script = 'Latin' | 'Greek' | 'Cyrillic' | 'Armenian' | 'Cherokee';

/** The script of a letter among those whose letters look alike, or undefined for others. */
function scriptOf(code: number): Script | undefined {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return 'Latin';
  if (code < 0xc0) return undefined;
  if (code <= 0x24f || (code >= 0x1e00 && code <= 0x1eff) || (code >= 0xff21 && code <= 0xff5a))
    return code === 0xd7 || code === 0xf7 ? undefined : 'Latin';
  if ((code >= 0x370 && code <= 0x3ff) || (code >= 0x1f00 && code <= 0x1fff)) return 'Greek';
  if (
    (code >= 0x400 && code <= 0x52f) ||
    (code >= 0x1c80 && code <= 0x1c8f) ||
    (code >= 0x2de0 && code <= 0x2dff) ||
    (code >= 0xa640 && code <= 0xa69f)
  )
    return 'Cyrillic';
  if (code >= 0x530 && code <= 0x58f) return 'Armenian';
  if ((code >= 0x13a0 && code <= 0x13ff) || (code >= 0xab70 && code <= 0xabbf)) return 'Cherokee';
  return undefined;
}

/**
 * The first word that mixes letters of scripts that look alike (Latin `a` and Cyrillic `а`):
 * a likely homoglyph, meant to pass for another name. Text in one script per word is fine.
 */
export function mixedScriptWord(value: string): { word: string; scripts: string[] } | undefined {
  // Pure ASCII cannot mix scripts: most names stop here.
  if (!/[^\p{ASCII}]/u.test(value)) return undefined;
  for (const word of value.split(/[\s\-‐–—_/.,;:()'"’]+/)) {
    const scripts = new Set<Script>();
    for (let i = 0; i < word.length; i++) {
      const s = scriptOf(word.charCodeAt(i));
      if (s) scripts.add(s);
    }
    if (scripts.size > 1) return { word, scripts: [...scripts] };
  }
  return undefined;
}
