/**
 * `npm run bench:hostile [-- <name> ...]`: writes the hostile corpus (tests/hostile/generate.ts)
 * into tests/hostile/out/ (git-ignored), runs `npm run validate` on each file as a child process,
 * checks its verdict (exit code, an expected line, at most 1,000 lines of output) and prints a
 * table of sizes, times and peak memory. Exits 1 if any verdict is wrong; times are figures to
 * read, not assertions (a case is only marked slow above 10 s, to flag a hang).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASES } from './generate.ts';

const OUT = 'tests/hostile/out';
const TSX = 'node_modules/tsx/dist/cli.mjs';
const HANG_SECONDS = 10;
/** 1,000 problems, then one line saying how many more. */
const MAX_LINES = 1001;

interface Row {
  name: string;
  size: string;
  seconds: string;
  memory: string;
  exit: string;
  lines: number;
  verdict: string;
}

function megabytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} KB`;
}

function run(file: string): { exit: number | null; stdout: string; seconds: number; kb: number } {
  const time = existsSync('/usr/bin/time');
  const args = [TSX, 'src/cli/validate.ts', file];
  const started = performance.now();
  const child = time
    ? spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        timeout: 120_000,
      })
    : spawnSync(process.execPath, args, {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        timeout: 120_000,
      });
  const seconds = (performance.now() - started) / 1000;
  const kb = time ? Number(/(\d+)\s*$/.exec(child.stderr)?.[1] ?? NaN) : NaN;
  return { exit: child.status, stdout: child.stdout ?? '', seconds, kb };
}

function main(names: readonly string[]): number {
  mkdirSync(OUT, { recursive: true });
  const chosen = names.length > 0 ? CASES.filter((c) => names.includes(c.name)) : CASES;
  const rows: Row[] = [];
  let failed = 0;
  for (const c of chosen) {
    const file = join(OUT, `${c.name}.json`);
    const content = c.build();
    writeFileSync(file, content);
    const size = typeof content === 'string' ? Buffer.byteLength(content) : content.length;
    const result = run(file);
    const lines = result.stdout.split('\n').filter((l) => l !== '');
    const problems: string[] = [];
    if (result.exit !== c.exit) problems.push(`exit ${result.exit}, expected ${c.exit}`);
    if (lines.length > MAX_LINES) problems.push(`${lines.length} lines`);
    if (!lines.some((l) => c.line.test(l))) problems.push(`no line matches ${c.line}`);
    if (result.seconds > HANG_SECONDS) problems.push(`slow (over ${HANG_SECONDS} s)`);
    if (problems.length > 0) {
      failed++;
      console.error(`${c.name}: ${problems.join('; ')}`);
      console.error(lines.slice(0, 5).join('\n'));
    }
    rows.push({
      name: c.name,
      size: megabytes(size),
      seconds: result.seconds.toFixed(2),
      memory: Number.isFinite(result.kb) ? `${Math.round(result.kb / 1024)} MB` : '-',
      exit: String(result.exit),
      lines: lines.length,
      verdict: problems.length === 0 ? 'ok' : 'WRONG',
    });
  }
  const head: Row = {
    name: 'case',
    size: 'size',
    seconds: 'seconds',
    memory: 'peak RSS',
    exit: 'exit',
    lines: 0,
    verdict: 'verdict',
  };
  const keys = Object.keys(head) as (keyof Row)[];
  const cell = (r: Row, k: keyof Row): string =>
    r === head && k === 'lines' ? 'lines' : String(r[k]);
  const widths = keys.map((k) => Math.max(...[head, ...rows].map((r) => cell(r, k).length)));
  const line = (r: Row): string =>
    `| ${keys.map((k, i) => (k === 'name' ? cell(r, k).padEnd(widths[i]!) : cell(r, k).padStart(widths[i]!))).join(' | ')} |`;
  console.log(line(head));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const r of rows) console.log(line(r));
  console.log(failed === 0 ? `all ${rows.length} verdicts right` : `${failed} verdicts wrong`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
