/**
 * Validation of a Movement Atlas dataset file: JSON syntax, the zod data contract, and the
 * checks that need the whole dataset (unique ids, references, real country codes, BCP 47,
 * calendar dates, date order, http(s) links). Every problem is reported with its file, line,
 * column and JSON path, and all of them are collected: a person fixing a file sees the whole
 * list at once. Pure TypeScript without Node APIs: the CLI and the app share it.
 *
 * Errors make a file unusable; warnings point at data that is allowed but probably not meant
 * (records citing no source, network members sharing no language with their network, ...).
 */
import { parseJson, type JsonDocument } from './jsonPositions.ts';
import { Dataset } from './schema.ts';
import { checkDataset } from './validateChecks.ts';
import {
  formatPath,
  fromZodIssue,
  isObject,
  plural,
  quote,
  type Found,
  type Severity,
} from './validateMessages.ts';

export { formatPath, quote, type Severity } from './validateMessages.ts';
export { PLAUSIBLE_YEARS, REFERENCES } from './validateChecks.ts';

export interface Issue {
  file: string;
  /** 1-based line of the value concerned; of its key for unknown or duplicate fields and
   * `names` keys; of the containing object for a missing field. */
  line: number;
  /** 1-based column, in UTF-16 code units as editors count. */
  column: number;
  /** JSON path such as `organizations[3].website`; empty for the file as a whole. */
  path: string;
  /** Reads after the path: `must be an http(s) URL`. */
  message: string;
  severity: Severity;
}

export interface ValidationResult {
  /** The parsed dataset, only when there is no error. */
  dataset?: Dataset;
  errors: Issue[];
  warnings: Issue[];
}

/** Files above this size are refused before parsing (the real dataset is well under 1 MB). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** `<file>:<line>:<column> <json path> <message>`; the path is left out for the whole file. */
export function formatIssue(issue: Issue): string {
  const where = `${issue.file}:${issue.line}:${issue.column}`;
  return issue.path === ''
    ? `${where} ${issue.message}`
    : `${where} ${issue.path} ${issue.message}`;
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

/** Sorts by position, drops repeats, and gives each issue its line and column. */
function toIssues(found: Found[], doc: JsonDocument | undefined, file: string): ValidationResult {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const seen = new Set<string>();
  const sorted = found
    .map((f, order) => ({ f, order }))
    .sort((a, b) => a.f.offset - b.f.offset || a.order - b.order);
  for (const { f } of sorted) {
    const path = formatPath(f.path);
    const key = `${f.severity}\u0000${path}\u0000${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { line, column } = doc ? doc.position(f.offset) : { line: 1, column: 1 };
    const issue: Issue = { file, line, column, path, message: f.message, severity: f.severity };
    (f.severity === 'error' ? errors : warnings).push(issue);
  }
  return { errors, warnings };
}

function validate(text: string, file: string): ValidationResult {
  const found: Found[] = [];
  const fail = (message: string): ValidationResult => {
    found.push({ offset: 0, path: [], message, severity: 'error' });
    return toIssues(found, undefined, file);
  };
  if (typeof text !== 'string') return fail('the file could not be read as text');
  if (text.length > MAX_FILE_BYTES || utf8Length(text) > MAX_FILE_BYTES) {
    const mb = (utf8Length(text) / 1024 / 1024).toFixed(1);
    return fail(
      `the file is ${mb} MB, more than the ${MAX_FILE_BYTES / 1024 / 1024} MB a dataset may have`,
    );
  }

  const doc = parseJson(text);
  for (const d of doc.duplicateKeys) {
    const first = doc.position(d.firstOffset);
    const message = `is a duplicate key (first at line ${first.line}, column ${first.column})`;
    found.push({ offset: d.offset, path: d.path, message, severity: 'error' });
  }
  if (doc.syntaxError) {
    const { offset, path, message } = doc.syntaxError;
    found.push({ offset, path, message: `JSON syntax error: ${message}`, severity: 'error' });
    return toIssues(found, doc, file);
  }

  const parsed = Dataset.safeParse(doc.value);
  // One schema error per value; a value the schema refused is not checked again below.
  const refused = new Set<string>();
  if (!parsed.success) {
    const reported = new Set<string>();
    for (const issue of parsed.error.issues) {
      const aboutKey = issue.code === 'unrecognized_keys' || issue.code === 'invalid_key';
      for (const f of fromZodIssue(issue, doc)) {
        const path = formatPath(f.path);
        const key = aboutKey ? `${path}\u0000${f.message}` : path;
        if (reported.has(key)) continue;
        reported.add(key);
        if (!aboutKey) refused.add(path);
        found.push(f);
      }
    }
  }
  if (isObject(doc.value)) {
    const checked: Found[] = [];
    checkDataset(doc.value, doc, checked);
    for (const f of checked) {
      if (f.severity === 'error' && refused.has(formatPath(f.path))) continue;
      found.push(f);
    }
  }
  const result = toIssues(found, doc, file);
  if (parsed.success && result.errors.length === 0) result.dataset = parsed.data;
  return result;
}

/**
 * Validates the text of a dataset file; `file` only names it in the issues. The dataset is
 * returned only when there is no error. Never throws: an unexpected failure is reported.
 */
export function validateDataset(text: string, file: string): ValidationResult {
  try {
    return validate(text, file);
  } catch (e) {
    const message = `the validator failed unexpectedly (${quote(String(e), 200)}); please report this`;
    return {
      errors: [{ file, line: 1, column: 1, path: '', message, severity: 'error' }],
      warnings: [],
    };
  }
}

const KIND_LABELS = [
  ['chapter', 'chapter', 'chapters'],
  ['user_group', 'user group', 'user groups'],
  ['thematic_org', 'thematic organization', 'thematic organizations'],
] as const;

/**
 * The line printed for a valid dataset: `ok: 39 chapters, 7 former chapters, 84 user groups,
 * 2 thematic organizations, 15 networks, 91 meetups, 6 programs, 3 collaborations, 187 sources`.
 * Former organizations are counted apart, and named only when there are some.
 */
export function summarize(dataset: Dataset): string {
  const parts: string[] = [];
  for (const [kind, one, many] of KIND_LABELS) {
    const ofKind = dataset.organizations.filter((o) => o.kind === kind);
    const former = ofKind.filter((o) => o.status === 'former').length;
    parts.push(plural(ofKind.length - former, one, many));
    if (former > 0) parts.push(plural(former, `former ${one}`, `former ${many}`));
  }
  parts.push(plural(dataset.networks.length, 'network', 'networks'));
  parts.push(plural(dataset.meetups.length, 'meetup', 'meetups'));
  parts.push(plural(dataset.programs.length, 'program', 'programs'));
  parts.push(plural(dataset.collaborations.length, 'collaboration', 'collaborations'));
  parts.push(plural(dataset.sources.length, 'source', 'sources'));
  return `ok: ${parts.join(', ')}`;
}
