import { describe, expect, it } from 'vitest';
import type { I18n } from '../../src/i18n/i18n.svelte.ts';
import { clusterLabel } from '../../src/map/labels.ts';
import type { MapPoint } from '../../src/map/points.ts';

/** Messages as their key and parameters: the test reads how the list was joined. */
const i18nIn = (locale: string) =>
  ({
    locale,
    t: (key: string, ...params: unknown[]) => `${key}[${params.join('|')}]`,
    number: (n: number) => String(n),
  }) as unknown as I18n;

const members = ['Alpha', 'Beta', 'Gamma'].map((name) => ({ name }) as MapPoint);

describe('clusterLabel', () => {
  it('joins names as each language does, whichever language asked first', () => {
    for (const locale of ['en', 'de', 'en', 'ja']) {
      const joined = new Intl.ListFormat(locale, { style: 'narrow', type: 'conjunction' }).format(
        members.map((m) => m.name),
      );
      expect(clusterLabel(i18nIn(locale), members)).toBe(`map-place-cluster[3|${joined}]`);
    }
    // The languages really differ, so the test would see a format kept for the wrong one.
    expect(clusterLabel(i18nIn('de'), members)).not.toBe(clusterLabel(i18nIn('en'), members));
  });
});
