/**
 * The page fixture every browser test uses: it fails the test on any console error, uncaught
 * exception, or request to a host other than the app's own, and offers axe-core and
 * screenshots.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AtlasGraphElement } from '../../src/graph/testHook.ts';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const SCREENSHOTS = 'tests/browser/screenshots';

export interface AppProblems {
  consoleErrors: string[];
  foreignRequests: string[];
  /** Console errors a test expects (e.g. the browser's own line for a 404 it provokes). */
  expectedConsoleErrors: RegExp[];
  /** Other origins a test serves on purpose (the element from a second local server). */
  allowedOrigins: string[];
}

export const test = base.extend<{ problems: AppProblems }>({
  problems: [
    async ({ page, baseURL }, use) => {
      const problems: AppProblems = {
        consoleErrors: [],
        foreignRequests: [],
        expectedConsoleErrors: [],
        allowedOrigins: [],
      };
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
      });
      page.on('pageerror', (err) =>
        problems.consoleErrors.push(`uncaught: ${err.message}\n${err.stack ?? ''}`),
      );
      page.on('request', (req) => {
        const url = req.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        const from = new URL(url).origin;
        if (from !== origin && !problems.allowedOrigins.includes(from))
          problems.foreignRequests.push(url);
      });
      await use(problems);
      const unexpected = problems.consoleErrors.filter(
        (text) => !problems.expectedConsoleErrors.some((re) => re.test(text)),
      );
      expect(unexpected, 'console errors').toEqual([]);
      expect(problems.foreignRequests, 'requests to other hosts').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Runs axe-core on the page and returns its violations, summarized for a readable failure. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return (result.violations as { id: string; help: string; nodes: { target: string[] }[] }[]).map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join('; ')})`,
    );
  });
  return violations;
}

/** Saves a full-page screenshot under tests/browser/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

/** Opens the app and waits until the dataset is loaded and the views are mounted. */
export async function openApp(page: Page, search = ''): Promise<void> {
  await page.goto(`./${search}`);
  await expect(page.locator('[data-view]')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /Loading/ })).toHaveCount(0);
}

/**
 * Where the graph draws a node (selection id), in page CSS pixels; null when it is not drawn.
 * Reads the hook on the graph's own root element (src/graph/testHook.ts), so with two graphs
 * on a page, pass the one to ask.
 */
export async function graphPosition(
  page: Page,
  id: string,
  graph: Locator = page.getByTestId('graph'),
): Promise<{ x: number; y: number } | null> {
  return graph.evaluate(
    (element, selectionId) =>
      (element as AtlasGraphElement).atlasGraph?.positionOf(selectionId) ?? null,
    id,
  );
}
