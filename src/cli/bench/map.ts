/**
 * Benchmark suite `map`: the app's map (one canvas for markers, clustering, Leaflet canvas
 * basemap) against a naive Leaflet map (SVG renderer, one DOM L.marker per point) on the same
 * synthetic datasets of 500, 5,000 and 20,000 organizations, in the same run.
 *
 * For each size and map, in Chromium (headless, software rendering, DPR 1):
 * - first paint: from navigation start to the first frame with the markers drawn (both pages
 *   set the `map-first-paint` performance mark); for the app this includes fetching,
 *   validating and indexing the dataset, so the share of the map itself (from the map's mount,
 *   mark `map-mount`, to its first paint) is given too;
 * - frame times (requestAnimationFrame intervals, median and p95, frames over 50 ms) while
 *   panning with the mouse and while zooming with the wheel, with real input events; a map
 *   too slow to follow stops after GESTURE_BUDGET_MS and is marked "cut short".
 *
 * The app is the built one (`npm run build`, dist/) loading `?view=map&data=<dataset>`; the
 * baseline is tests/bench/baseline-map.html, sized like the app's map. Results: a table on
 * stdout and bench-results/map.json. Alone: `npx tsx src/cli/bench/map.ts [--sizes 500,5000]`.
 * Timings here are worst cases (two slow cores, no GPU): compare ratios within one run.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { synthesizeDataset } from '../../model/synthetic.ts';
import {
  appRoutes,
  benchPage,
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  cliNumbers,
  copyOfBuiltApp,
  FRAME_RECORDER,
  frameStats,
  ms,
  recordFrames,
  report,
  runIfMain,
  serve,
  table,
  type FrameStats,
  type Route,
} from './common.ts';

export const DEFAULT_SIZES = [500, 5000, 20000];
const SEED = 20_261_125;
type Impl = 'app' | 'baseline';

export interface MapBenchRow {
  impl: Impl;
  orgs: number;
  /** Markers the page placed (organizations and meetups with a location). */
  points: number;
  firstPaintMs: number;
  /** From the map component's mount to its first paint: the map's own share of first paint. */
  mapMs: number;
  pan: FrameStats;
  zoom: FrameStats;
  /** The gestures took longer than allowed and were stopped early. */
  cutShort: boolean;
}

export interface MapBenchOptions {
  sizes?: readonly number[];
  log?: (line: string) => void;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function measureFrames(page: Page, act: () => Promise<void>): Promise<FrameStats> {
  return frameStats(await recordFrames(page, act));
}

/** Longest a gesture may take; a map too slow to follow is cut short (and reported as such). */
const GESTURE_BUDGET_MS = 20_000;

/**
 * The same gestures on both maps: two drags there and back (one mouse event per step), then
 * wheel zooms in and out. Each gesture stops at GESTURE_BUDGET_MS.
 */
async function interact(
  page: Page,
  box: Box,
): Promise<{ pan: FrameStats; zoom: FrameStats; cutShort: boolean }> {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  let cutShort = false;
  const pan = await measureFrames(page, async () => {
    const start = Date.now();
    for (const [dx, dy] of [
      [260, 120],
      [-220, 140],
    ] as const) {
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      for (let i = 1; i <= 60; i++) {
        const t = i <= 30 ? i / 30 : (60 - i) / 30;
        await page.mouse.move(cx + dx * t, cy + dy * t);
        if (Date.now() - start > GESTURE_BUDGET_MS) break;
      }
      await page.mouse.up();
      if (Date.now() - start > GESTURE_BUDGET_MS) {
        cutShort = true;
        break;
      }
      await page.waitForTimeout(300);
    }
  });
  const zoom = await measureFrames(page, async () => {
    const start = Date.now();
    // Left of centre and up, where the synthetic data is densest (Europe), then back out.
    await page.mouse.move(cx - box.width * 0.05, cy - box.height * 0.15);
    for (const delta of [-120, -120, -120, 120, 120, 120]) {
      await page.mouse.wheel(0, delta);
      await page.waitForTimeout(450);
      if (Date.now() - start > GESTURE_BUDGET_MS) {
        cutShort = true;
        break;
      }
    }
  });
  return { pan, zoom, cutShort };
}

async function marks(page: Page): Promise<{ paint: number; mount: number }> {
  return page.evaluate(() => ({
    paint: performance.getEntriesByName('map-first-paint')[0]?.startTime ?? NaN,
    mount: performance.getEntriesByName('map-mount')[0]?.startTime ?? NaN,
  }));
}

async function measure(
  browser: Browser,
  origin: string,
  impl: Impl,
  orgs: number,
  size: { width: number; height: number } | null,
): Promise<MapBenchRow & { box: Box }> {
  const { context, page, errors } = await benchPage(browser, { width: 1366, height: 800 });
  await page.addInitScript(FRAME_RECORDER);
  const data = `bench-data/${orgs}.json`;
  const url =
    impl === 'app'
      ? `${origin}/?view=map&data=${data}`
      : `${origin}/bench-baseline/baseline-map.html?data=/${data}&w=${size?.width ?? 1000}&h=${size?.height ?? 600}`;
  await page.goto(url);
  const map = page.locator('[data-testid="map"]');
  await map.and(page.locator('[data-ready="true"]')).waitFor({ timeout: 300_000 });
  const { paint, mount } = await marks(page);
  const points = Number((await map.getAttribute('data-point-count')) ?? NaN);
  const box = (await map.boundingBox())!;
  await page.waitForTimeout(800); // let late work (lazy chunks, idle tasks) settle first
  const { pan, zoom, cutShort } = await interact(page, box);
  await context.close();
  if (errors.length)
    throw new Error(`map ${impl} ${orgs}: errors in the page: ${errors.join('; ')}`);
  return {
    impl,
    orgs,
    points,
    firstPaintMs: paint,
    mapMs: paint - mount,
    pan,
    zoom,
    cutShort,
    box,
  };
}

export function formatTable(rows: readonly MapBenchRow[]): string {
  const frames = (f: FrameStats) =>
    f.frames === 0 ? 'no frame' : `${ms(f.median)} / ${ms(f.p95)} (${f.over50})`;
  const lines = rows.map((r) => [
    r.orgs.toLocaleString('en'),
    r.points.toLocaleString('en'),
    (r.impl === 'app' ? 'app: canvas + clusters' : 'baseline: SVG + L.marker') +
      (r.cutShort ? ' (cut short)' : ''),
    ms(r.firstPaintMs),
    ms(r.mapMs),
    frames(r.pan),
    frames(r.zoom),
  ]);
  const out = [
    table(
      [
        'orgs',
        'markers',
        'map',
        'first paint ms',
        'of which map ms',
        'pan ms med / p95 (>50)',
        'zoom ms med / p95 (>50)',
      ],
      lines,
    ),
  ];
  for (const orgs of new Set(rows.map((r) => r.orgs))) {
    const a = rows.find((r) => r.orgs === orgs && r.impl === 'app');
    const b = rows.find((r) => r.orgs === orgs && r.impl === 'baseline');
    if (!a || !b) continue;
    const ratio = (x: number, y: number) =>
      Number.isFinite(x) && Number.isFinite(y) && y > 0 ? `${(x / y).toFixed(1)}x` : '–';
    out.push(
      `${orgs.toLocaleString('en')} orgs, baseline / app: first paint ${ratio(b.firstPaintMs, a.firstPaintMs)} ` +
        `(map part ${ratio(b.mapMs, a.mapMs)}), ` +
        `pan p95 ${ratio(b.pan.p95, a.pan.p95)}, zoom p95 ${ratio(b.zoom.p95, a.zoom.p95)}`,
    );
  }
  return out.join('\n');
}

export async function runMapBench(options: MapBenchOptions = {}): Promise<MapBenchRow[]> {
  const { sizes = DEFAULT_SIZES, log = console.log } = options;
  const dist = copyOfBuiltApp('map');
  const datasets: Route[] = [];
  for (const orgs of sizes) {
    log(`map: synthesizing ${orgs.toLocaleString('en')} organizations`);
    const body = JSON.stringify(synthesizeDataset(orgs, SEED));
    datasets.push({ path: `/bench-data/${orgs}.json`, body, type: 'application/json' });
  }
  const { server, origin } = await serve(appRoutes(datasets, dist));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const rows: MapBenchRow[] = [];
  try {
    for (const orgs of sizes) {
      log(`map: app, ${orgs.toLocaleString('en')} organizations`);
      const app = await measure(browser, origin, 'app', orgs, null);
      log(`map: baseline, ${orgs.toLocaleString('en')} organizations`);
      const size = { width: Math.round(app.box.width), height: Math.round(app.box.height) };
      const baseline = await measure(browser, origin, 'baseline', orgs, size);
      for (const { box: _box, ...row } of [app, baseline]) rows.push(row);
    }
  } finally {
    await browser.close();
    server.close();
  }
  report('map', rows, formatTable(rows), log);
  return rows;
}

/** The suite as the bench runner calls it. */
export default {
  name: 'map',
  run: (options: { sizes?: readonly number[] } = {}) => runMapBench(options),
};

runIfMain(import.meta.url, () => runMapBench({ sizes: cliNumbers('--sizes', DEFAULT_SIZES) }));
