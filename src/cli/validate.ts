/**
 * `npm run validate [-- <file-or-dir> ...]`: validates dataset files and prints every error and
 * warning as `<file>:<line>:<column> <json path> <message>` (warnings prefixed `warning: `).
 * A directory means every *.json file directly in it; anything else there is named as skipped.
 * Exits 1 if there is any error; otherwise prints the summary (`ok: 39 chapters, ...`) last and
 * exits 0. Without argument it validates data/wikimedia.json. Files are only read.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  formatIssue,
  MAX_FILE_BYTES,
  summarize,
  validateDataset,
  type Issue,
  type ValidationResult,
} from '../model/validate.ts';

export const DEFAULT_DATASET = 'data/wikimedia.json';

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

const USAGE =
  'usage: npm run validate [-- <file-or-directory> ...]  (default: data/wikimedia.json)';

function fileError(file: string, message: string): ValidationResult {
  return {
    errors: [{ file, line: 1, column: 1, path: '', message, severity: 'error' }],
    warnings: [],
  };
}

function reason(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  return e instanceof Error ? e.message : String(e);
}

/** Decodes UTF-8 strictly: a file with broken bytes is refused, not silently repaired. */
function decode(file: string, bytes: Uint8Array): string | ValidationResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fileError(file, 'the file is UTF-16: save it as UTF-8');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const bad = text.indexOf('\uFFFD');
    const before = text.slice(0, Math.max(0, bad));
    const line = before.split(/\r\n|\r|\n/).length;
    const column = before.length - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
    return {
      errors: [
        {
          file,
          line,
          column,
          path: '',
          message: 'the file is not valid UTF-8 here',
          severity: 'error',
        },
      ],
      warnings: [],
    };
  }
}

/** Validates one file from disk. */
export function validateFile(file: string): ValidationResult {
  try {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) {
      const mb = (size / 1024 / 1024).toFixed(1);
      return fileError(
        file,
        `the file is ${mb} MB, more than the ${MAX_FILE_BYTES / 1024 / 1024} MB a dataset may have`,
      );
    }
    const text = decode(file, readFileSync(file));
    return typeof text === 'string' ? validateDataset(text, file) : text;
  } catch (e) {
    return fileError(file, `cannot be read: ${reason(e)}`);
  }
}

/** The files an argument stands for; directories give their *.json files, sorted. */
function expand(arg: string, io: Output): { files: string[]; problems: Issue[] } {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(arg).isDirectory();
  } catch (e) {
    return { files: [], problems: fileError(arg, `cannot be read: ${reason(e)}`).errors };
  }
  if (!isDirectory) return { files: [arg], problems: [] };
  const files: string[] = [];
  for (const entry of readdirSync(arg, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  )) {
    const path = join(arg, entry.name);
    if (entry.name.toLowerCase().endsWith('.json') && !entry.isDirectory()) files.push(path);
    else
      io.out(
        `skipped: ${path} (${entry.isDirectory() ? 'a directory: not searched' : 'not a .json file'})`,
      );
  }
  if (files.length === 0)
    return { files, problems: fileError(arg, 'contains no .json file to validate').errors };
  return { files, problems: [] };
}

/** The command; returns its exit code. */
export function runValidate(args: readonly string[], io: Output): number {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  const unknown = args.find((a) => a.startsWith('-'));
  if (unknown !== undefined) {
    io.err(`unknown option ${JSON.stringify(unknown)}; ${USAGE}`);
    return 2;
  }
  const targets = args.length > 0 ? args : [DEFAULT_DATASET];
  const results: { file: string; result: ValidationResult }[] = [];
  for (const target of targets) {
    const { files, problems } = expand(target, io);
    if (problems.length > 0)
      results.push({ file: target, result: { errors: problems, warnings: [] } });
    for (const file of files) results.push({ file, result: validateFile(file) });
  }
  let errors = 0;
  let warnings = 0;
  for (const { result } of results) {
    for (const issue of result.errors) io.out(formatIssue(issue));
    for (const issue of result.warnings) io.out(`warning: ${formatIssue(issue)}`);
    errors += result.errors.length;
    warnings += result.warnings.length;
  }
  if (errors > 0) {
    const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
    io.err(`validation failed: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
    return 1;
  }
  for (const { file, result } of results) {
    if (!result.dataset) continue;
    io.out(
      results.length > 1 ? `${file}: ${summarize(result.dataset)}` : summarize(result.dataset),
    );
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = runValidate(process.argv.slice(2), {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}
