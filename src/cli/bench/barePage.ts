/**
 * Chromium driven through its DevTools pipe with no DevTools domain enabled: what the load suite
 * measures in, so that its long tasks are the page's own.
 *
 * Playwright enables the `Runtime` domain on every page it opens. With it on, V8 re-parses
 * whole modules to collect their source positions (`V8.CollectSourcePositions` in a trace)
 * while the app loads: a measured 87-182 ms task in the loading phase of a 20,000-organization
 * file, against 0-61 ms with no domain enabled (same build, same machine, 3-6 runs each). A
 * reader's browser has no DevTools attached, so the load suite drives Chromium itself:
 * - the protocol over `--remote-debugging-pipe` (NUL-separated JSON on file descriptors 3 and 4),
 *   as Playwright and Puppeteer do;
 * - one fresh browser context per page (no cache, no storage), one target attached in flat mode,
 *   and the page is given once the browser's own processes are quiet again (see quiet.ts: a new
 *   context starts a renderer of Chromium's own, about 1.3 s of CPU);
 * - only commands that need no domain enabled: `Emulation` for the viewport and the CPU
 *   throttling, `Page.navigate`, and `Runtime.evaluate` to read the page.
 * A page cannot be watched for errors this way, so the page reports its own: see
 * `PAGE_ERRORS_SCRIPT`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';
import { waitQuiet } from './quiet.ts';

/**
 * The switches Playwright adds to every Chromium it launches that bear on timing (background
 * throttling, IPC flooding protection, scrollbars), so that this browser schedules the page as
 * the other suites' browsers do.
 */
const PLAYWRIGHT_TIMING_SWITCHES = [
  '--disable-field-trial-config',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-ipc-flooding-protection',
  '--disable-back-forward-cache',
  '--disable-breakpad',
  '--disable-dev-shm-usage',
  '--disable-extensions',
  '--disable-hang-monitor',
  '--allow-pre-commit-input',
  '--force-color-profile=srgb',
  '--hide-scrollbars',
  '--mute-audio',
];

/**
 * Records, from before the page's own scripts run, what Playwright's page events would report:
 * uncaught errors, unhandled rejections and `console.error` calls (`window.__pageErrors`).
 */
export const PAGE_ERRORS_SCRIPT = `
  window.__pageErrors = [];
  addEventListener('error', (e) => window.__pageErrors.push(String(e.message || e.error)));
  addEventListener('unhandledrejection', (e) => window.__pageErrors.push('unhandled rejection: ' + String(e.reason)));
  const consoleError = console.error.bind(console);
  console.error = (...args) => { window.__pageErrors.push(args.map(String).join(' ')); consoleError(...args); };
`;

interface Message {
  id?: number;
  result?: unknown;
  error?: { message: string };
}

export interface BarePage {
  /** Navigates; resolves once the navigation is committed (not when the page has loaded). */
  goto(url: string): Promise<void>;
  /** The value of an expression in the page (JSON-serializable), or its exception as an error. */
  evaluate<T>(expression: string): Promise<T>;
  /**
   * Any other protocol command to this page, for probes (a profile, a trace). Enabling a
   * domain brings back what this module avoids: figures taken so are not the page's own.
   */
  send<T>(method: string, params?: object): Promise<T>;
  close(): Promise<void>;
  /** How long the page waited for the browser's processes to be quiet, and whether they were. */
  quiet: { waitedMs: number; quiet: boolean };
}

export interface BareBrowser {
  newPage(options: { width: number; height: number; throttle?: number }): Promise<BarePage>;
  close(): Promise<void>;
}

export async function launchBare(): Promise<BareBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'atlas-bare-'));
  const child: ChildProcess = spawn(
    CHROMIUM_PATH,
    [
      ...CHROMIUM_ARGS,
      ...PLAYWRIGHT_TIMING_SWITCHES,
      '--remote-debugging-pipe',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] },
  );
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-2000);
  });
  const waiting = new Map<number, { resolve: (m: Message) => void; reject: (e: Error) => void }>();
  let exited: Error | null = null;
  child.once('exit', (code, signal) => {
    exited = new Error(`Chromium exited (${code ?? signal}): ${stderr.trim() || 'no output'}`);
    for (const w of waiting.values()) w.reject(exited);
    waiting.clear();
  });
  let pending = '';
  fromBrowser.on('data', (d: Buffer) => {
    pending += d.toString();
    for (let end = pending.indexOf('\0'); end >= 0; end = pending.indexOf('\0')) {
      const message = JSON.parse(pending.slice(0, end)) as Message;
      pending = pending.slice(end + 1);
      // Events are not asked for (no domain is enabled); only replies are awaited.
      if (message.id === undefined) continue;
      waiting.get(message.id)?.resolve(message);
      waiting.delete(message.id);
    }
  });
  let lastId = 0;
  const send = <T>(method: string, params: object = {}, sessionId?: string): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (exited) return reject(exited);
      const id = ++lastId;
      waiting.set(id, {
        resolve: (m) =>
          m.error ? reject(new Error(`${method}: ${m.error.message}`)) : resolve(m.result as T),
        reject,
      });
      toBrowser.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });

  return {
    async newPage({ width, height, throttle = 1 }) {
      const { browserContextId } = await send<{ browserContextId: string }>(
        'Target.createBrowserContext',
      );
      const { targetId } = await send<{ targetId: string }>('Target.createTarget', {
        url: 'about:blank',
        browserContextId,
      });
      const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', {
        targetId,
        flatten: true,
      });
      await send(
        'Emulation.setDeviceMetricsOverride',
        { width, height, deviceScaleFactor: 1, mobile: false },
        sessionId,
      );
      if (throttle > 1) await send('Emulation.setCPUThrottlingRate', { rate: throttle }, sessionId);
      const quiet =
        child.pid === undefined ? { waitedMs: 0, quiet: true } : await waitQuiet(child.pid);
      return {
        quiet,
        async goto(url) {
          const { errorText } = await send<{ errorText?: string }>(
            'Page.navigate',
            { url },
            sessionId,
          );
          if (errorText) throw new Error(`${url}: ${errorText}`);
        },
        async evaluate<T>(expression: string) {
          const { result, exceptionDetails } = await send<{
            result: { value?: unknown };
            exceptionDetails?: { text: string; exception?: { description?: string } };
          }>('Runtime.evaluate', { expression, returnByValue: true }, sessionId);
          if (exceptionDetails) {
            const why = exceptionDetails.exception?.description ?? exceptionDetails.text;
            throw new Error(`${expression.slice(0, 80)}: ${why}`);
          }
          return result.value as T;
        },
        send: <T>(method: string, params: object = {}) => send<T>(method, params, sessionId),
        async close() {
          await send('Target.disposeBrowserContext', { browserContextId });
        },
      };
    },
    async close() {
      if (!exited) {
        const gone = new Promise((resolve) => child.once('exit', resolve));
        await send('Browser.close').catch(() => child.kill());
        await gone;
      }
      rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}
