/**
 * Both writing directions: names in Arabic and Hebrew among Latin ones (tests/fixtures/
 * mixed-direction.json: real WikiArabia records, with Arabic and Hebrew names added as test
 * data), local names in the UI language, and the Arabic UI mirrored: details panel, table and
 * timeline. axe-core runs in Arabic, Spanish and French (the other UI languages have theirs in
 * languages.spec.ts and explore.spec.ts). Screenshots are for a person to look at.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { AtlasGraphElement } from '../../src/graph/testHook.ts';
import { axeViolations, expect, screenshot, test } from './fixtures.ts';

const mixed = readFileSync('tests/fixtures/mixed-direction.json', 'utf8');

async function openMixed(page: Page, query: string): Promise<void> {
  await page.route('**/mixed.json', (route) =>
    route.fulfill({ body: mixed, contentType: 'application/json' }),
  );
  await page.goto(`./?data=mixed.json&${query}`);
  await expect(page.locator('.app')).toHaveAttribute('data-status', 'ready');
}

/** The names the graph has drawn, with the direction each was shaped in. */
async function graphLabels(page: Page) {
  const graph = page.getByTestId('graph');
  await expect(graph).toHaveAttribute('data-layout-state', 'settled');
  return graph.evaluate((el) => (el as AtlasGraphElement).atlasGraph?.labels() ?? []);
}

/** The direction a name's isolate resolved to in the page (`<bdi>` and `dir="auto"`). */
const direction = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => getComputedStyle(el).direction);

test('in English, an Arabic name keeps its own order: canvas labels, table and details', async ({
  page,
}) => {
  await openMixed(page, 'view=graph');
  await expect
    .poll(async () => (await graphLabels(page)).map((l) => l.id))
    .toContain('wikimedians-of-the-uae-user-group');
  const labels = await graphLabels(page);
  const byId = new Map(labels.map((l) => [l.id, l]));
  // Arabic first, with "(UAE)" after it: shaped right to left, as a first-strong isolate would.
  expect(byId.get('wikimedians-of-the-uae-user-group')).toMatchObject({
    text: 'ويكيميديو الإمارات (UAE)',
    direction: 'rtl',
  });
  expect(byId.get('wikimedia-israel')).toMatchObject({
    text: 'Wikimedia Israel',
    direction: 'ltr',
  });
  await screenshot(page, 'bidi-en-graph');

  await page.goto('./?data=mixed.json&view=table&focus=wikimedians-of-the-uae-user-group');
  await expect(page.locator('.app')).toHaveAttribute('data-status', 'ready');
  const row = page.locator('tbody tr[data-id="wikimedians-of-the-uae-user-group"]');
  await expect(row.locator('th .name bdi')).toHaveText('ويكيميديو الإمارات (UAE)');
  expect(
    await direction(page, 'tbody tr[data-id="wikimedians-of-the-uae-user-group"] th bdi'),
  ).toBe('rtl');
  const heading = page.getByTestId('details').getByRole('heading', { level: 2 });
  await expect(heading).toHaveText('ويكيميديو الإمارات (UAE)');
  expect(await direction(page, '[data-testid="details"] h2 bdi')).toBe('rtl');
  // The parenthesis ends the name on its left, where an Arabic reader ends it, not on the right.
  const order = await heading.locator('bdi').evaluate((bdi) => {
    const text = bdi.firstChild as Text;
    const at = (i: number) => {
      const r = document.createRange();
      r.setStart(text, i);
      r.setEnd(text, i + 1);
      return r.getBoundingClientRect().left;
    };
    const s = text.data;
    return { first: at(0), paren: at(s.indexOf('(')) };
  });
  expect(order.paren).toBeLessThan(order.first);
  await screenshot(page, 'bidi-en-table');
});

test('in Arabic, local names lead with the English name under them; Latin names keep their order', async ({
  page,
}) => {
  await openMixed(page, 'lang=ar&view=graph');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect
    .poll(async () => (await graphLabels(page)).map((l) => l.id))
    .toEqual(
      expect.arrayContaining([
        'egypt-wikimedians-user-group',
        'wikimedians-of-the-levant-user-group',
      ]),
    );
  const byId = new Map((await graphLabels(page)).map((l) => [l.id, l]));
  expect(byId.get('egypt-wikimedians-user-group')).toMatchObject({
    text: 'مجموعة مستخدمي ويكيميديا مصر',
    direction: 'rtl',
  });
  // A Latin name in the Arabic UI is shaped left to right.
  expect(byId.get('wikimedians-of-the-levant-user-group')).toMatchObject({
    text: 'Wikimedians of the Levant User Group',
    direction: 'ltr',
  });
  await screenshot(page, 'bidi-ar-graph');

  await page.goto('./?data=mixed.json&lang=ar&view=table&focus=wikimedia-tn-user-group');
  await expect(page.locator('.app')).toHaveAttribute('data-status', 'ready');
  const details = page.getByTestId('details');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(
    'ويكيميديا تونس (Wikimedia TN)',
  );
  await expect(details.getByTestId('details-english-name')).toHaveText('Wikimedia TN User Group');
  const row = page.locator('tbody tr[data-id="wikimedia-tn-user-group"]');
  await expect(row.locator('th .name')).toHaveText('ويكيميديا تونس (Wikimedia TN)');
  await expect(row.locator('th .english')).toHaveText('Wikimedia TN User Group');
  expect(await direction(page, 'tbody tr[data-id="wikimedia-tn-user-group"] th .english bdi')).toBe(
    'ltr',
  );
  // Search finds a record by its local name and by its English one.
  for (const query of ['ويكيميديا تونس', 'Wikimedia TN']) {
    const box = page.getByRole('combobox').first();
    await box.fill(query);
    await expect(page.getByRole('option').first()).toBeVisible();
    await expect(page.getByRole('listbox').first()).toContainText('Wikimedia TN User Group');
    await box.fill('');
  }
  await screenshot(page, 'bidi-ar-table');
});

test('the Arabic UI is mirrored: details panel, table and timeline; axe clean', async ({
  page,
}) => {
  const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
  const measure = async () => ({
    details: await box('[data-testid="details"]'),
    panes: await box('.panes'),
    firstColumn: await box('thead th:first-child'),
    lastColumn: await box('thead th:last-child'),
    // The timeline's first and last year on its axis.
    years: await page
      .getByTestId('timeline')
      .locator('svg text')
      .evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect().x)),
  });
  await page.goto('./?view=table&focus=iberoconf-2014');
  await expect(page.locator('.app')).toHaveAttribute('data-status', 'ready');
  const ltr = await measure();
  await page.goto('./?lang=ar&view=table&focus=iberoconf-2014');
  await expect(page.locator('.app')).toHaveAttribute('data-status', 'ready');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const rtl = await measure();

  // Left to right: the details panel after the views (on the right). Right to left: before
  // them in reading order, so on the left.
  expect(ltr.details.x).toBeGreaterThan(ltr.panes.x);
  expect(rtl.details.x).toBeLessThan(rtl.panes.x);
  // The name column starts the table: on the left in English, on the right in Arabic.
  expect(ltr.firstColumn.x).toBeLessThan(ltr.lastColumn.x);
  expect(rtl.firstColumn.x).toBeGreaterThan(rtl.lastColumn.x);
  // Time runs in the reading direction: the first year on the left in English, on the right
  // in Arabic.
  expect(ltr.years.length).toBeGreaterThan(2);
  expect(ltr.years[0]).toBeLessThan(ltr.years.at(-1)!);
  expect(rtl.years[0]).toBeGreaterThan(rtl.years.at(-1)!);
  await screenshot(page, 'rtl-ar-table');
  expect(await axeViolations(page)).toEqual([]);
});

for (const lang of ['ar', 'es', 'fr']) {
  test(`axe finds nothing in ${lang}, map and split views with a selection`, async ({ page }) => {
    for (const view of ['map', 'split']) {
      await page.goto(`./?lang=${lang}&view=${view}&focus=wikimedia-argentina`);
      await expect(page.locator('.app')).toHaveAttribute('data-status', 'ready');
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      expect(await axeViolations(page)).toEqual([]);
    }
    await screenshot(page, `axe-${lang}-split`);
  });
}

test('a refused file lists its errors in the UI language', async ({ page }) => {
  const planted = readFileSync('tests/fixtures/planted-errors.json', 'utf8');
  await page.route('**/bad.json', (route) =>
    route.fulfill({ body: planted, contentType: 'application/json' }),
  );
  await page.goto('./?data=bad.json&lang=de');
  const errors = page.getByTestId('data-errors');
  await expect(errors).toBeVisible();
  // The month is named by Intl in German; the place stays as `npm run validate` writes it.
  await expect(errors.locator('li').first()).toHaveText(
    'bad.json:3:14 updated \u2068"2025-02-30"\u2069 ist kein Kalenderdatum: \u2068Februar 2025\u2069 hat 28 Tage',
  );
  await page.goto('./?data=bad.json&lang=ar');
  await expect(errors).toBeVisible();
  await screenshot(page, 'data-errors-ar');
  expect(await axeViolations(page)).toEqual([]);
});
