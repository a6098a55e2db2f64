/**
 * The world map in the built app: drawing, pointer and keyboard selection, accessibility, and
 * screenshots of the views people use (world, Europe, the Pacific, a meetup with its arcs).
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { axeViolations, expect, openApp, screenshot, test } from './fixtures.ts';

interface DataFile {
  organizations: { id: string; status: string; location?: unknown }[];
  meetups: { id: string; location?: unknown; organizers: string[]; participants: string[] }[];
}
const data = JSON.parse(readFileSync('data/wikimedia.json', 'utf8')) as DataFile;
const placedActive = data.organizations.filter((o) => o.location && o.status === 'active').length;
const placedMeetups = data.meetups.filter((m) => m.location).length;

async function openMap(page: Page, search = '?view=map'): Promise<Locator> {
  await openApp(page, search);
  const map = page.getByTestId('map');
  await expect(map).toHaveAttribute('data-ready', 'true');
  return map;
}

/** The keyboard list's entry (a place or a cluster) whose text contains `name`. */
function placeEntry(page: Page, name: string): Locator {
  return page.getByTestId('map-places').locator('button').filter({ hasText: name });
}

/** Opens the legend (closed by default on smaller maps) and returns it. */
async function openLegend(page: Page): Promise<Locator> {
  const legend = page.getByTestId('map-legend');
  if (!(await legend.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await legend.locator('summary').first().click();
  }
  await expect(legend).toHaveAttribute('open', '');
  return legend;
}

/** Waits until the map has laid out its markers again after a camera move. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/**
 * Clicks the marker of `id` the way a person would: on the cluster that holds it until the
 * map has zoomed in far enough to show it alone, then on the marker itself.
 */
async function clickMarker(page: Page, map: Locator, name: string, id: string): Promise<void> {
  const box = (await map.boundingBox())!;
  for (let step = 0; step < 8; step++) {
    const entry = placeEntry(page, name).first();
    await expect(entry).toHaveCount(1);
    const x = Number(await entry.getAttribute('data-x'));
    const y = Number(await entry.getAttribute('data-y'));
    const key = await entry.getAttribute('data-key');
    const zoom = Number(await map.getAttribute('data-zoom'));
    await page.mouse.click(box.x + x, box.y + y);
    if (key === id) return;
    // A cluster click zooms in just enough to split it (its key may stay, with fewer members).
    await expect
      .poll(async () => Number(await map.getAttribute('data-zoom')))
      .toBeGreaterThan(zoom);
    await settle(page);
  }
  throw new Error(`${name} never got a marker of its own`);
}

test('draws the countries and one marker per placed organization', async ({ page }) => {
  const map = await openMap(page);
  await expect(map).toHaveAttribute('data-marker-count', String(placedActive));
  await expect(map).toHaveAttribute('data-point-count', String(placedActive + placedMeetups));
  // Every placed organization and meetup is drawn once, alone or inside a cluster.
  const counts = await page
    .getByTestId('map-places')
    .locator('button')
    .evaluateAll((buttons) => buttons.map((b) => Number(b.getAttribute('data-count'))));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(placedActive + placedMeetups);
  // The basemap canvas is mostly covered by land and sea colours, not left blank.
  const filled = await page.locator('.leaflet-overlay-pane canvas').evaluate((c) => {
    const canvas = c as HTMLCanvasElement;
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; i < pixels.length; i += 4 * 16) if (pixels[i]! > 0) painted++;
    return painted / (pixels.length / (4 * 16));
  });
  expect(filled).toBeGreaterThan(0.15);
  await screenshot(page, 'map-world');
});

test('former organizations appear when their layer is switched on', async ({ page }) => {
  const map = await openMap(page);
  const placedAll = data.organizations.filter((o) => o.location).length;
  await openLegend(page);
  await page.getByRole('checkbox', { name: 'Former organizations' }).check();
  await expect(map).toHaveAttribute('data-marker-count', String(placedAll));
  await page.getByRole('checkbox', { name: 'Organizations', exact: true }).uncheck();
  await expect(map).toHaveAttribute('data-marker-count', '0');
});

test('clicking Wikimedia Argentina shows its details, Iberocoop among its networks', async ({
  page,
}) => {
  const map = await openMap(page);
  await clickMarker(page, map, 'Wikimedia Argentina', 'wikimedia-argentina');
  const details = page.getByTestId('details');
  await expect(details.getByRole('heading', { name: 'Wikimedia Argentina' })).toBeVisible();
  const networks = details.locator('[data-field="networks"]');
  await expect(networks.getByRole('button', { name: 'Iberocoop', exact: true })).toBeVisible();
  await screenshot(page, 'map-argentina-selected');
  // A related entity in the panel selects it: the network, whose countries are then shaded.
  await networks.getByRole('button', { name: 'Iberocoop', exact: true }).click();
  await expect(details.getByRole('heading', { name: 'Iberocoop' })).toBeVisible();
  await expect(details.getByRole('button', { name: 'Wikimedia Argentina' })).toBeVisible();
});

test('keyboard: move between places, select with Enter, clear with Escape', async ({ page }) => {
  const map = await openMap(page);
  const places = page.getByTestId('map-places');
  const announcement = page.getByTestId('map-announcement');
  await places.focus();
  await expect(announcement).not.toBeEmpty();
  const first = await places.getAttribute('data-active');
  await page.keyboard.press('ArrowRight');
  await expect(places).not.toHaveAttribute('data-active', first ?? '');
  // Letters jump to a name; Enter zooms into clusters until the place stands alone. A name is
  // read whole however late its keys arrive, and Enter starts the next word afresh.
  for (let step = 0; step < 8; step++) {
    await page.keyboard.type('Wikimedia Argentina');
    await expect(announcement).toContainText('Wikimedia Argentina');
    const active = await places.getAttribute('data-active');
    if (active === 'wikimedia-argentina') break;
    expect(active, 'type-ahead lands on Argentina or a cluster holding it').toMatch(/^cluster:/);
    const zoom = Number(await map.getAttribute('data-zoom'));
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => Number(await map.getAttribute('data-zoom')))
      .toBeGreaterThan(zoom);
    await settle(page);
  }
  await expect(places).toHaveAttribute('data-active', 'wikimedia-argentina');
  await page.keyboard.press('Enter');
  const details = page.getByTestId('details');
  await expect(details.getByRole('heading', { name: 'Wikimedia Argentina' })).toBeVisible();
  await expect(announcement).toContainText('Selected');
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
});

test('Europe up close: zooming in splits the clusters', async ({ page }) => {
  const map = await openMap(page);
  const cluster = placeEntry(page, 'Wikimedia Deutschland').first();
  const before = Number(await cluster.getAttribute('data-count'));
  expect(before).toBeGreaterThan(1);
  const box = (await map.boundingBox())!;
  const zoom = Number(await map.getAttribute('data-zoom'));
  await page.mouse.move(
    box.x + Number(await cluster.getAttribute('data-x')),
    box.y + Number(await cluster.getAttribute('data-y')),
  );
  await page.mouse.wheel(0, -240);
  await expect
    .poll(async () => Number(await map.getAttribute('data-zoom')))
    .toBeGreaterThan(zoom + 1);
  await settle(page);
  const after = placeEntry(page, 'Wikimedia Deutschland').first();
  expect(Number(await after.getAttribute('data-count'))).toBeLessThan(before);
  await screenshot(page, 'map-europe');
  await clickMarker(page, map, 'Wikimedia Deutschland', 'wikimedia-deutschland');
  await expect(page.getByTestId('details').getByRole('heading')).toHaveText(
    'Wikimedia Deutschland',
  );
  await screenshot(page, 'map-berlin-fanned-out');
});

test('ESEAP: selecting a network out of view brings the Pacific into view', async ({ page }) => {
  const map = await openMap(page);
  // Start from Europe, far from the network.
  const cluster = placeEntry(page, 'Wikimedia Deutschland').first();
  const box = (await map.boundingBox())!;
  await page.mouse.click(
    box.x + Number(await cluster.getAttribute('data-x')),
    box.y + Number(await cluster.getAttribute('data-y')),
  );
  await expect(placeEntry(page, 'Wikimedia Aotearoa New Zealand')).toHaveCount(0);
  const legend = await openLegend(page);
  await legend.locator('summary').nth(1).click();
  await legend.getByRole('button', { name: 'ESEAP' }).click();
  await expect(page.getByTestId('details').getByRole('heading', { name: 'ESEAP' })).toBeVisible();
  await legend.locator('summary').first().click(); // close it: the picture is the point here
  await expect(legend).not.toHaveAttribute('open');
  // Members from Indonesia to Aotearoa New Zealand are all in view, on one side of 180°.
  const nz = placeEntry(page, 'Wikimedia Aotearoa New Zealand').first();
  const indonesia = placeEntry(page, 'Wikimedia Indonesia').first();
  await expect(nz).toHaveCount(1);
  await expect(indonesia).toHaveCount(1);
  expect(Number(await nz.getAttribute('data-x'))).toBeGreaterThan(
    Number(await indonesia.getAttribute('data-x')),
  );
  await settle(page);
  await screenshot(page, 'map-eseap');
  // Move east across 180°: the outlines continue (Fiji, Chukotka), the markers follow.
  await page.getByTestId('map-places').focus();
  await page.keyboard.press('Shift+ArrowRight');
  await expect(placeEntry(page, 'Wikimedia Aotearoa New Zealand')).toHaveCount(1);
  await page.getByTestId('map-places').blur();
  await settle(page);
  await screenshot(page, 'map-pacific');
});

test('a selected meetup shows arcs from its organizers and participants', async ({ page }) => {
  const map = await openMap(page, '?view=map&focus=encuentro-hispanohablante-2025');
  const meetup = data.meetups.find((m) => m.id === 'encuentro-hispanohablante-2025')!;
  const placed = new Set(
    data.organizations.filter((o) => o.location && o.status === 'active').map((o) => o.id),
  );
  const ends = new Set(
    [...meetup.organizers, ...meetup.participants].filter((id) => placed.has(id)),
  );
  expect(ends.size).toBeGreaterThan(10);
  await expect(map).toHaveAttribute('data-arc-count', String(ends.size));
  // Switching meetups off removes the arcs with them.
  await (await openLegend(page)).getByRole('checkbox', { name: 'Meetups' }).uncheck();
  await expect(map).toHaveAttribute('data-arc-count', '0');
  await page.getByTestId('map-legend').getByRole('checkbox', { name: 'Meetups' }).check();
  await page.getByTestId('map-legend').locator('summary').first().click();
  const details = page.getByTestId('details');
  await expect(details).toHaveAttribute('data-kind', 'meetup');
  await expect(details.getByRole('button', { name: 'Wikimedia Argentina' }).first()).toBeVisible();
  await screenshot(page, 'map-meetup-arcs');
});

test('no accessibility violations on the map, its legend and the details panel', async ({
  page,
}) => {
  await openMap(page, '?view=map&focus=wikimedia-argentina');
  await expect(page.getByTestId('details')).toBeVisible();
  const legend = await openLegend(page);
  await legend.locator('summary').nth(1).click();
  expect(await axeViolations(page)).toEqual([]);
  // The help shows while the keyboard list has focus.
  await page.getByTestId('map-places').focus();
  expect(await axeViolations(page)).toEqual([]);
});
