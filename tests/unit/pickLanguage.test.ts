/** Which UI language a request gets (URL `lang`, then the browser's languages, then English). */
import { describe, expect, it } from 'vitest';
import {
  I18n,
  menuLanguages,
  nativeLanguageName,
  pickLanguage,
  UI_LANGUAGES,
} from '../../src/i18n/i18n.svelte.ts';
import { languageMenu } from '../../src/i18n/languages.ts';

describe('pickLanguage', () => {
  it.each([
    [['pt-br'], 'pt-br'],
    [['pt-BR'], 'pt-br'],
    [['pt_BR'], 'pt-br'],
    [['pt'], 'pt-br'],
    [['pt-PT'], 'pt-br'],
    [['de'], 'de'],
    [['de-AT'], 'de'],
    [['uk'], 'uk'],
    [['uk-UA'], 'uk'],
    [['id'], 'id'],
    [['id-ID'], 'id'],
    [['in'], 'id'],
    [['ar-EG'], 'ar'],
    [['es-419'], 'es'],
    [[null, 'fr-CA', 'en'], 'fr'],
    [['xx', 'zz-ZZ', 'de-CH'], 'de'],
    [['ru'], 'en'],
    [[], 'en'],
  ] as [(string | null)[], string][])('%j → %s', (requested, expected) => {
    expect(pickLanguage(requested)).toBe(expected);
  });
  it('offers the eight UI languages', () => {
    expect([...UI_LANGUAGES].sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'id', 'pt-br', 'uk']);
  });
});

describe('I18n in the new languages', () => {
  it.each([
    ['pt-br', 0, 'Nenhuma organização e nenhum encontro exibidos'],
    ['pt-br', 1, 'Uma organização e um encontro exibidos'],
    ['pt-br', 21, '21 organizações e 21 encontros exibidos'],
    ['de', 1, 'Eine Organisation und ein Treffen angezeigt'],
    ['de', 21, '21 Organisationen und 21 Treffen angezeigt'],
    ['uk', 1, 'Показано 1 організацію і 1 зустріч'],
    ['uk', 3, 'Показано 3 організації і 3 зустрічі'],
    ['uk', 11, 'Показано 11 організацій і 11 зустрічей'],
    ['uk', 21, 'Показано 21 організацію і 21 зустріч'],
    ['uk', 0, 'Показано 0 організацій і 0 зустрічей'],
    ['id', 1, '1 organisasi dan 1 pertemuan ditampilkan'],
    ['id', 21, '21 organisasi dan 21 pertemuan ditampilkan'],
  ] as const)('%s app-summary with %d', (locale, n, expected) => {
    expect(new I18n(locale).t('app-summary', n, n)).toBe(expected);
  });
  it('formats numbers and dates for the UI language', () => {
    const i18n = new I18n('de');
    expect(i18n.t('filter-summary', 1234, 2)).toBe('1.234 Organisationen, 2 Treffen angezeigt');
    // The toolbar's summary groups digits as the filter panel's does.
    expect(i18n.t('app-summary', 20000, 800)).toBe(
      '20.000 Organisationen und 800 Treffen angezeigt',
    );
    expect(new I18n('en').t('app-summary', 20000, 1200)).toBe(
      '20,000 organizations and 1,200 meetups shown',
    );
    expect(i18n.dateRange('2014-11-21', '2014-11-23')).toBe('21.–23. November 2014');
    expect(i18n.list(['Argentinien', 'Chile', 'Uruguay'])).toBe('Argentinien, Chile und Uruguay');
    expect(i18n.dateRange('2014', '2014-11-23')).toBe('2014 – 23. November 2014');
  });
});

describe('the language menu', () => {
  it('names each UI language in itself, capitalized as a menu item, Latin script first', () => {
    expect(menuLanguages()).toEqual([
      { code: 'de', name: 'Deutsch' },
      { code: 'en', name: 'English' },
      { code: 'es', name: 'Español' },
      { code: 'fr', name: 'Français' },
      { code: 'id', name: 'Indonesia' },
      { code: 'pt-br', name: 'Português (Brasil)' },
      { code: 'uk', name: 'Українська' },
      { code: 'ar', name: 'العربية' },
    ]);
  });
  it('is the list the build made, the same as Intl makes it', () => {
    expect(menuLanguages()).toEqual(languageMenu());
  });
  it('keeps a code Intl cannot name', () => {
    expect(nativeLanguageName('not a tag')).toBe('not a tag');
  });
});

describe('languageName', () => {
  it('asks Intl first, then the names the app knows, then shows the code as a code', () => {
    const en = new I18n('en');
    expect(en.languageName('es')).toBe('Spanish');
    // Dagbani: not in Intl here (nor in Chromium), in the app's table, in its own language.
    expect(en.languageName('dag')).toBe('Dagbanli');
    expect(en.languageName('qaa')).toBe('language code “qaa”');
    expect(new I18n('es').languageName('qaa')).toBe('código de idioma «qaa»');
  });
});

describe('pickLanguage from its sources: lang parameter, host page, browser, English', () => {
  it.each([
    [{ param: 'uk', hostLang: 'de', browser: ['fr'] }, 'uk'],
    [{ param: null, hostLang: 'de-CH', browser: ['fr'] }, 'de'],
    [{ param: 'ru', hostLang: 'pt-PT', browser: ['fr'] }, 'pt-br'],
    [{ param: '', hostLang: '', browser: ['ru', 'es-MX'] }, 'es'],
    [{ hostLang: 'xx', browser: ['ru'] }, 'en'],
    [{ param: 'AR' }, 'ar'],
    [{}, 'en'],
  ] as const)('%j → %s', (sources, expected) => {
    expect(pickLanguage(sources)).toBe(expected);
  });
});
