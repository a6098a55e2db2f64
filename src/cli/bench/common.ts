/**
 * Helpers shared by benchmark suites: Chromium as the tests launch it, a static server on
 * localhost, frame statistics from requestAnimationFrame timestamps, and a plain-text table.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

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

/** Serves routes (first match wins) on 127.0.0.1 at a free port; returns the server and its origin. */
export async function serve(routes: readonly Route[]): Promise<{ server: Server; origin: string }> {
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
