/**
 * Helpers shared by benchmark suites: Chromium as the tests launch it, a static server on
 * localhost, frame statistics from requestAnimationFrame timestamps, and a plain-text table.
 */
import { createServer, type Server } from 'node:http';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from '@playwright/test';

export const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const RESULTS = join(ROOT, 'bench-results');

export { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';

export interface FrameStats {
  frames: number;
  median: number;
  p95: number;
  /** Frames that took longer than 50 ms (visible stutter). */
  over50: number;
}

/** Statistics of the intervals between consecutive frame timestamps (ms). */
export function frameStats(times: readonly number[]): FrameStats {
  const intervals = times.slice(1).map((t, i) => t - times[i]!);
  intervals.sort((a, b) => a - b);
  const at = (q: number) =>
    intervals[Math.min(intervals.length - 1, Math.floor(q * intervals.length))] ?? NaN;
  return {
    frames: intervals.length,
    median: at(0.5),
    p95: at(0.95),
    over50: intervals.filter((d) => d > 50).length,
  };
}

/**
 * Records when each animation frame callback runs (performance.now(), not the frame's
 * timestamp, which a badly blocked page can repeat), from before the page's own scripts run.
 */
export const FRAME_RECORDER = `
  window.__frames = { times: [], run: 0 };
  window.__frames.start = () => {
    const f = window.__frames;
    // A new run ends the previous loop even if its next callback is already queued; otherwise
    // stop() then start() between two frames leaves two loops recording every frame twice.
    const run = ++f.run;
    f.times = [];
    const loop = () => { if (f.run !== run) return; f.times.push(performance.now()); requestAnimationFrame(loop); };
    requestAnimationFrame(loop);
  };
  window.__frames.stop = () => { window.__frames.run++; return window.__frames.times; };
`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

/** A URL prefix served from a folder, or one fixed body. */
export type Route = { prefix: string; dir: string } | { path: string; body: string; type: string };

/**
 * Serves routes (first match wins) on 127.0.0.1 at a free port; returns the server and its
 * origin. `onMissing` hears of each path answered 404.
 */
export async function serve(
  routes: readonly Route[],
  options: { onMissing?: (path: string) => void } = {},
): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    for (const route of routes) {
      if ('path' in route) {
        if (path !== route.path) continue;
        res.writeHead(200, { 'content-type': route.type });
        res.end(route.body);
        return;
      }
      if (!path.startsWith(route.prefix)) continue;
      const rest = path.slice(route.prefix.length) || 'index.html';
      const file = join(route.dir, rest);
      if (!file.startsWith(route.dir) || !existsSync(file) || !statSync(file).isFile()) continue;
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
      return;
    }
    options.onMissing?.(path);
    res.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, origin };
}

/** A Markdown-style table with padded columns. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

export const ms = (v: number | null | undefined): string =>
  v === null || v === undefined || Number.isNaN(v) ? '–' : `${Math.round(v)}`;

/** The middle value (the lower of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN;
}

/** Writes a suite's rows to bench-results/<name>.json and prints its table. */
export function report<R>(
  name: string,
  rows: readonly R[],
  text: string,
  log: (line: string) => void,
): void {
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, `${name}.json`), `${JSON.stringify(rows, null, 2)}\n`);
  log(text);
}

/** The value after `--name` on the command line, if any. */
export function cliArg(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}

/** A comma-separated list of numbers after `--name`, or the default. */
export function cliNumbers(name: string, fallback: readonly number[]): readonly number[] {
  return cliArg(name)?.split(',').map(Number) ?? fallback;
}

/**
 * A suite's private copy of the built app (default dist/), in bench-results/<suite>-app: a build
 * started meanwhile (tests, other work) must not swap the chunks under a running suite.
 */
export function copyOfBuiltApp(suite: string, built = join(ROOT, 'dist')): string {
  if (!existsSync(join(built, 'index.html'))) {
    throw new Error(`${suite} bench: ${built}/index.html is missing; run \`npm run build\` first`);
  }
  const copy = join(RESULTS, `${suite}-app`);
  rmSync(copy, { recursive: true, force: true });
  cpSync(built, copy, { recursive: true });
  return copy;
}

/**
 * The routes of the app's suites: the datasets, the bare Leaflet baseline page and what it
 * loads (Leaflet, topojson-client, the world outlines) from node_modules, then the app.
 */
export function appRoutes(datasets: readonly Route[], app: string): Route[] {
  const modules = join(ROOT, 'node_modules');
  return [
    ...datasets,
    { prefix: '/bench-vendor/leaflet/', dir: join(modules, 'leaflet/dist') },
    { prefix: '/bench-vendor/', dir: join(modules, 'topojson-client/dist') },
    { prefix: '/bench-vendor/', dir: join(modules, 'world-atlas') },
    { prefix: '/bench-baseline/', dir: join(ROOT, 'tests/bench') },
    { path: '/favicon.ico', body: '', type: 'image/x-icon' },
    { prefix: '/', dir: app },
  ];
}

/**
 * A fresh page at DPR 1 with motion allowed, and the errors it reports (uncaught exceptions,
 * console errors, HTTP errors): a suite throws when there are any, rather than time a page
 * that broke.
 */
export async function benchPage(
  browser: Browser,
  viewport: { width: number; height: number },
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    reducedMotion: 'no-preference',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()} ${r.url()}`));
  return { context, page, errors };
}

/** The frame times recorded (FRAME_RECORDER or the like) while `act` runs. */
export async function recordFrames(page: Page, act: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() =>
    (window as unknown as { __frames: { start(): void } }).__frames.start(),
  );
  await act();
  return page.evaluate(() =>
    (window as unknown as { __frames: { stop(): number[] } }).__frames.stop(),
  );
}

/** Runs a suite when its file is the one started (`npx tsx src/cli/bench/<suite>.ts`). */
export function runIfMain(moduleUrl: string, run: () => Promise<unknown>): void {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
