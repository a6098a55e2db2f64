/**
 * Benchmark suite `load`: how soon the built app shows its map and can be used, in its default
 * view (map and graph side by side), on the built-in dataset and on synthetic datasets of 5,000
 * and 20,000 organizations, with and without Chromium's 4x CPU throttling (a phone stand-in,
 * CDP `Emulation.setCPUThrottlingRate`; it slows the page's thread, not its workers).
 *
 * For each case, in Chromium (headless, software rendering, 1366x800, DPR 1) with no DevTools
 * domain enabled (barePage.ts: Playwright's own `Runtime` domain made V8 re-parse whole modules
 * during the load), `--runs` times (default 3; medians are reported):
 * - first map paint: from navigation start to the `map-first-paint` mark (the first frame with
 *   the markers drawn);
 * - usable: the first moment, after the first map paint and the data being ready, from which
 *   the page's thread stays free of long tasks (> 50 ms) for a second: input is answered;
 * - graph settled: the graph's `data-layout-state` becomes `settled`;
 * - longest task: the longest main-thread task from navigation until the graph settled and
 *   the page was quiet for a second (PerformanceObserver 'longtask'); and the longest in each
 *   phase, by the app's marks: start-up (until it asks for the data, the first `data-load`:
 *   the page asks as its script starts, src/state/earlyData.ts, so this is the task that
 *   evaluates the script), loading (the app mounted, the file fetched, checked and parsed,
 *   until `data-ready`), showing (the views made and painted, the graph laid out).
 * The bare Leaflet page of the map suite (tests/bench/baseline-map.html: Leaflet, the same
 * world outlines, one marker per point) loads the same data the same way for the ratio.
 *
 * The app is a private copy of the built one (`npm run build`, dist/). Results: a table on
 * stdout and bench-results/load.json. Alone: `npx tsx src/cli/bench/load.ts [--sizes 0,5000]
 * [--runs 3] [--throttle 1,4] [--dist <built app>]` (size 0: the built-in dataset). Timings on a shared two-core
 * machine move with its load (printed first): compare ratios measured in one run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { synthesizeDataset } from '../../model/synthetic.ts';
import { launchBare, PAGE_ERRORS_SCRIPT, type BareBrowser } from './barePage.ts';
import {
  appRoutes,
  cliArg,
  cliNumbers,
  copyOfBuiltApp,
  median,
  ms,
  report,
  runIfMain,
  ROOT,
  serve,
  table,
  type Route,
} from './common.ts';

/** 0 stands for the built-in dataset. */
export const DEFAULT_SIZES = [0, 5000, 20000];
export const DEFAULT_THROTTLE = [1, 4];
const SEED = 20_261_125;
/** Longest a case may take before it is reported as not done. */
const CASE_TIMEOUT_MS = 300_000;
/** A quiet page: no long task for this long. */
const QUIET_MS = 1_000;

type Impl = 'app' | 'baseline';

export interface LoadRun {
  firstPaintMs: number;
  usableMs: number | null;
  settledMs: number | null;
  longestTaskMs: number;
  longTasks: number;
  /**
   * The longest task in each phase (the app's marks): start-up (the page's script, until the
   * data is asked for: `data-load`), loading (mounting; fetching, checking, parsing: until
   * `data-ready`)
   * and showing (the views made and painted, until quiet). Null for the baseline page.
   */
  startupTaskMs: number | null;
  loadingTaskMs: number | null;
  showingTaskMs: number | null;
  /** How long the browser's own work for the new page was waited for (barePage.ts), if it ended. */
  browserQuietMs: number | null;
  /** The app's `data-ready` mark: its file fetched, checked and parsed (null for the baseline). */
  dataReadyMs: number | null;
}

export interface LoadBenchRow extends Omit<LoadRun, 'browserQuietMs' | 'dataReadyMs'> {
  impl: Impl;
  dataset: string;
  throttle: number;
  runs: number;
}

/**
 * Records long tasks from before the page's own scripts run. Both pages load it as the first
 * script in their head (`withProbe`): the page is not driven by Playwright, which would inject it
 * (see barePage.ts). The app's moments are its own marks (`data-ready`, `graph-settled`), not
 * watched for in its document: a MutationObserver on the whole document, which ran for every
 * change either page made, put off the first map paint at 5,000 organizations by about 160 ms on
 * the app and 80 ms on the bare page (medians of 7 loads each, 1,108 and 998 ms with it, 946 and
 * 921 without).
 */
const PROBE_SCRIPT =
  `
  window.__load = { tasks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__load.tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
` + PAGE_ERRORS_SCRIPT;
const PROBE_PATH = '/bench-probe.js';

/** A page's HTML with the probe as the first script of its head. */
export function withProbe(html: string, page: string): string {
  if (!/<head>/i.test(html)) throw new Error(`load bench: ${page} has no <head> for the probe`);
  return html.replace(/<head>/i, `<head><script src="${PROBE_PATH}"></script>`);
}

interface PageFigures {
  paint: number;
  /** The app's `data-load` and `data-ready` marks (absent on the baseline page). */
  dataLoad: number | null;
  dataReady: number | null;
  settledAt: number | null;
  tasks: [number, number][];
  now: number;
}

async function measure(
  browser: BareBrowser,
  url: string,
  throttle: number,
  withGraph: boolean,
  missing: readonly string[],
): Promise<LoadRun> {
  const page = await browser.newPage({ width: 1366, height: 800, throttle });
  const missingBefore = missing.length;
  await page.goto(url);
  const deadline = Date.now() + CASE_TIMEOUT_MS;
  const read = <T>(expression: string): Promise<T> =>
    page.evaluate<T>(expression).catch((e: Error) => {
      throw new Error(`load ${url}: ${e.message}`);
    });
  const appeared = async (selector: string, timeout: number): Promise<void> => {
    const end = Date.now() + timeout;
    while (!(await read<boolean>(`document.querySelector(${JSON.stringify(selector)}) !== null`))) {
      if (Date.now() > end) throw new Error(`load ${url}: no ${selector} within ${timeout} ms`);
      await sleep(100);
    }
  };
  await appeared('[data-testid="map"][data-ready="true"]', CASE_TIMEOUT_MS);
  if (withGraph) {
    await appeared('[data-layout-state="settled"]', Math.max(1, deadline - Date.now())).catch(
      () => {},
    );
  }
  // Wait for a quiet second (or the deadline).
  const figures = async (): Promise<PageFigures> => {
    const f = await read<Omit<PageFigures, 'paint'> & { paint: number | null }>(`(() => {
      const l = window.__load;
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
      return {
        paint: at('map-first-paint'),
        dataLoad: at('data-load'),
        dataReady: at('data-ready'),
        settledAt: at('graph-settled'),
        tasks: l.tasks,
        now: performance.now(),
      };
    })()`);
    return { ...f, paint: f.paint ?? NaN };
  };
  let f = await figures();
  for (;;) {
    const lastEnd = Math.max(0, ...f.tasks.map(([s, d]) => s + d));
    if (f.now - Math.max(lastEnd, f.paint) >= QUIET_MS || Date.now() > deadline) break;
    await sleep(250);
    f = await figures();
  }
  const errors = [
    ...(await read<string[]>('window.__pageErrors')),
    ...missing.slice(missingBefore).map((path) => `HTTP 404 ${path}`),
  ];
  await page.close();
  if (errors.length) throw new Error(`load ${url}: errors in the page: ${errors.join('; ')}`);
  // Usable: the end of the last long task after which a quiet second followed, not before
  // the data was ready and the map painted.
  const from = Math.max(f.paint, f.dataReady ?? f.paint);
  const sorted = f.tasks.map(([s, d]) => [s, s + d] as const).sort((a, b) => a[0] - b[0]);
  let usable = from;
  for (const [start, end] of sorted) {
    if (end <= usable) continue;
    if (start - usable >= QUIET_MS) break;
    usable = Math.max(usable, end);
  }
  const quiet = f.now - usable >= QUIET_MS;
  // A task is in the phase it starts in, except the one that sets `data-ready` (and goes on to
  // make the views): that one is showing.
  const longest = (keep: (start: number, end: number) => boolean): number =>
    Math.max(0, ...f.tasks.filter(([s, d]) => keep(s, s + d)).map(([, d]) => d));
  const load = f.dataLoad;
  const ready = f.dataReady;
  const phases = load !== null && ready !== null;
  return {
    startupTaskMs: phases ? longest((s) => s < load) : null,
    loadingTaskMs: phases ? longest((s, e) => s >= load && e <= ready) : null,
    showingTaskMs: phases ? longest((s, e) => s >= load && e > ready) : null,
    firstPaintMs: f.paint,
    usableMs: quiet ? usable : null,
    settledMs: withGraph ? f.settledAt : null,
    longestTaskMs: Math.max(0, ...f.tasks.map(([, d]) => d)),
    longTasks: f.tasks.length,
    browserQuietMs: page.quiet.quiet ? page.quiet.waitedMs : null,
    dataReadyMs: ready,
  };
}

/** The median, or null when any run has no value. */
const medianOf = (values: readonly (number | null)[]): number | null =>
  values.some((v) => v === null) ? null : median(values as number[]);

export function formatTable(rows: readonly LoadBenchRow[]): string {
  const lines = rows.map((r) => [
    r.dataset,
    r.throttle === 1 ? 'none' : `${r.throttle}x`,
    r.impl === 'app' ? 'app (default view)' : 'bare Leaflet baseline',
    ms(r.firstPaintMs),
    r.impl === 'app' ? (r.usableMs === null ? 'not quiet' : ms(r.usableMs)) : '–',
    r.impl === 'app' ? (r.settledMs === null ? '–' : ms(r.settledMs)) : '–',
    `${ms(r.longestTaskMs)} (${r.longTasks})`,
    r.impl === 'app'
      ? `${ms(r.startupTaskMs)} / ${ms(r.loadingTaskMs)} / ${ms(r.showingTaskMs)}`
      : '–',
  ]);
  const out = [
    table(
      [
        'dataset',
        'CPU throttling',
        'page',
        'first map paint ms',
        'usable ms',
        'graph settled ms',
        'longest task ms (count > 50)',
        'longest: start-up / loading / showing',
      ],
      lines,
    ),
  ];
  for (const r of rows) {
    if (r.impl !== 'app') continue;
    const b = rows.find(
      (x) => x.impl === 'baseline' && x.dataset === r.dataset && x.throttle === r.throttle,
    );
    if (!b) continue;
    out.push(
      `${r.dataset}, throttling ${r.throttle}x: first map paint app / baseline ${(r.firstPaintMs / b.firstPaintMs).toFixed(2)}x`,
    );
  }
  return out.join('\n');
}

export async function runLoadBench(
  options: {
    sizes?: readonly number[];
    throttle?: readonly number[];
    runs?: number;
    /** The built app to measure (default: dist/). */
    dist?: string;
    log?: (line: string) => void;
  } = {},
): Promise<LoadBenchRow[]> {
  const {
    sizes = DEFAULT_SIZES,
    throttle = DEFAULT_THROTTLE,
    runs = 3,
    log = console.log,
  } = options;
  const dist = copyOfBuiltApp('load', options.dist);
  const datasets: Route[] = [
    {
      path: '/bench-data/0.json',
      body: readFileSync(join(ROOT, 'data/wikimedia.json'), 'utf8'),
      type: 'application/json',
    },
  ];
  for (const size of sizes) {
    if (size === 0) continue;
    log(`load: synthesizing ${size.toLocaleString('en')} organizations`);
    const body = JSON.stringify(synthesizeDataset(size, SEED));
    datasets.push({ path: `/bench-data/${size}.json`, body, type: 'application/json' });
  }
  const app = join(dist, 'index.html');
  writeFileSync(app, withProbe(readFileSync(app, 'utf8'), app));
  const baseline = join(ROOT, 'tests/bench/baseline-map.html');
  const probeRoutes: Route[] = [
    { path: PROBE_PATH, body: PROBE_SCRIPT, type: 'text/javascript' },
    {
      path: '/bench-baseline/baseline-map.html',
      body: withProbe(readFileSync(baseline, 'utf8'), baseline),
      type: 'text/html; charset=utf-8',
    },
  ];
  const missing: string[] = [];
  const { server, origin } = await serve([...probeRoutes, ...appRoutes(datasets, dist)], {
    onMissing: (path) => missing.push(path),
  });
  const browser = await launchBare();
  const rows: LoadBenchRow[] = [];
  log(
    `load: load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (2-core machine)`,
  );
  try {
    for (const size of sizes) {
      const dataset = size === 0 ? 'built-in' : `${size.toLocaleString('en')} orgs`;
      for (const rate of throttle) {
        for (const impl of ['app', 'baseline'] as const) {
          const url =
            impl === 'app'
              ? size === 0
                ? `${origin}/`
                : `${origin}/?data=bench-data/${size}.json`
              : `${origin}/bench-baseline/baseline-map.html?data=/bench-data/${size}.json&w=680&h=640`;
          const results: LoadRun[] = [];
          for (let run = 0; run < runs; run++) {
            results.push(await measure(browser, url, rate, impl === 'app', missing));
          }
          log(
            `load: ${dataset}, ${impl}, throttling ${rate}x: first paint ${results.map((r) => ms(r.firstPaintMs)).join(', ')} ms; ` +
              (impl === 'app'
                ? `data ready ${results.map((r) => ms(r.dataReadyMs)).join(', ')} ms; `
                : '') +
              `longest task ${results.map((r) => `${ms(r.longestTaskMs)} (${r.longTasks})`).join(', ')} ms; ` +
              `the browser quiet before each after ${results.map((r) => (r.browserQuietMs === null ? 'no quiet within 15 s' : ms(r.browserQuietMs))).join(', ')} ms`,
          );
          const pick = (k: keyof LoadRun) => medianOf(results.map((r) => r[k]));
          rows.push({
            impl,
            dataset,
            throttle: rate,
            runs,
            firstPaintMs: pick('firstPaintMs')!,
            usableMs: pick('usableMs'),
            settledMs: pick('settledMs'),
            longestTaskMs: pick('longestTaskMs')!,
            longTasks: pick('longTasks')!,
            startupTaskMs: pick('startupTaskMs'),
            loadingTaskMs: pick('loadingTaskMs'),
            showingTaskMs: pick('showingTaskMs'),
          });
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  log(
    `load: load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} at the end`,
  );
  report('load', rows, formatTable(rows), log);
  return rows;
}

/** The suite as the bench runner calls it. */
export default {
  name: 'load',
  run: (options: { sizes?: readonly number[] } = {}) => runLoadBench(options),
};

runIfMain(import.meta.url, () => {
  const dist = cliArg('--dist');
  return runLoadBench({
    sizes: cliNumbers('--sizes', DEFAULT_SIZES),
    throttle: cliNumbers('--throttle', DEFAULT_THROTTLE),
    runs: Number(cliArg('--runs') ?? 3),
    ...(dist ? { dist } : {}),
  });
});
