/** The load bench's wait for a quiet browser: reading /proc/<pid>/stat (src/cli/bench/quiet.ts). */
import { describe, expect, it } from 'vitest';
import { parseStat, treeTicks, waitQuiet } from '../../src/cli/bench/quiet.ts';

// Fields after the name: state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt
// utime stime ...
const line = (pid: number, name: string, ppid: number, utime: number, stime: number) =>
  `${pid} (${name}) S ${ppid} 1 1 0 -1 4194560 100 0 0 0 ${utime} ${stime} 0 0 20 0 1 0 1 1 1`;

describe('parseStat', () => {
  it('reads the parent and the CPU ticks', () => {
    expect(parseStat(line(42, 'chromium', 7, 120, 30))).toEqual({ pid: 42, ppid: 7, ticks: 150 });
  });

  it('counts fields from the last parenthesis: a name may hold spaces and parentheses', () => {
    expect(parseStat(line(43, 'Web Content (x) )', 42, 5, 6))).toEqual({
      pid: 43,
      ppid: 42,
      ticks: 11,
    });
  });

  it('refuses a line that is not a stat line', () => {
    expect(parseStat('')).toBeNull();
    expect(parseStat('43 (x) S')).toBeNull();
  });
});

describe('treeTicks', () => {
  it('adds up a process and everything under it, not its siblings', () => {
    const stats = [
      { pid: 1, ppid: 0, ticks: 1000 },
      { pid: 10, ppid: 1, ticks: 5 },
      { pid: 11, ppid: 10, ticks: 7 },
      { pid: 12, ppid: 11, ticks: 11 },
      { pid: 20, ppid: 1, ticks: 500 },
    ];
    expect(treeTicks(10, stats)).toBe(23);
    expect(treeTicks(99, stats)).toBe(0);
  });
});

describe('waitQuiet', () => {
  it('finds a sleeping process quiet within a window or two', async () => {
    // This test's own process tree is not idle (the test runner works), so a share of a whole
    // core is asked for: it only checks that the wait ends and says so.
    const q = await waitQuiet(process.pid, { windowMs: 200, share: 100, timeoutMs: 5_000 });
    expect(q.quiet).toBe(true);
    expect(q.waitedMs).toBeGreaterThanOrEqual(200);
    expect(q.waitedMs).toBeLessThan(5_000);
  });
});
