/**
 * The explore state in the built app: corrections of a bad link replace the history entry (Back
 * leaves the app, Forward survives), layers, graph mode and edge kinds live in the URL, and two
 * atlases mounted on one page (tests/pages/two-atlases.html, built only for tests) are
 * independent and leave the page's URL alone.
 */
import type { Locator, Page } from '@playwright/test';
import { axeViolations, expect, openApp, screenshot, test } from './fixtures.ts';

test('Back over a corrected link leaves the app, and Forward comes back to it', async ({
  page,
}) => {
  await page.goto('about:blank');
  await openApp(page, '?view=graph&focus=no-such-id');
  await expect(page.getByTestId('notices')).toContainText('no-such-id');
  // The correction replaced the entry: the URL no longer names the unknown id...
  await expect(page).toHaveURL(/\?view=graph$/);
  const length = await page.evaluate(() => history.length);
  expect(length).toBe(2);
  // ...so Back leaves the app instead of bouncing to the cleaned URL.
  await page.goBack();
  await expect(page).toHaveURL('about:blank');
  await page.goForward();
  await expect(page).toHaveURL(/\?view=graph$/);
  await expect(page.locator('[data-view="graph"]')).toBeVisible();
});

test('a step after a corrected link goes back to the corrected state, then out', async ({
  page,
}) => {
  await page.goto('about:blank');
  await openApp(page, '?network=nowhere&network=iberocoop&view=map');
  await expect(page.getByTestId('notices')).toContainText('nowhere');
  await expect(page).toHaveURL(/\?network=iberocoop&view=map$|\?view=map&network=iberocoop$/);
  await page.getByTestId('view-table').click();
  await expect(page).toHaveURL(/view=table/);
  await page.goBack();
  await expect(page).toHaveURL(/view=map/);
  await expect(page).not.toHaveURL(/nowhere/);
  await expect(page.getByTestId('view-map')).toHaveAttribute('aria-pressed', 'true');
  await page.goBack();
  await expect(page).toHaveURL('about:blank');
});

/** Opens a folded legend (a details element). */
async function unfold(details: Locator): Promise<void> {
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await details.locator('summary').first().click();
  }
  await expect(details).toHaveAttribute('open', '');
}

test('layers, graph mode and edge kinds are in the link, and a link restores them', async ({
  page,
}) => {
  await openApp(page, '?view=split');
  const graph = page.getByTestId('graph');
  await unfold(graph.locator('details'));
  await graph.getByRole('radio', { name: 'Organizations only' }).check();
  await expect(page).toHaveURL(/graph=organizations/);
  await graph.getByRole('checkbox', { name: 'Same language' }).uncheck();
  await expect(page).toHaveURL(/edges=member-of,runs-program,organized,attended,collaborated/);
  const legend = page.getByTestId('map-legend');
  await unfold(legend);
  await legend.getByRole('checkbox', { name: 'Former organizations' }).check();
  await expect(page).toHaveURL(/layers=organizations,networks,meetups,former/);
  const link = page.url();

  // The same link in a fresh page gives the same legends.
  const other = await page.context().newPage();
  await openApp(other, new URL(link).search);
  const otherGraph = other.getByTestId('graph');
  await unfold(otherGraph.locator('details'));
  await expect(otherGraph.getByRole('radio', { name: 'Organizations only' })).toBeChecked();
  await expect(otherGraph.getByRole('checkbox', { name: 'Same language' })).not.toBeChecked();
  await expect(otherGraph.getByRole('checkbox', { name: 'Same network' })).toBeChecked();
  const otherLegend = other.getByTestId('map-legend');
  await unfold(otherLegend);
  await expect(otherLegend.getByRole('checkbox', { name: 'Former organizations' })).toBeChecked();
  expect(other.url()).toBe(link);
  await other.close();
});

/** The two atlases of the test page, once both have drawn. */
async function openTwoAtlases(page: Page): Promise<{ left: Locator; right: Locator }> {
  await page.goto('./tests/pages/two-atlases.html');
  const left = page.locator('#iberocoop');
  const right = page.locator('#chapters');
  for (const atlas of [left, right]) {
    await expect(atlas.locator('[data-status="ready"]')).toBeVisible();
    await expect(atlas.getByTestId('map')).toHaveAttribute('data-ready', 'true');
  }
  await expect(right.getByTestId('graph')).toHaveAttribute('data-layout-state', 'settled', {
    timeout: 30_000,
  });
  return { left, right };
}

async function selectBySearch(atlas: Locator, text: string, option: RegExp): Promise<void> {
  const search = atlas.getByTestId('search');
  await search.fill(text);
  await expect(atlas.getByRole('option', { name: option })).toBeVisible();
  await search.press('ArrowDown');
  await search.press('Enter');
}

test('two atlases on one page keep their own selections, filters and cameras', async ({ page }) => {
  // Two whole atlases, a graph layout and axe over both: more work than one page.
  test.setTimeout(180_000);
  const { left, right } = await openTwoAtlases(page);
  const url = page.url();
  const historyLength = await page.evaluate(() => history.length);
  const leftSummary = await left.getByTestId('summary').textContent();
  const rightSummary = await right.getByTestId('summary').textContent();
  expect(leftSummary).not.toEqual(rightSummary);
  await screenshot(page, 'two-atlases');

  // Selecting in one changes nothing in the other.
  await selectBySearch(left, 'Wikimedia Argentina', /Wikimedia Argentina/);
  await expect(left.getByTestId('details').getByRole('heading', { level: 2 })).toHaveText(
    'Wikimedia Argentina',
  );
  await expect(left.getByTestId('map')).toHaveAttribute('data-selected', 'wikimedia-argentina');
  await expect(right.getByTestId('details')).toHaveCount(0);
  await expect(right.getByTestId('map')).toHaveAttribute('data-selected', '');
  await expect(right.getByTestId('graph')).toHaveAttribute('data-selected', '');

  await selectBySearch(right, 'Wikimedia Deutschland', /Wikimedia Deutschland/);
  await expect(right.getByTestId('graph')).toHaveAttribute(
    'data-selected',
    'wikimedia-deutschland',
  );
  await expect(left.getByTestId('map')).toHaveAttribute('data-selected', 'wikimedia-argentina');

  // Filters: clearing the left one's leaves the right one's.
  await left.getByTestId('filters-toggle').click();
  await left.getByTestId('filters').getByRole('button', { name: 'Clear all' }).click();
  await expect(left.getByTestId('summary')).not.toHaveText(leftSummary ?? '');
  await expect(right.getByTestId('summary')).toHaveText(rightSummary ?? '');

  // Cameras: zooming the left map leaves the right map where it was.
  const rightZoom = await right.getByTestId('map').getAttribute('data-zoom');
  const leftMap = left.getByTestId('map');
  const leftZoom = Number(await leftMap.getAttribute('data-zoom'));
  await left.getByRole('button', { name: 'Zoom in' }).click();
  await expect(leftMap).toHaveAttribute('data-zoom', String(leftZoom + 1));
  await expect(right.getByTestId('map')).toHaveAttribute('data-zoom', rightZoom ?? '');

  // Neither wrote the page's URL or its history.
  expect(page.url()).toBe(url);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  await screenshot(page, 'two-atlases-selected');
  expect(await axeViolations(page)).toEqual([]);
});
