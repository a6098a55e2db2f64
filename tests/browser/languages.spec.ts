/**
 * Each UI language added after English, Spanish, French and Arabic, loaded with `?lang=`: the
 * interface is translated, plurals take the form CLDR gives the count (Ukrainian has four),
 * meetup dates are written by Intl in that language, the language stays in links, and axe-core
 * finds nothing. Screenshots at 1366 px are for a person to look at (long German and
 * Portuguese labels must not break the header); nothing compares them.
 */
import { readFileSync } from 'node:fs';
import { axeViolations, expect, screenshot, test } from './fixtures.ts';

interface DataFile {
  organizations: unknown[];
  meetups: unknown[];
}
const data = JSON.parse(readFileSync('data/wikimedia.json', 'utf8')) as DataFile;
const ORGS = data.organizations.length;
const MEETUPS = data.meetups.length;

/** Word forms by CLDR plural category, written out by hand so the test does not trust the app. */
type Forms = Partial<Record<Intl.LDMLPluralRule, string>>;
function word(locale: string, n: number, forms: Forms): string {
  const category = new Intl.PluralRules(locale).select(n);
  const w = forms[category];
  if (!w) throw new Error(`no ${category} form for ${n} in ${locale}`);
  return w;
}

interface Case {
  lang: string;
  /** The selected option of the language menu. */
  menu: string;
  /** A translated label: the kind shown above a meetup's name in the details panel. */
  meetupKind: string;
  /** The toolbar summary for every organization and meetup of the dataset. */
  summary: (orgs: number, meetups: number) => string;
  /** Iberoconf 2014, 21–23 November 2014, as Intl writes it in this language. */
  dates: string;
}

const CASES: Case[] = [
  {
    lang: 'pt-br',
    menu: 'Português (Brasil)',
    meetupKind: 'Encontro',
    summary: (o, m) => `${o} organizações e ${m} encontros exibidos`,
    dates: '21 – 23 de novembro de 2014',
  },
  {
    lang: 'de',
    menu: 'Deutsch',
    meetupKind: 'Treffen',
    summary: (o, m) => `${o} Organisationen und ${m} Treffen angezeigt`,
    dates: '21.–23. November 2014',
  },
  {
    lang: 'uk',
    menu: 'Українська',
    meetupKind: 'Зустріч',
    summary: (o, m) =>
      `Показано ${o} ${word('uk', o, { one: 'організацію', few: 'організації', many: 'організацій' })}` +
      ` і ${m} ${word('uk', m, { one: 'зустріч', few: 'зустрічі', many: 'зустрічей' })}`,
    dates: '21–23 листопада 2014 р.',
  },
  {
    lang: 'id',
    menu: 'Indonesia',
    meetupKind: 'Pertemuan',
    summary: (o, m) => `${o} organisasi dan ${m} pertemuan ditampilkan`,
    dates: '21–23 November 2014',
  },
];

/** ICU writes thin and no-break spaces around range dashes; compare plain spaces. */
const plain = (s: string | null) => (s ?? '').replace(/[\u2009\u202f\u00a0]/g, ' ').trim();

for (const c of CASES) {
  test(`?lang=${c.lang}: translated, plural and date in that language, kept in links, axe clean`, async ({
    page,
  }) => {
    await page.goto(`./?lang=${c.lang}&focus=iberoconf-2014`);
    await expect(page.locator('.app')).toHaveAttribute('data-status', 'ready');
    await expect(page.locator('html')).toHaveAttribute('lang', c.lang);
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByTestId('notices')).toHaveCount(0);

    const menu = page.locator('header select');
    await expect(menu).toHaveValue(c.lang);
    await expect(menu.locator('option:checked')).toHaveText(c.menu);

    // The summary opens with the counts; notes (what the map cannot place) may follow.
    await expect(page.getByTestId('summary')).toHaveText(
      new RegExp(`^${c.summary(ORGS, MEETUPS).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( · |$)`),
    );

    const details = page.getByTestId('details');
    await expect(details.getByRole('heading', { level: 2 })).toHaveText('Iberoconf 2014');
    await expect(details).toContainText(c.meetupKind);
    const dates = details.locator('[data-field="dates"] dd');
    await expect.poll(async () => plain(await dates.textContent())).toBe(c.dates);

    await screenshot(page, `languages-${c.lang}-1366`);
    expect(await axeViolations(page)).toEqual([]);

    // The language stays in links: select an organizer, the URL keeps `lang`.
    await details.getByRole('button', { name: 'Wikimedia Argentina' }).first().click();
    await expect(page).toHaveURL(/focus=wikimedia-argentina/);
    await expect(page).toHaveURL(new RegExp(`[?&]lang=${c.lang}(&|$)`));
  });
}

test('?lang=pt (and pt-BR) opens Brazilian Portuguese without a notice', async ({ page }) => {
  for (const tag of ['pt', 'pt-BR']) {
    await page.goto(`./?lang=${tag}`);
    await expect(page.locator('.app')).toHaveAttribute('data-status', 'ready');
    await expect(page.locator('html')).toHaveAttribute('lang', 'pt-br');
    await expect(page.getByTestId('notices')).toHaveCount(0);
    await expect(page.locator('header select')).toHaveValue('pt-br');
  }
});
