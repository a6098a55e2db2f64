/**
 * The validator without zod: validateCore.ts held against the schema compiled at build time
 * (compileSchema.ts, `virtual:compiled-schema` in vite.config.ts). It answers for a file whose
 * values all plainly match the schema, which is every file that the compiled schema takes (the
 * result is then the one zod gives: tests/unit/compiledSchema.test.ts). For any other file it
 * answers `undefined`, and the caller asks zod (validate.ts), which says what is wrong.
 *
 * The validation worker runs this first: it neither loads nor runs the schema library for a
 * valid file, which at 5,000 organizations saves about a third of the check.
 */
import * as compiled from 'virtual:compiled-schema';
import {
  NOTHING,
  schemaCheck,
  SchemaUnsure,
  validateWith,
  type SchemaCheck,
  type ValidateOptions,
  type ValidationResult,
  type ValueCheck,
} from './validateCore.ts';

const byCompiled =
  (parse: (value: unknown) => unknown): ValueCheck =>
  (value) => {
    const data = parse(value);
    if (data === compiled.FAIL) throw new SchemaUnsure();
    return { refused: NOTHING, data };
  };

/** The data contract, held by the compiled schema. */
export const COMPILED_SCHEMA: SchemaCheck = schemaCheck(byCompiled(compiled.shell), (c) =>
  byCompiled(compiled[c]),
);

/**
 * Validates the text of a dataset file as validate.ts `validateDataset` does, or answers
 * `undefined` when a value does not plainly match the schema. Issues are not handed out as
 * they are found (no `onIssue`): an answer may be withdrawn.
 */
export function validateCompiled(
  text: string,
  file: string,
  options: Omit<ValidateOptions, 'onIssue'> = {},
): ValidationResult | undefined {
  try {
    return validateWith(COMPILED_SCHEMA, text, file, options);
  } catch (e) {
    if (e instanceof SchemaUnsure) return undefined;
    throw e;
  }
}
