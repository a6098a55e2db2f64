/**
 * The page's lazily loaded message files (src/i18n/catalog.ts) against the list of UI languages
 * and Node's eager table: one list, every file, the same messages.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMessages, loadedMessages } from '../../src/i18n/catalog.ts';
import { UI_LANGUAGES } from '../../src/i18n/languages.ts';
import { MESSAGES } from '../../src/i18n/messages.ts';

describe('message catalog', () => {
  it('lists every message file, and Node has the same table', () => {
    const files = readdirSync('src/i18n')
      .filter((f) => f.endsWith('.json') && f !== 'qqq.json')
      .map((f) => f.slice(0, -5));
    expect([...UI_LANGUAGES].sort()).toEqual(files.sort());
    expect(Object.keys(MESSAGES).sort()).toEqual([...UI_LANGUAGES].sort());
  });

  it('loads each language with the messages Node has', async () => {
    for (const code of UI_LANGUAGES) {
      expect(await loadMessages(code)).toEqual(MESSAGES[code]);
      expect(loadedMessages(code)).toEqual(MESSAGES[code]);
    }
    expect(await loadMessages('xx')).toBeNull();
  });
});
