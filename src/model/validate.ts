/**
 * The validator with zod (validateCore.ts, held against schema.ts's schemas by zod): what the
 * CLI and the tests use, and what the validation worker falls back to when the compiled schema
 * cannot tell (validateCompiled.ts), since zod says what is wrong and where.
 */
import type { ZodType } from 'zod';
import type { JsonDocument, JsonPathSegment } from './jsonPositions.ts';
import { messageId } from './message.ts';
import { Dataset, DatasetShell, RECORD_SCHEMAS } from './schema.ts';
import {
  NOTHING,
  schemaCheck,
  validateWith,
  type SchemaCheck,
  type SchemaVerdict,
  type ValidateOptions,
  type ValidationResult,
  type ValueCheck,
} from './validateCore.ts';
import { formatPath, fromZodIssue, type Found } from './validateMessages.ts';

export * from './validateCore.ts';

/** Zod issues of one value as placed findings, and the paths of the values zod refused. */
function schemaFindings(
  schema: ZodType,
  value: unknown,
  prefix: readonly JsonPathSegment[],
  doc: JsonDocument,
  out: Found[],
): SchemaVerdict {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { refused: NOTHING, data: parsed.data };
  const refused = new Set<string>();
  const reported = new Set<string>();
  for (const raw of parsed.error.issues) {
    const issue = prefix.length > 0 ? { ...raw, path: [...prefix, ...raw.path] } : raw;
    const aboutKey = issue.code === 'unrecognized_keys' || issue.code === 'invalid_key';
    for (const f of fromZodIssue(issue, doc, Dataset)) {
      const path = formatPath(f.path);
      const key = aboutKey ? `${path}\u0000${messageId(f.message)}` : path;
      if (reported.has(key)) continue;
      reported.add(key);
      if (!aboutKey) refused.add(path);
      out.push(f);
    }
  }
  return { refused };
}

const byZod =
  (schema: ZodType): ValueCheck =>
  (value, prefix, doc, out) =>
    schemaFindings(schema, value, prefix, doc, out);

/** The data contract, held by zod. */
export const ZOD_SCHEMA: SchemaCheck = schemaCheck(byZod(DatasetShell), (c) =>
  byZod(RECORD_SCHEMAS[c]),
);

/**
 * Validates the text of a dataset file; `file` only names it in the issues. The dataset is
 * returned only when there is no error. Never throws: an unexpected failure is reported.
 */
export function validateDataset(
  text: string,
  file: string,
  options: ValidateOptions = {},
): ValidationResult {
  return validateWith(ZOD_SCHEMA, text, file, options);
}
