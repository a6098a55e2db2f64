/**
 * Exports in the built app: the Export menu works from the keyboard (menu button pattern), and
 * each format downloads, named after the state, and reads back: the PNG at 2x of the panes
 * shown, the SVG as well-formed SVG, the CSV with the table's header and rows, the GEXF with
 * the graph's nodes, the JSON accepted by the validator. Nothing is requested from any host.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { axeViolations, expect, openApp, screenshot, SCREENSHOTS, test } from './fixtures.ts';
import { validateDataset } from '../../src/model/validate.ts';
import { parseCsv } from '../../src/export/csv.ts';

const ITEMS = ['PNG image', 'SVG image', 'CSV table', 'GEXF graph', 'JSON data'];

/** Waits until the views shown are drawn and settled. */
async function settled(page: Page): Promise<void> {
  const map = page.getByTestId('map');
  if (await map.count()) await expect(map).toHaveAttribute('data-ready', 'true');
  const graph = page.getByTestId('graph');
  if (await graph.count()) await expect(graph).toHaveAttribute('data-layout-state', 'settled');
}

/** Chooses a format from the Export menu and returns the download. */
async function exportAs(page: Page, item: string): Promise<{ download: Download; path: string }> {
  await page.getByRole('button', { name: 'Export' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  const download = await downloading;
  const path = `${SCREENSHOTS}/export-${download.suggestedFilename()}`;
  await download.saveAs(path);
  await expect(page.getByTestId('export-status')).toContainText(download.suggestedFilename());
  return { download, path };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the Export menu works from the keyboard and names its items', async ({ page }) => {
  await openApp(page, '?view=graph');
  const button = page.getByRole('button', { name: 'Export' });
  await expect(button).toHaveAttribute('aria-haspopup', 'menu');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await button.focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu', { name: 'Export' });
  await expect(menu).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(menu.getByRole('menuitem')).toHaveText(ITEMS);
  const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
  expect(await focused()).toBe('PNG image');
  await page.keyboard.press('ArrowDown');
  expect(await focused()).toBe('SVG image');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  expect(await focused()).toBe('JSON data');
  await page.keyboard.press('Home');
  expect(await focused()).toBe('PNG image');
  await page.keyboard.press('End');
  expect(await focused()).toBe('JSON data');
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'export-menu');
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(button).toBeFocused();
  // ArrowUp opens on the last item; Enter chooses it.
  await page.keyboard.press('ArrowUp');
  expect(await focused()).toBe('JSON data');
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await downloading).suggestedFilename()).toBe('movement-atlas.json');
  await expect(button).toBeFocused();
});

test('PNG of the split view: map and graph at 2x, named after the state', async ({ page }) => {
  await openApp(page, '?view=split&network=iberocoop&from=2014&to=2014');
  await settled(page);
  const mapWidth = await page.getByTestId('map').evaluate((e) => e.clientWidth);
  const graphWidth = await page
    .getByTestId('graph')
    .locator('[role="application"]')
    .evaluate((e) => Math.floor(e.getBoundingClientRect().width));
  const height = await page.getByTestId('map').evaluate((e) => e.clientHeight);
  const { download, path } = await exportAs(page, 'PNG image');
  expect(download.suggestedFilename()).toBe('movement-atlas-iberocoop-2014.png');
  const size = pngSize(readFileSync(path));
  expect(size.width).toBe(2 * (mapWidth + graphWidth));
  // The picture, and above and below it the title, the legend and the credits.
  expect(size.height).toBeGreaterThan(2 * height + 2 * 100);
});

test('PNG of the map alone, and SVG and GEXF of a graph not on screen', async ({ page }) => {
  await openApp(page, '?view=map&kind=chapter&focus=wikimedia-argentina');
  await settled(page);
  const map = page.getByTestId('map');
  const [w, h] = await map.evaluate((e) => [e.clientWidth, e.clientHeight]);
  const png = await exportAs(page, 'PNG image');
  expect(png.download.suggestedFilename()).toBe('movement-atlas-wikimedia-argentina-chapter.png');
  const size = pngSize(readFileSync(png.path));
  expect(size.width).toBe(2 * w);
  expect(size.height).toBeGreaterThan(2 * h);
  // No graph is shown: the SVG and GEXF lay it out as the graph view would.
  const svg = await exportAs(page, 'SVG image');
  const text = readFileSync(svg.path, 'utf8');
  expect(text).toContain('Selected: \u2068Wikimedia Argentina\u2069');
  const gexf = await exportAs(page, 'GEXF graph');
  const counts = await page.evaluate(
    (xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        nodes: doc.getElementsByTagName('node').length,
      };
    },
    readFileSync(gexf.path, 'utf8'),
  );
  expect(counts.errors).toBe(0);
  expect(counts.nodes).toBeGreaterThan(10);
});

test('SVG and GEXF of the graph shown: every node, well-formed', async ({ page }) => {
  await openApp(page, '?view=graph&region=europe');
  await settled(page);
  const nodeCount = Number(await page.getByTestId('graph').getAttribute('data-node-count'));
  const svg = await exportAs(page, 'SVG image');
  expect(svg.download.suggestedFilename()).toBe('movement-atlas-europe.svg');
  const svgText = readFileSync(svg.path, 'utf8');
  const gexf = await exportAs(page, 'GEXF graph');
  const read = await page.evaluate(
    ([s, g]) => {
      const svgDoc = new DOMParser().parseFromString(s!, 'image/svg+xml');
      const gexfDoc = new DOMParser().parseFromString(g!, 'application/xml');
      return {
        svgErrors: svgDoc.getElementsByTagName('parsererror').length,
        scripts: svgDoc.getElementsByTagName('script').length,
        legend: [...svgDoc.querySelectorAll('g.legend text')].map((t) => t.textContent),
        title: svgDoc.querySelectorAll('text')[1]?.textContent,
        gexfErrors: gexfDoc.getElementsByTagName('parsererror').length,
        version: gexfDoc.documentElement.getAttribute('version'),
        nodes: gexfDoc.getElementsByTagName('node').length,
        positions: gexfDoc.getElementsByTagNameNS('http://gexf.net/1.3/viz', 'position').length,
      };
    },
    [svgText, readFileSync(gexf.path, 'utf8')],
  );
  expect(read).toMatchObject({ svgErrors: 0, scripts: 0, gexfErrors: 0, version: '1.3' });
  expect(read.title).toMatch(/^Region: Europe · /);
  expect(read.legend).toContain('Chapter');
  expect(read.nodes).toBe(nodeCount);
  expect(read.positions).toBe(nodeCount);
});

test('CSV of the table: its header, its rows, ids first', async ({ page }) => {
  await openApp(page, '?view=table&network=iberocoop');
  const table = page.getByTestId('table');
  await table.getByRole('tab', { name: /Meetups/ }).click();
  // Sorted by date, latest first: the CSV keeps the order shown.
  await table.getByRole('button', { name: /Dates/ }).click();
  await table.getByRole('button', { name: /Dates/ }).click();
  await expect(table.getByRole('columnheader', { name: /Dates/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  const headers = await table.getByRole('columnheader').allTextContents();
  const rows = await table.locator('tbody tr').count();
  const { download, path } = await exportAs(page, 'CSV table');
  expect(download.suggestedFilename()).toBe('movement-atlas-iberocoop.csv');
  const bytes = readFileSync(path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const records = parseCsv(bytes.toString('utf8'));
  expect(records[0]).toEqual(['id', ...headers.map((h) => h.replace(/[▲▼↑↓↕]/g, '').trim())]);
  expect(records.length - 1).toBe(rows);
  const firstName = await table.locator('tbody tr').first().getByRole('rowheader').textContent();
  expect(records[1]![1]).toBe(firstName?.trim());
  const firstId = await table.locator('tbody tr').first().getAttribute('data-id');
  expect(records[1]![0]).toBe(firstId);
});

test('JSON of the filtered subset passes the validator on its own', async ({ page }) => {
  await openApp(page, '?view=split&network=wikimedia-cee&to=2016');
  await settled(page);
  const summary = await page.getByTestId('summary').textContent();
  const { download, path } = await exportAs(page, 'JSON data');
  expect(download.suggestedFilename()).toBe('movement-atlas-wikimedia-cee-to-2016.json');
  const result = validateDataset(readFileSync(path, 'utf8'), 'export.json');
  expect(result.errors.map((e) => `${e.path} ${e.message}`)).toEqual([]);
  const d = result.dataset!;
  expect(summary).toContain(`${d.organizations.length} organizations`);
  expect(d.meta?.attribution).toBeTruthy();
  expect(d.$schema).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/schema\/dataset\.schema\.json$/);
});

test('exports in Arabic: pictures read right to left, the menu falls back to English names', async ({
  page,
}) => {
  await openApp(page, '?view=split&lang=ar&language=ar');
  await settled(page);
  const button = page.getByTestId('export-button');
  await button.click();
  await expect(page.getByRole('menuitem')).toHaveCount(5);
  await page.keyboard.press('Escape');
  const downloads: Record<string, string> = {};
  for (const format of ['png', 'svg']) {
    await button.click();
    const downloading = page.waitForEvent('download');
    await page.locator(`[role="menuitem"][data-format="${format}"]`).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`movement-atlas-ar.${format}`);
    downloads[format] = `${SCREENSHOTS}/export-ar-${download.suggestedFilename()}`;
    await download.saveAs(downloads[format]);
  }
  const svg = readFileSync(downloads.svg!, 'utf8');
  expect(svg).toContain('xml:lang="ar"');
  expect(svg).toContain('direction="rtl"');
  expect(pngSize(readFileSync(downloads.png!)).width).toBeGreaterThan(1000);
});
