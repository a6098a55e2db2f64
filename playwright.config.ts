import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './src/cli/chromium.ts';

/**
 * Browser tests run against the built app (`vite preview`) in Debian's Chromium. They fail, not
 * skip, when Chromium cannot start.
 */

/** Another port lets a second checkout run its tests beside a running preview. */
const PORT = Number(process.env.ATLAS_TEST_PORT ?? 4173);
/**
 * A second origin serving the same build: the `<movement-atlas>` script from another site. 100
 * ports up, so checkouts on neighbouring ports do not collide.
 */
export const SECOND_PORT = PORT + 100;

export default defineConfig({
  testDir: 'tests/browser',
  outputDir: 'test-results',
  // A bound for a loaded two-core CI machine (axe over a whole page alone can take 20 s there).
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
    viewport: { width: 1366, height: 800 },
    locale: 'en-US',
    timezoneId: 'UTC',
    reducedMotion: 'reduce',
    // The page's CSP forbids inline scripts; tests inject axe-core, so they bypass it.
    bypassCSP: true,
  },
  webServer: [PORT, SECOND_PORT].map((port) => ({
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  })),
});
