/**
 * One finding of the validator, and where it is: what the page shows of a refused file
 * (components/DataErrors.svelte) without loading the validator itself.
 */
import type { Message } from './message.ts';
import { escapeText } from './text.ts';
import type { Severity } from './validateMessages.ts';

export interface Issue {
  file: string;
  /** 1-based line of the value concerned; of its key for unknown or duplicate fields and
   * `names` keys; of the containing object for a missing field. */
  line: number;
  /** 1-based column, in UTF-16 code units as editors count. */
  column: number;
  /** JSON path such as `organizations[3].website`; empty for the file as a whole. */
  path: string;
  /** Reads after the path: `must be an http(s) URL`. In English, as `npm run validate` prints it. */
  message: string;
  /** The same as a message key and its parameters, for a reader in another language. */
  text: Message;
  severity: Severity;
}

/** `<file>:<line>:<column> <json path>` of an issue: where it is, the same in every language. */
export function issueWhere(issue: Issue): string {
  const where = `${escapeText(issue.file)}:${issue.line}:${issue.column}`;
  return issue.path === '' ? where : `${where} ${issue.path}`;
}
