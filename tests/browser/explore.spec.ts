/**
 * Exploring in the built app: filters reach the map, the graph and the table at once; search;
 * deep links and back/forward; the timeline's playback; the phone layout. axe-core runs in
 * every state.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeViolations, expect, graphPosition, openApp, screenshot, test } from './fixtures.ts';

interface DataFile {
  organizations: { id: string; name: string; status: string; location?: unknown }[];
  networks: { id: string; members: string[]; inferredMembers?: string[] }[];
}
const data = JSON.parse(readFileSync('data/wikimedia.json', 'utf8')) as DataFile;
const iberocoop = data.networks.find((n) => n.id === 'iberocoop')!;
const members = new Set([...iberocoop.members, ...(iberocoop.inferredMembers ?? [])]);
const memberOrgs = data.organizations.filter((o) => members.has(o.id));
const nonMember = data.organizations.find((o) => o.id === 'wikimedia-ukraine')!;

async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/** Ids of the organizations listed in the table's organizations tab. */
async function tableOrgIds(page: Page): Promise<string[]> {
  const table = page.getByTestId('table');
  await expect(table).toBeVisible();
  return table
    .locator('tbody tr[data-id]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id') ?? ''));
}

test('filtering to Iberocoop leaves only its members on the map, the graph and the table', async ({
  page,
}) => {
  await openApp(page, '?view=split');
  const toggle = page.getByTestId('filters-toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const filters = page.getByTestId('filters');
  const networks = filters.locator('details', {
    has: page.locator('summary', { hasText: 'Network' }),
  });
  if ((await networks.getAttribute('open')) === null) await networks.locator('summary').click();
  await networks.getByRole('checkbox', { name: /^Iberocoop\b/ }).check();
  await expect(page).toHaveURL(/network=iberocoop/);

  const placedActiveMembers = memberOrgs.filter((o) => o.location && o.status === 'active');
  await expect(page.getByTestId('map')).toHaveAttribute(
    'data-marker-count',
    String(placedActiveMembers.length),
  );
  const graph = page.getByTestId('graph');
  await expect(graph).toHaveAttribute('data-layout-state', 'settled', { timeout: 30_000 });
  const positions = await Promise.all(
    [memberOrgs[0]!.id, nonMember.id].map((id) => graphPosition(page, id, graph)),
  );
  expect(positions[0], 'a member is in the graph').not.toBeNull();
  expect(positions[1], 'a non-member is not').toBeNull();
  await screenshot(page, 'explore-iberocoop-split');
  await expectNoAxeViolations(page);

  await page.getByTestId('view-table').click();
  await expect(page).toHaveURL(/view=table/);
  expect((await tableOrgIds(page)).sort()).toEqual(memberOrgs.map((o) => o.id).sort());
  await expectNoAxeViolations(page);
});

test('search finds the Tunisian user group by its French name and selects it', async ({ page }) => {
  await openApp(page);
  const search = page.getByTestId('search');
  await search.fill('tunisie');
  const option = page.getByRole('option', { name: /Wikimedia Tunisie/ });
  await expect(option).toBeVisible();
  await expectNoAxeViolations(page);
  await search.press('ArrowDown');
  await search.press('Enter');
  const details = page.getByTestId('details');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(/TN User Group|Tunisie/);
  await expect(page).toHaveURL(/focus=wikimedia-tn-user-group/);
});

test('the example deep link opens that exact state, and back returns to the previous one', async ({
  page,
}) => {
  await openApp(page, '?view=split&network=iberocoop&focus=iberoconf-2014');
  await expect(page.getByTestId('notices')).toHaveCount(0);
  await expect(page.getByTestId('view-split')).toHaveAttribute('aria-pressed', 'true');
  const details = page.getByTestId('details');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Iberoconf 2014');
  await expect(page.getByTestId('summary')).toContainText(`${memberOrgs.length} organizations`);
  await expect(page.getByTestId('map')).toBeVisible();
  await expect(page.getByTestId('graph')).toBeVisible();
  await screenshot(page, 'explore-deep-link');
  await expectNoAxeViolations(page);

  // Move on: select an organizer from the details, then go back.
  await details.getByRole('button', { name: 'Wikimedia Argentina' }).first().click();
  await expect(page).toHaveURL(/focus=wikimedia-argentina/);
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Wikimedia Argentina');
  await page.goBack();
  await expect(page).toHaveURL(/focus=iberoconf-2014/);
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Iberoconf 2014');
  await page.goForward();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Wikimedia Argentina');
});

test('invalid link parameters are ignored with a visible notice, not a blank page', async ({
  page,
}) => {
  await openApp(page, '?view=globe&focus=wikimedia-atlantis&network=nowhere&colour=red');
  const notices = page.getByTestId('notices');
  await expect(notices).toContainText('"globe"');
  await expect(notices).toContainText('wikimedia-atlantis');
  await expect(notices).toContainText('nowhere');
  await expect(notices).toContainText('colour');
  await expect(page.getByTestId('map')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the timeline plays year by year and filters the views as it goes', async ({ page }) => {
  await openApp(page, '?view=map');
  const entries = await page.evaluate(() => history.length);
  const timeline = page.getByTestId('timeline');
  await timeline.getByRole('button', { name: /play/i }).click();
  await expect(page).toHaveURL(/from=\d{4}&to=\d{4}/);
  const first = new URL(page.url()).searchParams.get('from');
  await expect
    .poll(async () => new URL(page.url()).searchParams.get('from'), { timeout: 20_000 })
    .not.toBe(first);
  await timeline.getByRole('button', { name: /pause/i }).click();
  const from = Number(new URL(page.url()).searchParams.get('from'));
  expect(from).toBeGreaterThan(Number(first));
  // Playing is one step back, however many years it showed.
  expect(await page.evaluate(() => history.length)).toBe(entries + 1);
  await screenshot(page, 'explore-timeline-playing');
  await expectNoAxeViolations(page);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('panels are sheets, the split view switches between map and graph, nothing overflows', async ({
    page,
  }) => {
    await openApp(page, '?focus=wikimedia-argentina');
    await expect(page.getByTestId('details')).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'phone-details');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Graph', exact: true }).last().tap();
    await expect(page.getByTestId('graph')).toBeVisible();
    await expect(page.getByTestId('map')).toHaveCount(0);

    await page.getByTestId('filters-toggle').tap();
    await expect(page.getByTestId('filters')).toBeVisible();
    await screenshot(page, 'phone-filters');
    await expectNoAxeViolations(page);
  });
});
