/**
 * Validation of a Movement Atlas dataset file: JSON syntax, the data contract (a `SchemaCheck`:
 * zod in validate.ts, or the schema compiled at build time in validateCompiled.ts), and the
 * checks that need the whole dataset (unique ids, references, real country codes, BCP 47,
 * calendar dates, date order, http(s) links, safe text). Every problem is reported with its
 * file, line, column and JSON path. Pure TypeScript without Node APIs: the CLI, the app and its
 * worker share it.
 *
 * A file is read with `JSON.parse`, after one scan of the text that checks the limits below
 * (jsonFast.ts); where its values and keys start (jsonPositions.ts) is worked out only when
 * there is an issue to place, so a file without issues is parsed once, natively. A file that is
 * not JSON, repeats a key or breaks a limit is read by the position-keeping parser from the
 * start, which says what is wrong and where.
 *
 * Files come from anyone (embeds load other people's files), so the work is bounded by the
 * input: oversized collections and deep nesting are refused as the text is read; records are
 * checked one by one in file order, and each record's problems are handed to `onIssue` as soon
 * as it is done (the CLI prints them at once); at most MAX_ISSUES errors and as many warnings
 * are kept, the rest only counted; an optional time budget stops the work with an error.
 *
 * Errors make a file unusable; warnings point at data that is allowed but probably not meant
 * (records citing no source, network members sharing no language with their network, ...).
 */
import { utf16Message } from './decode.ts';
import { fastDocument } from './jsonFast.ts';
import {
  parseJson,
  type DuplicateKey,
  type JsonDocument,
  type JsonPathSegment,
} from './jsonPositions.ts';
import type { Dataset } from './schema.ts';
import { COLLECTIONS, type Collection } from './vocabulary.ts';
import { english } from '../i18n/english.ts';
import { messageId, msg, renderMessage, type Message } from './message.ts';
import { Checker, checkRecord, checkRoot } from './validateChecks.ts';
import { checkTours } from './tourChecks.ts';
import { formatPath, isObject, quote, type Found } from './validateMessages.ts';

export { formatPath, quote, type Severity } from './validateMessages.ts';
export type { Message } from './message.ts';
import { failedMessage, fileIssue, overBudgetMessage } from './fileIssue.ts';
export { failedMessage, fileIssue, overBudgetMessage };
export { PLAUSIBLE_YEARS, REFERENCES } from './validateChecks.ts';
import { issueWhere, type Issue } from './issue.ts';
export { issueWhere, type Issue };

export interface ValidationResult {
  /** The parsed dataset, only when there is no error. */
  dataset?: Dataset;
  /** The first MAX_ISSUES errors, in file order. */
  errors: Issue[];
  /** The first MAX_ISSUES warnings, in file order. */
  warnings: Issue[];
  /** How many errors and warnings were found, kept or not (when absent: as many as kept). */
  errorCount?: number;
  warningCount?: number;
  /** Set when validation stopped before the end of the file, saying why. */
  stopped?: Message;
}

export interface ValidateOptions {
  /** Each kept issue, as soon as the part of the file it is in has been checked. */
  onIssue?: (issue: Issue) => void;
  /** How far validation has come, from 0 to 1; called a few hundred times at most. */
  onProgress?: (fraction: number) => void;
  /** Stop with an error after this many milliseconds. */
  budgetMs?: number;
  /**
   * When the budget's time began (`Date.now()`; by default, when validation starts): a second
   * validation of the same file (zod after the compiled schema) runs on the first one's clock.
   */
  startedAt?: number;
  /**
   * Read the file with the position-keeping parser from the start, as files with problems
   * are read, rather than with `JSON.parse` first: for tests, which compare both ways.
   */
  positionsFirst?: boolean;
}

/** Files above this size are refused before parsing (the real dataset is well under 1 MB). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Errors kept and shown per file (and as many warnings); the rest are only counted. */
export const MAX_ISSUES = 1000;
/** Counting stops here: past it, a file is only told to have "more than" this many errors. */
export const MAX_COUNTED = 100_000;

/** Renders a validator message in a language (the app's `I18n.message`); English by default. */
export type RenderMessage = (text: Message) => string;

/**
 * `<file>:<line>:<column> <json path> <message>`; the path is left out for the whole file. The
 * path never contains a space, and data in it and in the message is escaped (see text.ts), so
 * the line reads as written and splits unambiguously. The message is in English.
 */
export function formatIssue(issue: Issue): string {
  return issueLine(issue, issue.message);
}

/** The same line with the message in another language (`I18n.message`, or `messagesIn`). */
export function formatIssueIn(issue: Issue, render: RenderMessage): string {
  return issueLine(issue, render(issue.text));
}

function issueLine(issue: Issue, message: string): string {
  return `${issueWhere(issue)} ${message}`;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The last line of a report cut short: `… and 4,999,000 more errors`, or undefined. */
export function omittedSummary(result: ValidationResult): Message | undefined {
  const errors = (result.errorCount ?? result.errors.length) - result.errors.length;
  const warnings = (result.warningCount ?? result.warnings.length) - result.warnings.length;
  const atLeast = result.stopped && (result.errorCount ?? 0) >= MAX_COUNTED;
  const e = msg(atLeast ? 'validate-more-errors-at-least' : 'validate-more-errors', errors);
  const w = msg('validate-more-warnings', warnings);
  if (errors > 0 && warnings > 0) return msg('validate-not-shown-both', e, w);
  if (errors > 0) return msg('validate-not-shown', e);
  if (warnings > 0) return msg('validate-not-shown', w);
  return undefined;
}

class Stop {
  constructor(readonly reason: Message) {}
}

/**
 * Collects issues section by section (a section: the dataset's own fields, or one record):
 * sorts each by position, drops repeats, gives each its line and column, keeps the first
 * MAX_ISSUES of each severity and hands them to `onIssue`, and counts the rest.
 */
class Collector {
  readonly errors: Issue[] = [];
  readonly warnings: Issue[] = [];
  errorCount = 0;
  warningCount = 0;

  constructor(
    private readonly doc: JsonDocument | undefined,
    private readonly file: string,
    private readonly onIssue: ((issue: Issue) => void) | undefined,
  ) {}

  /** Whether an error found now would be kept. */
  keepingErrors(): boolean {
    return this.errors.length < MAX_ISSUES;
  }

  flush(found: readonly Found[]): void {
    if (found.length === 0) return;
    const keep = this.errors.length < MAX_ISSUES || this.warnings.length < MAX_ISSUES;
    const seen = new Set<string>();
    const placed = found.map((f, order) => ({
      f,
      order,
      offset: keep ? (f.offset ?? this.doc?.valueOffset(f.path) ?? 0) : 0,
    }));
    if (keep) placed.sort((a, b) => a.offset - b.offset || a.order - b.order);
    for (const { f, offset } of placed) {
      const path = formatPath(f.path);
      const key = `${f.severity}\u0000${path}\u0000${messageId(f.message)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const list = f.severity === 'error' ? this.errors : this.warnings;
      if (f.severity === 'error') this.errorCount++;
      else this.warningCount++;
      if (list.length >= MAX_ISSUES) continue;
      // Offset 0 is line 1, column 1 (a byte order mark is not counted): a file-wide issue
      // needs no positions, which a document read by JSON.parse would have to build.
      const { line, column } =
        this.doc && offset > 0 ? this.doc.position(offset) : { line: 1, column: 1 };
      const issue: Issue = {
        file: this.file,
        line,
        column,
        path,
        message: english(f.message),
        text: f.message,
        severity: f.severity,
      };
      list.push(issue);
      this.onIssue?.(issue);
    }
    if (this.errorCount >= MAX_COUNTED) {
      throw new Stop(msg('validate-stopped-after', MAX_COUNTED));
    }
  }

  result(): ValidationResult {
    return {
      errors: this.errors,
      warnings: this.warnings,
      errorCount: this.errorCount,
      warningCount: this.warningCount,
    };
  }
}

/** Text that decodes as UTF-16 read as if it were UTF-8: NUL bytes between ASCII characters. */
function utf16Hint(text: string): 'little-endian' | 'big-endian' | undefined {
  const sample = text.slice(0, 64);
  const a = sample.charCodeAt(0);
  const b = sample.charCodeAt(1);
  if (sample.length < 2) return undefined;
  if (a !== 0 && a < 0x80 && b === 0) return 'little-endian';
  if (a === 0 && b !== 0 && b < 0x80) return 'big-endian';
  return undefined;
}

/** "the file is 20.5 MB, more than the 20 MB a dataset may have" */
export function tooLargeMessage(bytes: number): Message {
  return msg(
    'validate-file-too-large',
    (bytes / 1024 / 1024).toFixed(1),
    MAX_FILE_BYTES / 1024 / 1024,
  );
}

/** Messages that refuse a whole file before parsing it, or undefined. */
export function fileProblem(text: string): Message | undefined {
  if (typeof text !== 'string') return msg('validate-file-not-text');
  // A UTF-16 code unit takes at most 3 bytes in UTF-8: most files need no counting.
  if (text.length * 3 > MAX_FILE_BYTES && utf8Length(text) > MAX_FILE_BYTES) {
    return tooLargeMessage(utf8Length(text));
  }
  const utf16 = utf16Hint(text);
  if (utf16) return utf16Message(utf16);
  return undefined;
}

/** No path refused. */
export const NOTHING: ReadonlySet<string> = new Set();

/** What the schema made of a value: the paths it refused, and its parsed form if it took it. */
export interface SchemaVerdict {
  refused: ReadonlySet<string>;
  data?: unknown;
}

/**
 * Holds one value against the schema: its findings, placed under `prefix`, are added to `out`.
 * May throw `SchemaUnsure` (validateCompiled.ts), which ends the validation without a result.
 */
export type ValueCheck = (
  value: unknown,
  prefix: readonly JsonPathSegment[],
  doc: JsonDocument,
  out: Found[],
) => SchemaVerdict;

/**
 * The schema as the validator uses it: the dataset's own fields (`shell`: each collection only
 * a short enough array) and one record of each collection. validate.ts asks zod;
 * validateCompiled.ts runs the schema compiled at build time, without zod.
 */
export interface SchemaCheck {
  readonly shell: ValueCheck;
  readonly records: Readonly<Record<Collection, ValueCheck>>;
}

/** A `SchemaCheck` from its shell check and its record check for each collection. */
export function schemaCheck(
  shell: ValueCheck,
  record: (collection: Collection) => ValueCheck,
): SchemaCheck {
  return {
    shell,
    records: Object.fromEntries(COLLECTIONS.map((c) => [c, record(c)])) as Record<
      Collection,
      ValueCheck
    >,
  };
}

/** Thrown by a `ValueCheck` that cannot tell: the validation stops and gives no result. */
export class SchemaUnsure extends Error {
  constructor() {
    super('the compiled schema cannot tell');
  }
}

/** Checks' findings, without errors about values the schema already refused. */
function unlessRefused(found: readonly Found[], refused: ReadonlySet<string>, out: Found[]): void {
  for (const f of found) {
    if (f.severity === 'error' && refused.size > 0 && refused.has(formatPath(f.path))) continue;
    out.push(f);
  }
}

/** Where validation is: what it reads, what it has found, how long it may take. */
interface Run {
  readonly schema: SchemaCheck;
  readonly doc: JsonDocument;
  readonly c: Collector;
  readonly deadline: number;
  readonly overBudget: Message;
  readonly progress: ((fraction: number) => void) | undefined;
}

function validate(
  text: string,
  file: string,
  options: ValidateOptions,
  schema: SchemaCheck,
  collector: { current?: Collector },
): ValidationResult {
  const started = options.startedAt ?? Date.now();
  const deadline = options.budgetMs === undefined ? Infinity : started + options.budgetMs;
  const overBudget = overBudgetMessage(options.budgetMs ?? 0);
  const progress = options.onProgress;
  const problem = fileProblem(text);
  if (problem) {
    const c = new Collector(undefined, file, options.onIssue);
    collector.current = c;
    c.flush([{ offset: 0, path: [], message: problem, severity: 'error' }]);
    return c.result();
  }

  // JSON.parse first; the positions only when there is something to report (jsonFast.ts).
  const withPositions = (onProgress?: (offset: number) => void): JsonDocument =>
    parseJson(text, {
      onProgress: (offset) => {
        onProgress?.(offset);
        return Date.now() <= deadline;
      },
      stopMessage: overBudget,
    });
  const fast = options.positionsFirst
    ? undefined
    : fastDocument(text, () => {
        const positioned = withPositions();
        const error = positioned.syntaxError;
        if (error?.message.key === overBudget.key) throw new Stop(overBudget);
        if (error)
          throw new Error(`JSON.parse read what parseJson refuses: ${english(error.message)}`);
        return positioned;
      });
  if (fast) progress?.(0.5);
  const doc =
    fast ?? withPositions((offset) => progress?.((offset / Math.max(1, text.length)) * 0.5));
  const c = new Collector(doc, file, options.onIssue);
  collector.current = c;
  if (doc.syntaxError) {
    const { offset, path, message, limit } = doc.syntaxError;
    c.flush([
      ...doc.duplicateKeys.map((d) => duplicate(doc, d)),
      {
        offset,
        path,
        message: limit ? message : msg('validate-json-syntax', message),
        severity: 'error',
      },
    ]);
    c.errorCount += Math.max(0, doc.duplicateKeyCount - doc.duplicateKeys.length);
    if (message.key === overBudget.key) return { ...c.result(), stopped: overBudget };
    return c.result();
  }
  try {
    return check({ schema, doc, c, deadline, overBudget, progress });
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    if (e.reason.key === overBudget.key)
      c.flush([{ offset: 0, path: [], message: overBudget, severity: 'error' }]);
    return { ...c.result(), stopped: e.reason };
  }
}

/** A repeated key as an error, placed at the repetition. */
function duplicate(doc: JsonDocument, d: DuplicateKey): Found {
  const first = doc.position(d.firstOffset);
  const message = msg('validate-duplicate-key', first.line, first.column);
  return { offset: d.offset, path: d.path, message, severity: 'error' };
}

/** Checks a parsed file (the schema, then `validateChecks.ts`); throws `Stop` to stop. */
function check({ schema, doc, c, deadline, overBudget, progress }: Run): ValidationResult {
  // Root findings: the dataset's own fields, and repeated keys outside records.
  const rootFound: Found[] = [];
  const recordDuplicates = new Map<string, Found[]>();
  for (const d of doc.duplicateKeys) {
    const [collection, index] = d.path;
    if (d.path.length >= 3 && typeof index === 'number') {
      const key = `${String(collection)}\u0000${index}`;
      recordDuplicates.set(key, [...(recordDuplicates.get(key) ?? []), duplicate(doc, d)]);
    } else rootFound.push(duplicate(doc, d));
  }
  const extraDuplicates = Math.max(0, doc.duplicateKeyCount - doc.duplicateKeys.length);
  const root = doc.value;
  const shellFound: Found[] = [];
  const shell = schema.shell(root, [], doc, shellFound);
  if (!isObject(root)) {
    c.flush([...rootFound, ...shellFound]);
    return c.result();
  }
  const checker = new Checker(root, doc, () => c.keepingErrors());
  checkRoot(checker);
  checkTours(checker);
  unlessRefused(shellFound, NOTHING, rootFound);
  unlessRefused(checker.out, shell.refused, rootFound);
  const pending = rootFound
    .map((f) => ({ f, offset: f.offset ?? doc.valueOffset(f.path) }))
    .sort((a, b) => a.offset - b.offset);
  /** Reports the root findings placed before a collection (positions are only read if any). */
  const flushRootBefore = (collection?: Collection): void => {
    if (pending.length === 0) return;
    const offset = collection === undefined ? Infinity : doc.valueOffset([collection]);
    let n = 0;
    while (n < pending.length && pending[n]!.offset <= offset) n++;
    c.flush(pending.splice(0, n).map((p) => ({ ...p.f, offset: p.offset })));
  };

  // Records, collection by collection in file order: the order of the root's keys, since
  // collection names are not integer-like and a repeated key keeps its first place.
  const collections = Object.keys(root).filter(
    (k): k is Collection =>
      (COLLECTIONS as readonly string[]).includes(k) && Array.isArray(root[k]),
  );
  const total = collections.reduce((n, k) => n + (root[k] as unknown[]).length, 0);
  let done = 0;
  const parsedRecords: Partial<Record<Collection, unknown[]>> = {};
  for (const collection of collections) {
    flushRootBefore(collection);
    const records = root[collection] as unknown[];
    const parsed: unknown[] = [];
    parsedRecords[collection] = parsed;
    const checkValue = schema.records[collection];
    for (let index = 0; index < records.length; index++) {
      if ((++done & 0xff) === 0) {
        if (Date.now() > deadline) throw new Stop(overBudget);
        progress?.(0.5 + (done / Math.max(1, total)) * 0.5);
      }
      const record = records[index];
      const found: Found[] =
        recordDuplicates.size > 0
          ? [...(recordDuplicates.get(`${collection}\u0000${index}`) ?? [])]
          : [];
      const result = checkValue(record, [collection, index], doc, found);
      if (result.data !== undefined) parsed.push(result.data);
      if (isObject(record)) {
        checker.out = [];
        checkRecord(checker, collection, record, index);
        unlessRefused(checker.out, result.refused, found);
      }
      c.flush(found);
    }
  }
  flushRootBefore();
  c.errorCount += extraDuplicates;
  progress?.(1);
  const result = c.result();
  if (shell.data !== undefined && c.errorCount === 0) {
    result.dataset = { ...(shell.data as object), ...parsedRecords } as Dataset;
  }
  return result;
}

/**
 * Validates the text of a dataset file against `schema`; `file` only names it in the issues.
 * The dataset is returned only when there is no error. Throws only `SchemaUnsure`, from the
 * schema: any other unexpected failure is reported.
 */
export function validateWith(
  schema: SchemaCheck,
  text: string,
  file: string,
  options: ValidateOptions = {},
): ValidationResult {
  const collector: { current?: Collector } = {};
  try {
    return validate(text, file, options, schema, collector);
  } catch (e) {
    if (e instanceof SchemaUnsure) throw e;
    const issue = fileIssue(file, failedMessage(quote(String(e), 200)));
    options.onIssue?.(issue);
    const kept = collector.current?.result();
    return {
      errors: [...(kept?.errors ?? []).slice(0, MAX_ISSUES - 1), issue],
      warnings: kept?.warnings ?? [],
      errorCount: (kept?.errorCount ?? 0) + 1,
      warningCount: kept?.warningCount ?? 0,
    };
  }
}

const KIND_KEYS = [
  ['chapter', 'validate-count-chapters', 'validate-count-former-chapters'],
  ['user_group', 'validate-count-user-groups', 'validate-count-former-user-groups'],
  ['thematic_org', 'validate-count-thematic-orgs', 'validate-count-former-thematic-orgs'],
] as const;

/**
 * The line printed for a valid dataset: `ok: 39 chapters, 7 former chapters, 84 user groups,
 * 2 thematic organizations, 15 networks, 91 meetups, 6 programs, 3 collaborations, 187 sources`.
 * Former organizations are counted apart, and named only when there are some.
 */
export function summarize(dataset: Dataset, render: RenderMessage = english): string {
  const parts: Message[] = [];
  for (const [kind, current, former] of KIND_KEYS) {
    const ofKind = dataset.organizations.filter((o) => o.kind === kind);
    const formerCount = ofKind.filter((o) => o.status === 'former').length;
    parts.push(msg(current, ofKind.length - formerCount));
    if (formerCount > 0) parts.push(msg(former, formerCount));
  }
  parts.push(msg('validate-count-networks', dataset.networks.length));
  parts.push(msg('validate-count-meetups', dataset.meetups.length));
  parts.push(msg('validate-count-programs', dataset.programs.length));
  parts.push(msg('validate-count-collaborations', dataset.collaborations.length));
  parts.push(msg('validate-count-sources', dataset.sources.length));
  const list = render(msg('validate-list-separator'));
  return render(msg('validate-ok', parts.map(render).join(list)));
}

/** Renders messages in a language with banana-style `t` and a date formatter. */
export function messageRenderer(
  t: (key: string, ...params: (string | number)[]) => string,
  date: (iso: string) => string,
): RenderMessage {
  return (text) => renderMessage(text, t, date);
}
