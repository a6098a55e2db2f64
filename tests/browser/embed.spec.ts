/**
 * Embedding (issue 9): the iframe embed (`embed=1`), the embed dialog, and the
 * `<movement-atlas>` element on a chapter's page (tests/pages/embed-host.html, built only for
 * tests), including served from another origin into a page that forbids workers.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type { AtlasGraphElement } from '../../src/graph/testHook.ts';
import { axeViolations, expect, openApp, screenshot, test, type AppProblems } from './fixtures.ts';

const small = readFileSync('tests/fixtures/small.json', 'utf8');

/** The element script's second origin: the same build 100 ports up (playwright.config.ts). */
function secondOrigin(baseURL: string | undefined): string {
  const url = new URL(baseURL ?? 'http://127.0.0.1:4173');
  url.port = String(Number(url.port) + 100);
  return url.origin;
}

/** Several atlases check their datasets at once: on a loaded machine that takes a while. */
async function ready(atlas: Locator): Promise<void> {
  await expect(atlas.locator('[data-status="ready"]')).toBeVisible({ timeout: 60_000 });
}

/**
 * The page that forbids workers (`worker-src 'none'`), with the element's script from the second
 * origin; `query` adds parameters (`no-workers&`: no worker of any kind may start).
 */
async function openStrictPage(
  page: Page,
  problems: AppProblems,
  baseURL: string | undefined,
  query = '',
): Promise<void> {
  const origin = secondOrigin(baseURL);
  problems.allowedOrigins.push(origin);
  // Chromium reports the refused blob worker (the layout then starts another way).
  problems.expectedConsoleErrors.push(
    /violates the following Content Security Policy directive: "worker-src 'none'"/,
  );
  await page.goto(
    `./tests/pages/embed-csp.html?${query}script-origin=${encodeURIComponent(origin)}`,
  );
}

async function openHost(page: Page, search = ''): Promise<void> {
  await page.goto(`./tests/pages/embed-host.html${search}`);
  await expect(page.locator('body')).toHaveAttribute('data-element-loaded', 'true');
}

test('an iframe embed has no header, filters or timeline, never writes the URL, and links to the full app', async ({
  page,
}) => {
  await page.setViewportSize({ width: 200, height: 200 });
  await openApp(page, '?embed=1&network=iberocoop&view=map');
  await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true');
  await expect(page).toHaveTitle('Iberocoop – Movement Atlas');
  await expect(page.getByTestId('search')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Iberocoop – Movement Atlas');
  await expect(page.getByTestId('filters-toggle')).toHaveCount(0);
  await expect(page.getByTestId('timeline')).toHaveCount(0);
  await expect(page.getByTestId('map-legend')).not.toHaveAttribute('open');
  const open = page.getByRole('link', { name: 'Open in Movement Atlas' });
  await expect(open).toHaveAttribute('target', '_blank');
  const href = new URL((await open.getAttribute('href'))!);
  expect(href.searchParams.get('network')).toBe('iberocoop');
  expect(href.searchParams.get('view')).toBe('map');
  expect(href.searchParams.has('embed')).toBe(false);
  // Nothing spills out of a 200 x 200 frame.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(200);
  await screenshot(page, 'embed-iframe-200');

  // A selection in the embed changes neither its URL nor the tab's history.
  await page.setViewportSize({ width: 800, height: 600 });
  await openApp(page, '?embed=1&network=iberocoop&view=table&timeline=1');
  await expect(page.getByTestId('timeline')).toBeVisible();
  const url = page.url();
  const length = await page.evaluate(() => history.length);
  await page.locator('tbody tr').first().click();
  await expect(page.locator('[data-testid="details"]')).toBeVisible();
  expect(page.url()).toBe(url);
  expect(await page.evaluate(() => history.length)).toBe(length);
  // The link follows the state: it now names the selection.
  await expect(open).toHaveAttribute('href', /focus=/);
  expect(await axeViolations(page)).toEqual([]);
});

test('the embed dialog previews the choice and gives iframe and element snippets', async ({
  page,
}) => {
  await openApp(page, '?network=iberocoop');
  const opener = page.getByRole('button', { name: 'Embed' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Embed this atlas in your website' });
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('embed-view').selectOption('map');
  await dialog.getByTestId('embed-height').fill('320');
  await dialog.getByTestId('embed-language').selectOption('es');
  const snippet = dialog.getByTestId('embed-snippet');
  await expect(snippet).toHaveValue(/<iframe src="[^"]*\?view=map&amp;network=iberocoop/);
  await expect(snippet).toHaveValue(/embed=1/);
  await expect(snippet).toHaveValue(/lang=es/);
  await expect(snippet).toHaveValue(/height="320"/);
  await expect(snippet).toHaveValue(/movement-atlas:resize/);
  // The live preview is that embed.
  const preview = dialog.getByTestId('embed-preview');
  await expect(preview).toHaveAttribute('src', /embed=1/);
  await expect(preview).toHaveAttribute('src', /view=map/);
  const frame = page.frameLocator('[data-testid="embed-preview"]');
  await expect(frame.getByTestId('map')).toHaveAttribute('data-ready', 'true');
  await expect(frame.getByRole('link', { name: 'Abrir en Movement Atlas' })).toBeVisible();
  // Everything, as a web component.
  await dialog.getByLabel('Everything').check();
  await dialog.getByTestId('embed-kind-element').check();
  await expect(snippet).toHaveValue(
    /<script type="module" src="[^"]*\/embed\/movement-atlas\.js">/,
  );
  await expect(snippet).toHaveValue(/<movement-atlas view="map" lang="es"/);
  await expect(snippet).not.toHaveValue(/network=/);
  await screenshot(page, 'embed-dialog');
  expect(await axeViolations(page)).toEqual([]);
  // Escape closes it and gives focus back to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test("a chapter's page: two elements and an iframe render, stay independent, follow attributes and send their height", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openHost(page);
  const iberocoop = page.locator('#iberocoop');
  const argentina = page.locator('#argentina');
  const frame = page.frameLocator('#frame');
  await ready(iberocoop);
  await ready(argentina);
  await expect(iberocoop.getByTestId('map')).toHaveAttribute('data-ready', 'true');
  await expect(argentina.getByTestId('graph')).toHaveAttribute('data-layout-state', 'settled', {
    timeout: 60_000,
  });
  await expect(frame.getByTestId('map')).toHaveAttribute('data-ready', 'true');
  // The host page's CSS (italic serif, magenta borders, hidden .leaflet-container) stays out.
  await expect(iberocoop.locator('.leaflet-container')).toBeVisible();
  const font = await iberocoop
    .getByTestId('summary')
    .evaluate((el) => getComputedStyle(el).fontStyle);
  expect(font).toBe('normal');
  // ...and the atlases' CSS stays in: the page's own h1 keeps its font.
  expect(await page.locator('h1').evaluate((el) => getComputedStyle(el).fontStyle)).toBe('italic');
  // The `lang` attribute and the `focus` attribute.
  await expect(argentina.getByRole('heading', { name: 'Wikimedia Argentina' })).toBeVisible();
  await expect(argentina.getByRole('button', { name: 'Quitar la selección' })).toBeVisible();
  // Auto height: the iframe took the height its page asked for.
  const frameElement = page.locator('#frame');
  await expect(frameElement).toHaveAttribute('data-auto-height', /^\d+$/);
  const asked = Number(await frameElement.getAttribute('data-auto-height'));
  expect(asked).toBeGreaterThan(300);
  expect(Math.round((await frameElement.boundingBox())!.height)).toBe(asked);

  const url = page.url();
  const length = await page.evaluate(() => history.length);
  const iberocoopMarkers = await iberocoop.getByTestId('map').getAttribute('data-marker-count');
  // A selection in one element: an event from it, nothing changes in the others. (In Spanish,
  // Iberocoop is named by its Spanish name.)
  await argentina
    .getByRole('button', { name: 'Iniciativa de Cooperación Regional para Iberoamérica' })
    .first()
    .click();
  await expect(page.locator('body')).toHaveAttribute(
    'data-selections',
    /"element":"argentina","id":"iberocoop"/,
  );
  await expect(iberocoop.getByTestId('map')).toHaveAttribute('data-selected', '');
  await expect(frame.getByTestId('map')).toHaveAttribute('data-selected', '');
  expect(page.url()).toBe(url);
  expect(await page.evaluate(() => history.length)).toBe(length);

  // Attribute changes apply: another network, then another view.
  await iberocoop.evaluate((el) => el.setAttribute('network', 'wikimedia-cee'));
  await expect(iberocoop.getByTestId('map')).not.toHaveAttribute(
    'data-marker-count',
    iberocoopMarkers!,
  );
  await iberocoop.evaluate((el) => el.setAttribute('view', 'graph'));
  await expect(iberocoop.locator('[data-view="graph"]')).toBeVisible();
  await expect(argentina.locator('[data-view="graph"]')).toBeVisible();
  await expect(argentina.getByTestId('graph')).toHaveAttribute('data-selected', 'iberocoop');
  await screenshot(page, 'embed-host');
  expect(await axeViolations(page)).toEqual([]);
});

test('from another origin into a page that forbids workers, the element still lays out its graph', async ({
  page,
  problems,
  baseURL,
}) => {
  await openStrictPage(page, problems, baseURL);
  await expect(page.locator('body')).toHaveAttribute('data-element-loaded', 'true');
  const strict = page.locator('#strict');
  await ready(strict);
  const graph = strict.getByTestId('graph');
  await expect(graph).toHaveAttribute('data-layout-state', 'settled', { timeout: 60_000 });
  const argentina = await graph.evaluate((el) =>
    (el as AtlasGraphElement).atlasGraph?.positionOf('wikimedia-argentina'),
  );
  expect(argentina).not.toBeNull();
  await screenshot(page, 'embed-csp');
});

test('where no worker can start at all, the layout runs on the page in slices', async ({
  page,
  problems,
  baseURL,
}) => {
  await openStrictPage(page, problems, baseURL, 'no-workers&');
  const graph = page.locator('#strict').getByTestId('graph');
  await expect(graph).toHaveAttribute('data-layout-state', 'settled', { timeout: 60_000 });
  expect(
    await graph.evaluate(
      (el) => (el as AtlasGraphElement).atlasGraph?.stats().layoutRunsOn ?? 'unknown',
    ),
  ).toBe('main-thread');
});

test('a refused data file shows its errors inside the element, with hostile names inert', async ({
  page,
}) => {
  await openHost(page);
  await ready(page.locator('#iberocoop'));
  await page.evaluate(() => {
    const element = document.createElement('movement-atlas');
    element.id = 'refused';
    const data = document.createElement('script');
    data.type = 'application/json';
    data.textContent = JSON.stringify({
      organizations: [{ id: 'x', name: '<img src=x onerror="document.title=1">' }],
    });
    element.append(data);
    document.querySelector('main')!.append(element);
  });
  const refused = page.locator('#refused');
  await expect(refused.locator('[data-status="invalid"]')).toBeVisible({ timeout: 60_000 });
  await expect(refused.getByText(/inline data/).first()).toBeVisible();
  await expect(refused.locator('img')).toHaveCount(0);
  // The dataset property takes a valid object instead.
  await page.evaluate((text) => {
    const el = document.querySelector('#refused') as unknown as { dataset: unknown };
    el.dataset = JSON.parse(text);
  }, small);
  await expect(refused.locator('[data-status="ready"]')).toBeVisible({ timeout: 60_000 });
  expect(await page.title()).not.toBe('1');
  // A data attribute that is not an http(s) URL is refused with a message, not fetched.
  await refused.evaluate((el) => el.setAttribute('data', 'javascript:alert(1)'));
  await expect(refused.locator('[data-status="failed"]')).toContainText('not an http(s) URL');
});
