/** Records' names in the UI language, and the direction a label is drawn in. */
import { describe, expect, it } from 'vitest';
import { localName, shownName, textDirection } from '../../src/model/localNames.ts';

const canada = { name: 'Wikimedia Canada', names: { fr: 'Wikimédia Canada' } };

describe('localName', () => {
  it.each([
    [canada, 'fr', 'Wikimédia Canada'],
    [canada, 'en', undefined],
    [canada, 'de', undefined],
    [{ name: 'X', names: { 'pt-BR': 'Xis' } }, 'pt-br', 'Xis'],
    [{ name: 'X', names: { pt: 'Xis' } }, 'pt-br', 'Xis'],
    [{ name: 'X', names: { 'de-CH': 'Iks CH', de: 'Iks' } }, 'de', 'Iks'],
    [{ name: 'X', names: { 'de-CH': 'Iks CH' } }, 'de', 'Iks CH'],
    [{ name: 'Wikimedia España', names: { es: 'Wikimedia España' } }, 'es', undefined],
    [{ name: 'X' }, 'ar', undefined],
  ])('%j in %s → %s', (record, locale, expected) => {
    expect(localName(record, locale)).toBe(expected);
  });
  it('puts the local name first and keeps the English one', () => {
    expect(shownName(canada, 'fr')).toEqual({
      name: 'Wikimédia Canada',
      english: 'Wikimedia Canada',
    });
    expect(shownName(canada, 'uk')).toEqual({ name: 'Wikimedia Canada' });
  });
});

describe('textDirection', () => {
  it.each([
    ['Wikimedia Levant', 'ltr'],
    ['ويكيميديا المشرق', 'rtl'],
    ['ויקימדיה ישראל', 'rtl'],
    ['2024 ويكي عربية (WikiArabia)', 'rtl'],
    ['(WikiArabia) ويكي عربية', 'ltr'],
    ['Вікімедіа Україна', 'ltr'],
    ['香港維基媒體協會', 'ltr'],
    ['2024 — 12', undefined],
    ['٢٠٢٤ Wiki', 'ltr'],
    ['𞤀𞤣𞤤𞤢𞤥', 'rtl'],
  ] as const)('%s → %s', (text, expected) => {
    expect(textDirection(text)).toBe(expected);
  });
});
