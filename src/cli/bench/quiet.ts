/**
 * Waits until a browser's own processes are quiet, so that a measured load does not run beside
 * the browser's work for a new window. Chromium 156 starts a renderer of its own for each new
 * browser context (its omnibox popup, a WebUI page), about 1.3 s of CPU in the 2-3 s after the
 * context is made: on a two-core machine that is most of a core, taken from the page being
 * measured (in a trace, its data was ready about a second later, and its page thread ran a
 * third of the time its tasks lasted). A reader's browser did that work when its window opened.
 *
 * The CPU time of every process under the browser's is read from /proc (Linux only; elsewhere
 * nothing is waited for).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** What /proc/<pid>/stat says of a process: its parent and the CPU it has used, in ticks. */
export interface ProcessStat {
  pid: number;
  ppid: number;
  ticks: number;
}

/**
 * Parses a /proc/<pid>/stat line. The command name is in parentheses and may hold spaces and
 * parentheses itself: the fields are counted from the last ')'.
 */
export function parseStat(line: string): ProcessStat | null {
  const close = line.lastIndexOf(')');
  if (close < 0) return null;
  const pid = Number(line.slice(0, line.indexOf(' ')));
  // After the name: state (3), ppid (4), ..., utime (14), stime (15).
  const fields = line
    .slice(close + 2)
    .trim()
    .split(/\s+/);
  const ppid = Number(fields[1]);
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isInteger(pid) && Number.isInteger(ppid) && Number.isFinite(ticks)
    ? { pid, ppid, ticks }
    : null;
}

/** The CPU ticks used so far by `root` and every process under it. */
export function treeTicks(root: number, stats: readonly ProcessStat[]): number {
  const children = new Map<number, ProcessStat[]>();
  for (const s of stats) {
    const siblings = children.get(s.ppid);
    if (siblings) siblings.push(s);
    else children.set(s.ppid, [s]);
  }
  let ticks = stats.find((s) => s.pid === root)?.ticks ?? 0;
  const stack = [root];
  while (stack.length) {
    for (const child of children.get(stack.pop()!) ?? []) {
      ticks += child.ticks;
      stack.push(child.pid);
    }
  }
  return ticks;
}

function readStats(): ProcessStat[] {
  const stats: ProcessStat[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const s = parseStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (s) stats.push(s);
    } catch {
      // The process ended meanwhile.
    }
  }
  return stats;
}

/** Linux's clock ticks per second for process times (USER_HZ). */
const TICKS_PER_SECOND = 100;

export interface QuietOptions {
  /** The span over which the CPU use is judged, in ms. */
  windowMs?: number;
  /** Quiet: less than this share of one core used over the window. */
  share?: number;
  /** Gives up after this long, in ms. */
  timeoutMs?: number;
}

/**
 * Resolves once the processes under `root` used less than `share` of a core over `windowMs`,
 * or after `timeoutMs`; says how long it waited and whether they were quiet.
 */
export async function waitQuiet(
  root: number,
  { windowMs = 500, share = 0.05, timeoutMs = 15_000 }: QuietOptions = {},
): Promise<{ waitedMs: number; quiet: boolean }> {
  const start = Date.now();
  if (!existsSync('/proc/self/stat')) return { waitedMs: 0, quiet: true };
  const samples: [number, number][] = [];
  for (;;) {
    const now = Date.now();
    samples.push([now, treeTicks(root, readStats())]);
    while (samples.length > 1 && now - samples[1]![0] >= windowMs) samples.shift();
    const [since, ticks] = samples[0]!;
    if (now - since >= windowMs) {
      const usedMs = ((samples.at(-1)![1] - ticks) * 1000) / TICKS_PER_SECOND;
      if (usedMs < share * (now - since)) return { waitedMs: now - start, quiet: true };
    }
    if (now - start > timeoutMs) return { waitedMs: now - start, quiet: false };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
