/**
 * Loading other data files: a chapter's own file by `?data=`, a file with errors (every error is
 * listed, nothing is drawn from it), a missing file, and links that point at another host.
 */
import { readFileSync } from 'node:fs';
import { axeViolations, expect, test } from './fixtures.ts';

const planted = readFileSync('tests/fixtures/planted-errors.json', 'utf8');
const expectedLines = readFileSync('tests/fixtures/planted-errors.expected.txt', 'utf8')
  .trim()
  .split('\n')
  .filter((l) => !l.startsWith('warning'));
const small = readFileSync('tests/fixtures/small.json', 'utf8');

test('a chapter file given by ?data= is loaded and drawn', async ({ page }) => {
  await page.route('**/chapter.json', (route) =>
    route.fulfill({ body: small, contentType: 'application/json' }),
  );
  await page.goto('./?data=chapter.json&view=table');
  const small_ = JSON.parse(small) as { organizations: { name: string }[] };
  const table = page.getByTestId('table');
  await expect(table.locator('tbody tr')).toHaveCount(small_.organizations.length);
});

test('a file with errors is refused with every error listed, one line each', async ({ page }) => {
  await page.route('**/bad.json', (route) =>
    route.fulfill({ body: planted, contentType: 'application/json' }),
  );
  await page.goto('./?data=bad.json');
  const errors = page.getByTestId('data-errors');
  await expect(errors).toBeVisible();
  // The same lines as `npm run validate`, with the file named as the link named it (data the
  // messages quote is set in invisible isolates, U+2068 ... U+2069, for mixed directions).
  const lines = (await errors.locator('li').allTextContents()).map((l) =>
    l.trim().replace(/[\u2068\u2069]/g, ''),
  );
  expect(lines).toEqual(
    expectedLines.map((l) => l.replace('tests/fixtures/planted-errors.json', 'bad.json')),
  );
  await expect(page.getByTestId('map')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('a missing file gives a clear message', async ({ page, problems }) => {
  problems.expectedConsoleErrors.push(/status of 404/);
  await page.route('**/missing.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('./?data=missing.json');
  await expect(page.getByRole('alert')).toContainText('missing.json: HTTP 404');
});

test('a data link to another host is ignored with a notice; the built-in data loads', async ({
  page,
}) => {
  await page.goto('./?data=https://example.org/data.json');
  await expect(page.getByTestId('notices')).toContainText('https://example.org/data.json');
  await expect(page.getByTestId('map')).toBeVisible();
});
