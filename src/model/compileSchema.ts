/**
 * Compiles zod schemas into plain JavaScript that accepts what they accept and returns what
 * their parse returns, without zod: the validation worker then neither loads nor runs the
 * schema library for a valid file (vite.config.ts `compiledSchema`, validateCompiled.ts).
 *
 * Run at build time, in Node, from the schemas of schema.ts: one source of truth. The compiled
 * code answers `FAIL` whenever the value is not plainly valid, and the validator then asks zod,
 * which says what is wrong in its own words; so the compiled code may be stricter than zod, never
 * looser. It only knows the constructs the data contract uses (strict objects, arrays, records,
 * optional fields, strings with lengths, patterns, trimming and the http(s) link rule, numbers
 * with bounds, enums, unknown); anything else throws here, at build time, rather than being
 * compiled approximately.
 */
import type { ZodType } from 'zod';
import { isHttpUrl } from './text.ts';

/** Predicates the schema refines with, by the name the compiled code imports them under. */
const KNOWN_REFINEMENTS = new Map<unknown, string>([[isHttpUrl, 'isHttpUrl']]);

interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, ZodType>;
  catchall?: ZodType;
  element?: ZodType;
  keyType?: ZodType;
  valueType?: ZodType;
  innerType?: ZodType;
  entries?: Record<string, unknown>;
  coerce?: boolean;
  format?: string;
  mode?: string;
}

interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: unknown;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
  tx?: (value: unknown) => unknown;
  fn?: unknown;
  when?: unknown;
}

const defOf = (schema: ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** zod's `.trim()`, recognised by its source text (zod 4: `_overwrite((input) => input.trim())`). */
const TRIM_SOURCE = '(input) => input.trim()';

/**
 * The module's source (JavaScript): `FAIL`, and one function per entry (`export const <name>`),
 * each taking a value and returning its parsed form or `FAIL`. Shared sub-schemas become shared
 * functions. `textModule` is how the module imports text.ts, whose predicates it calls.
 */
export function compileSchemas(entries: Record<string, ZodType>, textModule: string): string {
  const names = new Map<ZodType, string>();
  // Schemas made by the same helper (`Text(200)` twice) compile to the same code: one copy each.
  const functions = new Map<string, string>();
  const constants = new Map<string, string>();
  const refinements = new Set<string>();

  const constant = (code: string): string => {
    const known = constants.get(code);
    if (known) return known;
    const name = `c${constants.size}`;
    constants.set(code, name);
    return name;
  };

  const fail = (where: string, what: string): never => {
    throw new Error(`compileSchemas: ${where}: ${what} is not supported`);
  };

  /** The name of the function checking `schema`, compiling it on first use. */
  const compile = (schema: ZodType, where: string): string => {
    const known = names.get(schema);
    if (known) return known;
    const def = defOf(schema);
    if (def.coerce) fail(where, 'coercion');
    const body = (() => {
      switch (def.type) {
        case 'string':
          return stringBody(def, where);
        case 'number':
          return numberBody(def, where);
        case 'enum':
          return enumBody(def, where);
        case 'unknown':
          return ['return v;'];
        case 'array':
          return arrayBody(def, where);
        case 'object':
          return objectBody(def, where);
        case 'record':
          return recordBody(def, where);
        default:
          return fail(where, `a schema of type ${def.type}`);
      }
    })();
    const code = body.map((l) => `  ${l}`).join('\n');
    const name = functions.get(code) ?? `f${functions.size}`;
    functions.set(code, name);
    names.set(schema, name);
    return name;
  };

  const lengthChecks = (def: Def, where: string, value: string, allow: string[]): string[] => {
    const lines: string[] = [];
    for (const check of def.checks ?? []) {
      const c = check._zod.def;
      if (!allow.includes(c.check)) fail(where, `the check ${c.check}`);
      if (c.check === 'min_length') lines.push(`if (${value}.length < ${c.minimum}) return FAIL;`);
      else if (c.check === 'max_length')
        lines.push(`if (${value}.length > ${c.maximum}) return FAIL;`);
      else if (c.check === 'overwrite') {
        if (String(c.tx) !== TRIM_SOURCE) fail(where, `the transform ${String(c.tx)}`);
        lines.push(`${value} = ${value}.trim();`);
      } else if (c.check === 'string_format') {
        if (c.format !== 'regex' || !(c.pattern instanceof RegExp))
          fail(where, `the string format ${c.format}`);
        const pattern = c.pattern as RegExp;
        if (pattern.global || pattern.sticky) fail(where, `a pattern with flags ${pattern.flags}`);
        lines.push(`if (!${constant(String(pattern))}.test(${value})) return FAIL;`);
      } else if (c.check === 'custom') {
        const refinement = KNOWN_REFINEMENTS.get(c.fn);
        if (!refinement) fail(where, 'a refinement not listed in compileSchema.ts');
        refinements.add(refinement!);
        lines.push(`if (!${refinement}(${value})) return FAIL;`);
      }
    }
    return lines;
  };

  const stringBody = (def: Def, where: string): string[] => {
    if (def.format) fail(where, `the string format ${def.format}`);
    return [
      "if (typeof v !== 'string') return FAIL;",
      'let s = v;',
      ...lengthChecks(def, where, 's', [
        'min_length',
        'max_length',
        'overwrite',
        'string_format',
        'custom',
      ]),
      'return s;',
    ];
  };

  const numberBody = (def: Def, where: string): string[] => {
    const lines = ["if (typeof v !== 'number' || !Number.isFinite(v)) return FAIL;"];
    for (const check of def.checks ?? []) {
      const c = check._zod.def;
      if (c.check === 'greater_than' && typeof c.value === 'number')
        lines.push(`if (!(v ${c.inclusive ? '>=' : '>'} ${c.value})) return FAIL;`);
      else if (c.check === 'less_than' && typeof c.value === 'number')
        lines.push(`if (!(v ${c.inclusive ? '<=' : '<'} ${c.value})) return FAIL;`);
      else if (c.check === 'number_format' && c.format === 'safeint')
        lines.push('if (!Number.isSafeInteger(v)) return FAIL;');
      else fail(where, `the number check ${c.check} ${c.format ?? ''}`);
    }
    return [...lines, 'return v;'];
  };

  const enumBody = (def: Def, where: string): string[] => {
    const values = Object.values(def.entries ?? {});
    if (!values.every((x) => typeof x === 'string')) fail(where, 'an enum of non-strings');
    if ((def.checks ?? []).length > 0) fail(where, 'checks on an enum');
    return [`return ${constant(`new Set(${JSON.stringify(values)})`)}.has(v) ? v : FAIL;`];
  };

  const arrayBody = (def: Def, where: string): string[] => {
    const element = compile(def.element!, `${where}[]`);
    return [
      'if (!Array.isArray(v)) return FAIL;',
      ...lengthChecks(def, where, 'v', ['min_length', 'max_length']),
      'const out = [];',
      'for (let i = 0; i < v.length; i++) {',
      `  const x = ${element}(v[i]);`,
      '  if (x === FAIL) return FAIL;',
      '  out.push(x);',
      '}',
      'return out;',
    ];
  };

  const objectBody = (def: Def, where: string): string[] => {
    if (!def.catchall || defOf(def.catchall).type !== 'never')
      fail(where, 'an object that is not strict');
    if ((def.checks ?? []).length > 0) fail(where, 'checks on an object');
    const shape = def.shape ?? {};
    const keys = Object.keys(shape);
    const lines = [
      "if (typeof v !== 'object' || v === null || Array.isArray(v)) return FAIL;",
      'const o = v;',
      `for (const k in o) if (!${constant(`new Set(${JSON.stringify(keys)})`)}.has(k)) return FAIL;`,
      'const out = {};',
      'let x;',
    ];
    for (const key of keys) {
      let field = shape[key]!;
      const optional = defOf(field).type === 'optional';
      if (optional) field = defOf(field).innerType!;
      if (defOf(field).type === 'optional') fail(`${where}.${key}`, 'a doubly optional field');
      const f = compile(field, `${where}.${key}`);
      const at = `o[${JSON.stringify(key)}]`;
      const set = `out[${JSON.stringify(key)}] = x;`;
      // An optional field given as `undefined` (never in JSON) is left to zod.
      if (optional) {
        lines.push(`x = ${at};`);
        lines.push(`if (x !== undefined) {`);
        lines.push(`  x = ${f}(x);`, '  if (x === FAIL) return FAIL;', `  ${set}`);
        lines.push(`} else if (${JSON.stringify(key)} in o) return FAIL;`);
      } else {
        lines.push(`x = ${f}(${at});`, 'if (x === FAIL) return FAIL;', set);
      }
    }
    return [...lines, 'return out;'];
  };

  const recordBody = (def: Def, where: string): string[] => {
    const keyType = defOf(def.keyType!);
    if (keyType.type !== 'string') fail(where, `record keys of type ${keyType.type}`);
    if ((keyType.checks ?? []).some((c) => c._zod.def.check === 'overwrite'))
      fail(where, 'record keys that are transformed');
    if (def.mode && def.mode !== 'strict') fail(where, `a record in mode ${def.mode}`);
    const key = compile(def.keyType!, `${where}{key}`);
    const value = compile(def.valueType!, `${where}{}`);
    return [
      "if (typeof v !== 'object' || v === null || Array.isArray(v)) return FAIL;",
      'if (Object.getPrototypeOf(v) !== Object.prototype) return FAIL;',
      'const o = v;',
      'const out = {};',
      'for (const k of Object.keys(o)) {',
      // zod drops such a key; zod says so, or not, itself.
      "  if (k === '__proto__') return FAIL;",
      `  if (${key}(k) === FAIL) return FAIL;`,
      `  const x = ${value}(o[k]);`,
      '  if (x === FAIL) return FAIL;',
      '  out[k] = x;',
      '}',
      'return out;',
    ];
  };

  const exported = Object.entries(entries).map(
    ([name, schema]) => `export const ${name} = ${compile(schema, name)};`,
  );
  return [
    '// Compiled from src/model/schema.ts at build time (src/model/compileSchema.ts).',
    ...[...refinements].map((r) => `import { ${r} } from ${JSON.stringify(textModule)};`),
    '/** What a function answers for a value that is not plainly valid: zod is then asked. */',
    'export const FAIL = Object.freeze({});',
    ...[...constants].map(([code, name]) => `const ${name} = ${code};`),
    ...[...functions].map(([code, name]) => `function ${name}(v) {\n${code}\n}`),
    ...exported,
    '',
  ].join('\n');
}
