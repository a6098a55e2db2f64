/**
 * `npm run validate [-- <file-or-dir> ...]`: validates dataset files and prints every error and
 * warning as `<file>:<line>:<column> <json path> <message>` (warnings prefixed `warning: `).
 * Errors are printed as soon as they are found, warnings after them; at most 1,000 lines per
 * file, then one line saying how many more there are.
 * A directory means every *.json file directly in it; anything else there is named as skipped.
 * Exits 1 if there is any error; otherwise prints the summary (`ok: 39 chapters, ...`) last and
 * exits 0. Without argument it validates data/wikimedia.json. Files are only read.
 * Messages are in English; `--lang <code>` writes them in a UI language of the app
 * (`--lang de`), with the same keys as the app (`validate-*` in src/i18n/*.json).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeDataset } from '../model/decode.ts';
import { english } from '../i18n/english.ts';
import { messagesIn, resolveLanguage, UI_LANGUAGES } from '../i18n/messages.ts';
import { msg, type Message } from '../model/message.ts';
import {
  fileIssue,
  formatIssue,
  formatIssueIn,
  MAX_FILE_BYTES,
  MAX_ISSUES,
  omittedSummary,
  summarize,
  tooLargeMessage,
  validateDataset,
  type Issue,
  type RenderMessage,
  type ValidationResult,
} from '../model/validate.ts';

export const DEFAULT_DATASET = 'data/wikimedia.json';

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

const USAGE =
  'usage: npm run validate [-- [--lang <code>] <file-or-directory> ...]  (default: data/wikimedia.json)';

function fileError(file: string, message: Message): ValidationResult {
  return { errors: [fileIssue(file, message)], warnings: [] };
}

function cannotRead(e: unknown): Message {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return msg('validate-cannot-read', msg('validate-reason-missing'));
  if (code === 'EACCES') return msg('validate-cannot-read', msg('validate-reason-denied'));
  return msg('validate-cannot-read', e instanceof Error ? e.message : String(e));
}

/** Validates one file from disk; `onIssue` gets each kept issue as soon as it is found. */
export function validateFile(file: string, onIssue?: (issue: Issue) => void): ValidationResult {
  let result: ValidationResult;
  try {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) {
      result = fileError(file, tooLargeMessage(size));
    } else {
      const decoded = decodeDataset(readFileSync(file));
      if (decoded.ok) return validateDataset(decoded.text, file, { onIssue });
      const { line, column, message } = decoded;
      result = { errors: [fileIssue(file, message, line, column)], warnings: [] };
    }
  } catch (e) {
    result = fileError(file, cannotRead(e));
  }
  for (const issue of result.errors) onIssue?.(issue);
  return result;
}

/** The files an argument stands for; directories give their *.json files, sorted. */
function expand(
  arg: string,
  io: Output,
  render: RenderMessage,
): { files: string[]; problems: Issue[] } {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(arg).isDirectory();
  } catch (e) {
    return { files: [], problems: fileError(arg, cannotRead(e)).errors };
  }
  if (!isDirectory) return { files: [arg], problems: [] };
  const files: string[] = [];
  for (const entry of readdirSync(arg, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  )) {
    const path = join(arg, entry.name);
    if (entry.name.toLowerCase().endsWith('.json') && !entry.isDirectory()) files.push(path);
    else {
      const why = entry.isDirectory() ? 'validate-skipped-directory' : 'validate-skipped-file';
      io.out(render(msg(why, path)));
    }
  }
  if (files.length === 0)
    return { files, problems: fileError(arg, msg('validate-no-json')).errors };
  return { files, problems: [] };
}

/** The command; returns its exit code. */
export function runValidate(args: readonly string[], io: Output): number {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  const rest = [...args];
  let render: RenderMessage | undefined;
  const langAt = rest.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (langAt >= 0) {
    const [flag] = rest.splice(langAt, 1);
    const tag = flag!.includes('=') ? flag!.slice('--lang='.length) : rest.splice(langAt, 1)[0];
    const lang = resolveLanguage(tag);
    if (!lang) {
      io.err(
        `unknown language ${JSON.stringify(tag ?? '')}: one of ${UI_LANGUAGES.join(', ')}; ${USAGE}`,
      );
      return 2;
    }
    // English stays the messages as the validator wrote them, byte for byte.
    if (lang !== 'en') render = messagesIn(lang);
  }
  const text: RenderMessage = render ?? english;
  const line = (issue: Issue): string =>
    render ? formatIssueIn(issue, render) : formatIssue(issue);
  const unknown = rest.find((a) => a.startsWith('-'));
  if (unknown !== undefined) {
    io.err(`unknown option ${JSON.stringify(unknown)}; ${USAGE}`);
    return 2;
  }
  const targets = rest.length > 0 ? rest : [DEFAULT_DATASET];
  const results: { file: string; result: ValidationResult }[] = [];
  let errors = 0;
  let warnings = 0;
  /** Errors are printed as they are found; warnings after them, within MAX_ISSUES lines. */
  const report = (file: string, result: ValidationResult, printed: number): void => {
    const room = Math.max(0, MAX_ISSUES - printed);
    for (const issue of result.warnings.slice(0, room))
      io.out(text(msg('validate-warning', line(issue))));
    const shown: ValidationResult = {
      ...result,
      warnings: result.warnings.slice(0, room),
    };
    const more = omittedSummary(shown);
    if (more) {
      const why = result.stopped ? ` (${text(result.stopped)})` : '';
      io.out(`${file}: ${text(more)}${why}`);
    }
    errors += result.errorCount ?? result.errors.length;
    warnings += result.warningCount ?? result.warnings.length;
  };
  for (const target of targets) {
    const { files, problems } = expand(target, io, text);
    if (problems.length > 0) {
      for (const issue of problems) io.out(line(issue));
      const result = { errors: problems, warnings: [] };
      results.push({ file: target, result });
      report(target, result, problems.length);
    }
    for (const file of files) {
      let printed = 0;
      const result = validateFile(file, (issue) => {
        if (issue.severity !== 'error') return;
        io.out(line(issue));
        printed++;
      });
      results.push({ file, result });
      report(file, result, printed);
    }
  }
  if (errors > 0) {
    io.err(text(msg('validate-failed-summary', errors, warnings)));
    return 1;
  }
  for (const { file, result } of results) {
    if (!result.dataset) continue;
    const summary = summarize(result.dataset, text);
    io.out(results.length > 1 ? `${file}: ${summary}` : summary);
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = runValidate(process.argv.slice(2), {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}
