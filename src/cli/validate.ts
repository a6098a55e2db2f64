/**
 * `npm run validate [-- <file-or-dir> ...]`: validates dataset files and prints every error and
 * warning as `<file>:<line>:<column> <json path> <message>` (warnings prefixed `warning: `).
 * Errors are printed as soon as they are found, warnings after them; at most 1,000 lines per
 * file, then one line saying how many more there are.
 * A directory means every *.json file directly in it; anything else there is named as skipped.
 * Exits 1 if there is any error; otherwise prints the summary (`ok: 39 chapters, ...`) last and
 * exits 0. Without argument it validates data/wikimedia.json. Files are only read.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeDataset } from '../model/decode.ts';
import {
  formatIssue,
  MAX_FILE_BYTES,
  MAX_ISSUES,
  omittedSummary,
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

/** Validates one file from disk; `onIssue` gets each kept issue as soon as it is found. */
export function validateFile(file: string, onIssue?: (issue: Issue) => void): ValidationResult {
  let result: ValidationResult;
  try {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) {
      const mb = (size / 1024 / 1024).toFixed(1);
      result = fileError(
        file,
        `the file is ${mb} MB, more than the ${MAX_FILE_BYTES / 1024 / 1024} MB a dataset may have`,
      );
    } else {
      const decoded = decodeDataset(readFileSync(file));
      if (decoded.ok) return validateDataset(decoded.text, file, { onIssue });
      const { line, column, message } = decoded;
      result = {
        errors: [{ file, line, column, path: '', message, severity: 'error' }],
        warnings: [],
      };
    }
  } catch (e) {
    result = fileError(file, `cannot be read: ${reason(e)}`);
  }
  for (const issue of result.errors) onIssue?.(issue);
  return result;
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
  let errors = 0;
  let warnings = 0;
  /** Errors are printed as they are found; warnings after them, within MAX_ISSUES lines. */
  const report = (file: string, result: ValidationResult, printed: number): void => {
    const room = Math.max(0, MAX_ISSUES - printed);
    for (const issue of result.warnings.slice(0, room)) io.out(`warning: ${formatIssue(issue)}`);
    const shown: ValidationResult = {
      ...result,
      warnings: result.warnings.slice(0, room),
    };
    const more = omittedSummary(shown);
    if (more) io.out(`${file}: ${more}${result.stopped ? ` (${result.stopped})` : ''}`);
    errors += result.errorCount ?? result.errors.length;
    warnings += result.warningCount ?? result.warnings.length;
  };
  for (const target of targets) {
    const { files, problems } = expand(target, io);
    if (problems.length > 0) {
      for (const issue of problems) io.out(formatIssue(issue));
      const result = { errors: problems, warnings: [] };
      results.push({ file: target, result });
      report(target, result, problems.length);
    }
    for (const file of files) {
      let printed = 0;
      const result = validateFile(file, (issue) => {
        if (issue.severity !== 'error') return;
        io.out(formatIssue(issue));
        printed++;
      });
      results.push({ file, result });
      report(file, result, printed);
    }
  }
  if (errors > 0) {
    const plural = (n: number, word: string): string =>
      `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
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
