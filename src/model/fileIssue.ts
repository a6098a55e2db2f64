/**
 * Issues about a whole file, and the messages the page itself gives about validating one: small
 * and free of the schema library, so that the page can load a file without carrying the
 * validator (it runs in a worker, or is loaded when needed).
 */
import { english } from '../i18n/english.ts';
import { msg, type Message } from './message.ts';
import type { Issue } from './validate.ts';

export { VALIDATION_BUDGET_MS } from './validationBudget.ts';

/** An issue about a whole file (it cannot be read, it is too large, ...). */
export function fileIssue(file: string, text: Message, line = 1, column = 1): Issue {
  return { file, line, column, path: '', message: english(text), text, severity: 'error' };
}

/** "validation took more than 60 seconds: the file is too large or too complex to check here" */
export function overBudgetMessage(budgetMs: number): Message {
  return msg('validate-over-budget', Number((budgetMs / 1000).toFixed(0)));
}

/** "the validator failed unexpectedly (...); please report this" */
export function failedMessage(reason: string): Message {
  return msg('validate-failed', reason);
}
