/**
 * parseOnce: a Banana that parses each message once renders every message of every UI language
 * exactly as banana-i18n does on its own, whatever the parameters, call after call.
 */
import Banana from 'banana-i18n';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOnce } from '../../src/i18n/parseOnce.ts';

const DIR = new URL('../../src/i18n/', import.meta.url);

function messagesOf(name: string): Record<string, string> {
  const file = JSON.parse(readFileSync(new URL(name, DIR), 'utf8')) as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(file)) if (!k.startsWith('@')) out[k] = String(v);
  return out;
}

const FILES = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'qqq.json');
const ALL = Object.fromEntries(FILES.map((f) => [f.replace(/\.json$/, ''), messagesOf(f)]));
const LOCALES = Object.keys(ALL).sort();

/** Parameter lists that reach every branch: numbers for PLURAL, genders for GENDER, text. */
const PARAMS: (string | number)[][] = [
  [0, 0, 0, 0],
  [1, 1, 1, 1],
  [2, 3, 5, 11],
  [21, 100, 1_000_000, 1.5],
  ['male', 'female', 'unknown', 'x'],
  ['‹a›', '‹b›', '‹c›', '‹d›'],
  ['$1', '{{PLURAL:$1|a|b}}', '<b>', '[[x]]'],
];

/** What a call gives: its text, or its error's message. */
function render(banana: Banana, key: string, params: (string | number)[]): string {
  try {
    return banana.i18n(key, ...params);
  } catch (e) {
    return `error: ${(e as Error).message}`;
  }
}

describe('parseOnce', () => {
  it.each(LOCALES)('renders every message of %s as banana-i18n does', (locale) => {
    const options = { messages: ALL, finalFallback: 'en' };
    const plain = new Banana(locale, options);
    const once = new Banana(locale, options);
    expect(parseOnce(once)).toBe(true);
    for (const round of [1, 2])
      for (const key of Object.keys(ALL[locale]!))
        for (const params of PARAMS)
          expect(render(once, key, params), `${key} ${JSON.stringify(params)} (${round})`).toBe(
            render(plain, key, params),
          );
  });

  it('follows setLocale once installed again, and installing twice changes nothing', () => {
    const plain = new Banana('en', { messages: ALL, finalFallback: 'en' });
    const once = new Banana('en', { messages: ALL, finalFallback: 'en' });
    expect(parseOnce(once)).toBe(true);
    expect(parseOnce(once)).toBe(true);
    for (const locale of ['uk', 'ar', 'fr']) {
      plain.setLocale(locale);
      once.setLocale(locale);
      expect(parseOnce(once)).toBe(true);
      for (const n of [0, 1, 2, 5, 22])
        expect(once.i18n('map-place-cluster', n, 'A')).toBe(
          plain.i18n('map-place-cluster', n, 'A'),
        );
    }
  });

  it('keeps templates, tags, wiki links and broken messages as banana-i18n renders them', () => {
    const tricky = {
      plural: '{{PLURAL:$1|one thing|$1 things}} and {{PLURAL:$2|a|b}}',
      nested: '{{PLURAL:$1|{{GENDER:$2|his|her|their}} one|$1 of {{GENDER:$2|his|her|their}}}}',
      formatnum: '{{formatnum:$1}} / {{GRAMMAR:genitive|$2}}',
      tag: '<b>$1</b> and <i>$2</i>',
      link: '[[Special:Foo|$1]] and [https://example.org $2]',
      broken: '{{PLURAL:$1|one',
      plain: 'no template, $1 and $2',
      dollars: '$3 $10 $1$2',
    };
    for (const wikilinks of [false, true]) {
      const options = { messages: { en: tricky }, finalFallback: 'en', wikilinks };
      const plain = new Banana('en', options);
      const once = new Banana('en', options);
      expect(parseOnce(once)).toBe(true);
      for (const round of [1, 2])
        for (const key of Object.keys(tricky))
          for (const params of PARAMS)
            expect(render(once, key, params), `${key} ${wikilinks} (${round})`).toBe(
              render(plain, key, params),
            );
    }
  });

  it('leaves a Banana it does not recognize unchanged', () => {
    const banana = new Banana('en', { messages: { en: { a: '{{PLURAL:$1|x|y}}' } } });
    const inner = banana as unknown as { parser: unknown };
    const { parser } = inner;
    inner.parser = { parse: () => 'z' };
    expect(parseOnce(banana)).toBe(false);
    inner.parser = parser;
    expect(banana.i18n('a', 2)).toBe('y');
  });
});
