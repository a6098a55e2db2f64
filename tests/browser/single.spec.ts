/**
 * The one-file build (`npm run build:single`) opened from `file://` with every network request
 * refused: it loads the built-in dataset, presents the default tour, and steps through it. This
 * spec uses its own checks instead of the fixture's (whose "own origin" is the preview server):
 * any request that is not the file itself, a data: or a blob: URL is refused and fails the test,
 * and so does any console error.
 */
import { test, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const FILE = resolve('dist-single/movement-atlas.html');

test('the one-file build presents the default tour from file:// with no network', async ({
  page,
  context,
}) => {
  expect(existsSync(FILE), `${FILE} exists (npm run build:single)`).toBe(true);
  const refused: string[] = [];
  const errors: string[] = [];
  const href = pathToFileURL(FILE).href;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.split('?')[0] === href || url.startsWith('data:') || url.startsWith('blob:'))
      return route.continue();
    refused.push(url);
    return route.abort();
  });
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));

  await page.goto(`${href}?tour=regional-meetups-2015`);
  const position = page.getByTestId('position');
  await expect(position).toHaveText(/^1 \/ \d+\s*$/, { timeout: 60_000 });
  const count = Number((await position.textContent())!.split('/')[1]);
  for (let step = 2; step <= count; step++) {
    await page.keyboard.press('PageDown');
    await expect(position).toHaveText(`${step} / ${count}`);
  }
  await expect(page.getByTestId('stage').getByTestId('map').first()).toHaveAttribute(
    'data-ready',
    'true',
  );
  // The graph lays out too (in the inlined worker, or on the main thread where none may start).
  await page.keyboard.press('Home');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('stage').getByTestId('graph')).toHaveAttribute(
    'data-layout-state',
    'settled',
    { timeout: 60_000 },
  );
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('filters-toggle')).toBeVisible();
  expect(refused, 'requests refused').toEqual([]);
  expect(errors, 'console errors').toEqual([]);
});
