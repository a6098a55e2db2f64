import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runValidate } from '../../src/cli/validate.ts';

const TSX = 'node_modules/tsx/dist/cli.mjs';
const SMALL = 'tests/fixtures/small.json';
const PLANTED = 'tests/fixtures/planted-errors.json';
const SMALL_OK =
  'ok: 4 chapters, 1 former chapter, 1 user group, 1 thematic organization, 1 network, 2 meetups, 2 programs, 1 collaboration, 9 sources';

const made: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-validate-'));
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/**
 * The fixtures name affiliates without Wikidata ids on purpose (the import tests match them by
 * name); that warning is tested in validate.test.ts, and left out of these CLI outputs.
 */
const withoutWikidataWarnings = (lines: string[]): string[] =>
  lines.filter((l) => !l.includes('has no Wikidata item id'));

/** Runs `npm run validate -- <args>` as npm would: tsx on src/cli/validate.ts. */
function cli(...args: string[]): { status: number | null; stdout: string[]; stderr: string } {
  const run = spawnSync(process.execPath, [TSX, 'src/cli/validate.ts', ...args], {
    encoding: 'utf8',
  });
  return {
    status: run.status,
    stdout: withoutWikidataWarnings(run.stdout.trimEnd().split('\n')),
    stderr: run.stderr.trim(),
  };
}

/** Runs the command in this process, collecting what it prints. */
function inProcess(...args: string[]): { code: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const code = runValidate(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: withoutWikidataWarnings(out), err };
}

describe('npm run validate (child process)', () => {
  it('prints one line per planted error and warning, and exits 1', () => {
    const before = statSync(PLANTED).mtimeMs;
    const bytes = readFileSync(PLANTED);
    const run = cli(PLANTED);
    expect(run.status).toBe(1);
    expect(run.stdout).toEqual(
      withoutWikidataWarnings(
        readFileSync('tests/fixtures/planted-errors.expected.txt', 'utf8').trimEnd().split('\n'),
      ),
    );
    expect(run.stderr).toBe('validation failed: 29 errors, 7 warnings');
    // It only reads its input.
    expect(readFileSync(PLANTED).equals(bytes)).toBe(true);
    expect(statSync(PLANTED).mtimeMs).toBe(before);
  }, 60_000);

  it('prints the ok line last and exits 0 for a valid file', () => {
    const run = cli(SMALL);
    expect(run.status).toBe(0);
    expect(run.stdout).toEqual([SMALL_OK]);
    expect(run.stderr).toBe('');
  }, 60_000);
});

describe('npm run validate (in process)', () => {
  it('validates every .json file of a directory and names what it skips', () => {
    const dir = tempDir();
    copyFileSync(SMALL, join(dir, 'a.json'));
    copyFileSync(SMALL, join(dir, 'b.json'));
    writeFileSync(join(dir, 'notes.txt'), 'not data');
    mkdirSync(join(dir, 'nested'));
    const run = inProcess(dir);
    expect(run.code).toBe(0);
    expect(run.out).toEqual([
      `skipped: ${join(dir, 'nested')} (a directory: not searched)`,
      `skipped: ${join(dir, 'notes.txt')} (not a .json file)`,
      `${join(dir, 'a.json')}: ${SMALL_OK}`,
      `${join(dir, 'b.json')}: ${SMALL_OK}`,
    ]);
  });

  it('fails when one file of a directory is broken, naming the file', () => {
    const dir = tempDir();
    copyFileSync(SMALL, join(dir, 'a.json'));
    writeFileSync(join(dir, 'broken.json'), '{\n  "organizations": [\n');
    const run = inProcess(dir);
    expect(run.code).toBe(1);
    expect(run.out).toEqual([
      `${join(dir, 'broken.json')}:3:1 organizations JSON syntax error: the file ends before the array opened at 2:20 is closed`,
    ]);
    expect(run.err).toEqual(['validation failed: 1 error, 4 warnings']); // small.json's four affiliates without Wikidata ids
  });

  it('reports a directory without .json files, a missing file, and files that are not UTF-8', () => {
    const dir = tempDir();
    expect(inProcess(dir).out).toEqual([`${dir}:1:1 contains no .json file to validate`]);
    const missing = join(dir, 'missing.json');
    expect(inProcess(missing)).toMatchObject({
      code: 1,
      out: [`${missing}:1:1 cannot be read: no such file or directory`],
    });
    const latin1 = join(dir, 'latin1.json');
    writeFileSync(latin1, Buffer.from('{\n  "title": "Wikimedia Espa\xf1a"\n}', 'latin1'));
    expect(inProcess(latin1).out).toEqual([`${latin1}:2:27 the file is not valid UTF-8 here`]);
    const utf16 = join(dir, 'utf16.json');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{}', 'utf16le')]));
    expect(inProcess(utf16).out).toEqual([
      `${utf16}:1:1 the file is UTF-16 (little-endian), not UTF-8: save it as UTF-8`,
    ]);
  });

  it('refuses a file over the size limit before reading it', () => {
    const dir = tempDir();
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, Buffer.alloc(21 * 1024 * 1024, 0x20));
    expect(inProcess(huge).out).toEqual([
      `${huge}:1:1 the file is 21.0 MB, more than the 20 MB a dataset may have`,
    ]);
  });

  it('validates data/wikimedia.json when given no argument', () => {
    const run = inProcess();
    const last = run.out[run.out.length - 1] ?? '';
    if (run.code === 0) expect(last).toMatch(/^ok: \d+ chapters/);
    else expect(run.out.join('\n')).toMatch(/^data\/wikimedia\.json:/m);
  });

  it('explains its usage', () => {
    expect(inProcess('--help')).toMatchObject({
      code: 0,
      out: [expect.stringMatching(/^usage: npm run validate/)],
    });
    expect(inProcess('--fix')).toMatchObject({
      code: 2,
      err: [expect.stringMatching(/^unknown option "--fix"/)],
    });
  });
});
