/**
 * Hostile data files by `?data=`: the app validates them in a worker, shows progress, keeps
 * answering input meanwhile, and refuses them with a bounded, escaped list of errors. The files
 * come from the hostile corpus (tests/hostile/generate.ts), generated here, never committed.
 */
import { CASES } from '../hostile/generate.ts';
import { axeViolations, expect, screenshot, test } from './fixtures.ts';

function build(name: string): string {
  const found = CASES.find((c) => c.name === name);
  if (!found) throw new Error(`no hostile case ${name}`);
  return String(found.build());
}

test('a 10 MB file of millions of errors is refused while the page keeps answering', async ({
  page,
}) => {
  const body = build('millions-of-errors');
  await page.route('**/hostile.json', (route) =>
    route.fulfill({ body, contentType: 'application/json' }),
  );
  await page.goto('./?data=hostile.json&view=map');
  // The worker reports progress while it parses and checks the file...
  await expect(page.locator('progress[data-progress]')).toBeVisible({ timeout: 45_000 });
  // ...and the page answers input meanwhile: the view changes while the file is still loading.
  // (Were the file checked on the main thread, the click would only be handled after it.)
  await page.getByRole('button', { name: 'Graph', exact: true }).click();
  await expect(page.locator('.app[data-status="loading"][data-view="graph"]')).toHaveCount(1);

  const errors = page.getByTestId('data-errors');
  await expect(errors).toBeVisible({ timeout: 45_000 });
  await expect(page.locator('.app')).toHaveAttribute('data-status', 'invalid');
  // The first 200 lines, then how many more: bounded however many errors the file has.
  await expect(errors.locator('li')).toHaveCount(200);
  await expect(errors).toContainText(/… and [\d,]+ more\./);
  await expect(errors.locator('li').first()).toHaveText(
    /^hostile\.json:1:\d+ organizations\[7\]\.programs\[0\] must be a string, not the number 1$/,
  );
  await screenshot(page, 'hostile-refused');
  expect(await axeViolations(page)).toEqual([]);
});

test('names with bidirectional overrides are refused, quoted escaped', async ({ page }) => {
  const body = build('bidi-override');
  await page.route('**/bidi.json', (route) =>
    route.fulfill({ body, contentType: 'application/json' }),
  );
  await page.goto('./?data=bidi.json');
  const errors = page.getByTestId('data-errors');
  await expect(errors).toBeVisible();
  // The override is shown as \u202e, never applied to the line.
  // (Quoted data is set in invisible isolates, U+2068 ... U+2069, in the page.)
  await expect(errors.locator('li')).toHaveCount(1);
  expect(
    (await errors.locator('li').first().textContent())?.replace(/[\u2068\u2069]/g, ''),
  ).toMatch(
    /organizations\[0\]\.name must not contain U\+202E \(a bidirectional control\): "Wikimedia \\u202eanitnegrA"$/,
  );
  const text = await errors.locator('li').first().textContent();
  expect(text).not.toContain('\u202e');
});
