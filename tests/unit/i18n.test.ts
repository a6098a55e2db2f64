/**
 * Message files: en.json and qqq.json document the same keys, translations only use English keys
 * (in English order), keep English's `$n` parameters and explicit plural forms, give each PLURAL
 * as many forms as their language needs, and every message renders with banana-i18n.
 */
import Banana from 'banana-i18n';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIR = new URL('../../src/i18n/', import.meta.url);
type MessageFile = Record<string, unknown>;

function read(name: string): MessageFile {
  return JSON.parse(readFileSync(new URL(name, DIR), 'utf8')) as MessageFile;
}

/** The messages of a file, without `@metadata` and other `@` keys. */
function messages(file: MessageFile): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(file)) if (!k.startsWith('@')) out[k] = String(v);
  return out;
}

const en = messages(read('en.json'));
const qqq = messages(read('qqq.json'));
const LOCALES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && f !== 'en.json' && f !== 'qqq.json')
  .map((f) => f.replace(/\.json$/, ''))
  .sort();
/**
 * Languages whose PLURALs must give every CLDR category, in banana-i18n's order (CLDR's: zero,
 * one, two, few, many, other, keeping those the language has). Arabic: zero|one|two|few|many|
 * other; Ukrainian: one (1, 21, 31…) | few (2–4, 22–24…) | many (0, 5–20, 25–30…) | other
 * (fractions). Missing forms would silently reuse the last one: "5 організації" instead of
 * "5 організацій".
 */
const EVERY_PLURAL_FORM = new Set(['ar', 'uk']);
/** The UI languages the app ships; each must have a message file (tested below). */
const SHIPPED = ['ar', 'de', 'es', 'fr', 'id', 'pt-br', 'uk'];

function params(message: string): string[] {
  return [...new Set([...message.matchAll(/\$(\d+)/g)].map((m) => m[1]!))].sort();
}

interface Plural {
  param: string;
  /** Forms without an explicit number, in order. */
  forms: string[];
  /** Explicit forms such as `0=`, as written. */
  explicit: string[];
}

/** The PLURALs of a message, with their top-level forms (nested `{{...}}` stays inside a form). */
function plurals(message: string): Plural[] {
  const out: Plural[] = [];
  const re = /\{\{PLURAL:\s*\$(\d+)\s*\|/gi;
  for (let m = re.exec(message); m; m = re.exec(message)) {
    const forms: string[] = [];
    let depth = 0;
    let current = '';
    let i = m.index + m[0].length;
    for (; i < message.length; i++) {
      if (message.startsWith('{{', i)) {
        depth++;
        current += '{{';
        i++;
      } else if (message.startsWith('}}', i)) {
        if (depth === 0) break;
        depth--;
        current += '}}';
        i++;
      } else if (message[i] === '|' && depth === 0) {
        forms.push(current);
        current = '';
      } else current += message[i];
    }
    if (i >= message.length) throw new Error(`Unclosed PLURAL in: ${message}`);
    forms.push(current);
    const explicit = forms
      .filter((f) => /^\s*\d+=/.test(f))
      .map((f) => f.slice(0, f.indexOf('=') + 1).trim());
    out.push({ param: m[1]!, forms: forms.filter((f) => !/^\s*\d+=/.test(f)), explicit });
  }
  return out;
}

/** `$n` used as a number (PLURAL selector or formatnum) in either message. */
function numericParams(...texts: string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts)
    for (const m of text.matchAll(/\{\{(?:PLURAL|formatnum):\s*\$(\d+)/gi)) out.add(m[1]!);
  return out;
}

describe('message files', () => {
  it('every shipped UI language has one, and nothing else does', () => {
    expect(LOCALES).toEqual(SHIPPED);
  });
  it('Ukrainian and Arabic use every CLDR plural category', () => {
    // If the runtime's CLDR data changed, the forms in uk.json and ar.json must be reviewed.
    const categories = (l: string) =>
      new Intl.PluralRules(l).resolvedOptions().pluralCategories.slice().sort();
    expect(categories('uk')).toEqual(['few', 'many', 'one', 'other']);
    expect(categories('ar')).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    expect(categories('id')).toEqual(['other']);
  });
});

describe('en.json and qqq.json', () => {
  it('every English message is documented in qqq.json', () => {
    expect(Object.keys(en).filter((k) => !(k in qqq))).toEqual([]);
  });
  it('every documented key is an English message', () => {
    expect(Object.keys(qqq).filter((k) => !(k in en))).toEqual([]);
  });
  it('the plural parser reads nested forms and explicit ones', () => {
    expect(plurals('Filters{{PLURAL:$1|0=| ($1)}}')).toEqual([
      { param: '1', forms: [' ($1)'], explicit: ['0='] },
    ]);
    expect(plurals('{{PLURAL:$2|one|{{formatnum:$2}} many}} x')).toEqual([
      { param: '2', forms: ['one', '{{formatnum:$2}} many'], explicit: [] },
    ]);
  });
});

describe.each(LOCALES)('%s.json', (locale) => {
  const file = read(`${locale}.json`);
  const translated = messages(file);
  const keys = Object.keys(translated);

  it('keeps @metadata', () => {
    expect(file['@metadata']).toBeTypeOf('object');
  });

  it('has only English keys, in English order', () => {
    expect(keys.filter((k) => !(k in en))).toEqual([]);
    const order = Object.keys(en);
    const positions = keys.map((k) => order.indexOf(k));
    const outOfOrder = keys.filter((_, i) => i > 0 && positions[i]! < positions[i - 1]!);
    expect(outOfOrder).toEqual([]);
  });

  it('keeps the $n parameters of English', () => {
    const differ = keys
      .filter((k) => k in en && params(translated[k]!).join() !== params(en[k]!).join())
      .map((k) => `${k}: ${params(translated[k]!).join()} vs ${params(en[k]!).join()}`);
    expect(differ).toEqual([]);
  });

  it('gives each PLURAL the forms its language needs and keeps explicit forms', () => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories.length;
    // A language with one category (Indonesian: `other` only) has one form, if any PLURAL at all.
    const [min, max] = EVERY_PLURAL_FORM.has(locale)
      ? [categories, categories]
      : [Math.min(2, categories), categories];
    const problems: string[] = [];
    for (const k of keys) {
      if (!(k in en)) continue;
      const mine = plurals(translated[k]!);
      for (const p of mine)
        if (p.forms.length < min || p.forms.length > max)
          problems.push(
            `${k}: PLURAL:$${p.param} has ${p.forms.length} forms, wants ${min}-${max}`,
          );
      const explicit = new Set(mine.flatMap((p) => p.explicit.map((e) => `$${p.param} ${e}`)));
      for (const p of plurals(en[k]!))
        for (const e of p.explicit)
          if (!explicit.has(`$${p.param} ${e}`)) problems.push(`${k}: lost ${e} of $${p.param}`);
    }
    expect(problems).toEqual([]);
  });
});

/** Digits of a rendered message with group separators removed and Arabic-Indic digits as ASCII. */
function digits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/(\d)[\s.,'\u00a0\u202f\u066c]+(?=\d)/g, '$1');
}

/**
 * A form without the number ("Uma organização", "Одна організація") is right only for the
 * numbers it alone can mean. In Ukrainian `one` also covers 21 and 31, in French and Brazilian
 * Portuguese it covers 0: where English shows the count, the translation must show it too,
 * unless an explicit form (`0=`) or a category meaning a single number (`zero`, `two`) applies.
 */
describe.each(LOCALES)(
  '%s.json keeps the count where a plural category spans several numbers',
  (locale) => {
    const own = messages(read(`${locale}.json`));
    const banana = new Banana(locale, { messages: { en, [locale]: own }, finalFallback: 'en' });
    const english = new Banana('en', { messages: { en }, finalFallback: 'en' });
    const rules = new Intl.PluralRules(locale);
    const keys = Object.keys(own).filter((k) => numericParams(own[k]!, en[k] ?? '').size > 0);

    it.each(keys)('%s', (key) => {
      const numeric = numericParams(own[key]!, en[key] ?? '');
      const names = params(en[key]!);
      const max = Math.max(0, ...names.map(Number));
      const problems: string[] = [];
      for (const param of numeric)
        for (const count of [0, 2, 3, 5, 11, 21, 22, 25, 101, 1_000_000]) {
          if (['zero', 'two'].includes(rules.select(count))) continue;
          const explicit = plurals(own[key]!).some(
            (p) => p.param === param && p.explicit.includes(`${count}=`),
          );
          if (explicit) continue;
          const args = Array.from({ length: max }, (_, i) =>
            String(i + 1) === param ? count : numeric.has(String(i + 1)) ? 7 : `‹p${i + 1}›`,
          );
          const want = String(count);
          if (!digits(english.i18n(key, ...args)).includes(want)) continue;
          const out = banana.i18n(key, ...args);
          if (!digits(out).includes(want)) problems.push(`$${param}=${count}: ${out}`);
        }
      expect(problems).toEqual([]);
    });
  },
);

describe.each(['en', ...LOCALES])('rendering %s with banana-i18n', (locale) => {
  const own = locale === 'en' ? en : messages(read(`${locale}.json`));
  const banana = new Banana(locale, { messages: { en, [locale]: own }, finalFallback: 'en' });
  const COUNTS = [0, 1, 2, 3, 11, 100, 1_000_000];

  it.each(Object.keys(own))('%s', (key) => {
    const message = own[key]!;
    const numeric = numericParams(message, en[key] ?? '');
    const names = params(en[key] ?? message);
    for (const count of COUNTS) {
      const sample = (n: string): string | number => (numeric.has(n) ? count : `‹p${n}›`);
      const max = Math.max(0, ...names.map(Number));
      const args = Array.from({ length: max }, (_, i) => sample(String(i + 1)));
      const out = banana.i18n(key, ...args);
      expect(out, `${key} (${count})`).toBeTypeOf('string');
      expect(out, `${key} (${count})`).not.toMatch(/\{\{|\}\}|\$\d/);
      for (const n of names)
        if (!numeric.has(n)) expect(out, `${key} (${count})`).toContain(`‹p${n}›`);
    }
  });
});
