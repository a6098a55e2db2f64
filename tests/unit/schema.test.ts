import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildJsonSchema,
  checkSchemaFile,
  renderJsonSchema,
  runSchema,
  SCHEMA_ID,
  SCHEMA_PATH,
} from '../../src/cli/schema.ts';

type Schema = Record<string, unknown>;

const KNOWN = new Set([
  ...['$schema', '$id', '$defs', 'title', 'description', 'type', 'properties', 'required'],
  ...['additionalProperties', 'items', 'enum', 'pattern', 'minLength', 'maxLength', 'minimum'],
  ...['maximum', 'minItems', 'maxItems', 'propertyNames', 'format', '$ref'],
]);

/**
 * A small JSON Schema evaluator for the keywords the generated schema uses (it throws on any
 * other keyword, so the schema cannot grow a rule this test ignores). Returns the failing paths.
 */
function evaluate(root: Schema, schema: Schema, value: unknown, path = ''): string[] {
  for (const key of Object.keys(schema))
    if (!KNOWN.has(key)) throw new Error(`keyword ${key} at ${path}`);
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/$defs/', '');
    const target = (root.$defs as Record<string, Schema>)[name]!;
    return evaluate(root, target, value, path);
  }
  const fail = (why: string): string[] => [`${path || '(root)'}: ${why}`];
  const type = schema.type as string | undefined;
  const actual = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  if (type === 'integer' ? !Number.isInteger(value) : type && type !== actual)
    return fail(`not ${type}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return fail('not in enum');
  const errors: string[] = [];
  if (typeof value === 'string') {
    const length = [...value].length;
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value))
      errors.push(...fail('pattern'));
    if (typeof schema.minLength === 'number' && length < schema.minLength)
      errors.push(...fail('minLength'));
    if (typeof schema.maxLength === 'number' && length > schema.maxLength)
      errors.push(...fail('maxLength'));
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum)
      errors.push(...fail('minimum'));
    if (typeof schema.maximum === 'number' && value > schema.maximum)
      errors.push(...fail('maximum'));
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems)
      errors.push(...fail('minItems'));
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems)
      errors.push(...fail('maxItems'));
    if (schema.items)
      value.forEach((v, i) =>
        errors.push(...evaluate(root, schema.items as Schema, v, `${path}[${i}]`)),
      );
  }
  if (actual === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[])
      if (!(key in object)) errors.push(...fail(`requires ${key}`));
    for (const [key, v] of Object.entries(object)) {
      if (schema.propertyNames)
        errors.push(...evaluate(root, schema.propertyNames as Schema, key, `${path}{${key}}`));
      if (properties[key]) errors.push(...evaluate(root, properties[key], v, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(...fail(`unknown ${key}`));
      else if (typeof schema.additionalProperties === 'object') {
        errors.push(...evaluate(root, schema.additionalProperties as Schema, v, `${path}.${key}`));
      }
    }
  }
  return errors;
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
function tempFile(text?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-schema-'));
  made.push(dir);
  const path = join(dir, 'dataset.schema.json');
  if (text !== undefined) writeFileSync(path, text);
  return path;
}

describe('buildJsonSchema', () => {
  const schema = buildJsonSchema();
  const defs = schema.$defs as Record<string, Schema & { properties: Record<string, Schema> }>;

  it('is draft 2020-12 with an $id and a title', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(SCHEMA_ID);
    expect(schema.title).toBe('Movement Atlas dataset');
    expect(Object.keys(defs)).toEqual(
      expect.arrayContaining([
        'Organization',
        'Network',
        'Meetup',
        'Program',
        'Collaboration',
        'Source',
        'Location',
      ]),
    );
  });

  it('describes every property of every record', () => {
    const objects = [schema, ...Object.values(defs)].filter((s) => s.properties);
    expect(objects.length).toBeGreaterThanOrEqual(8);
    for (const object of objects) {
      for (const property of Object.values(object.properties as Record<string, Schema>)) {
        expect(typeof property.description).toBe('string');
      }
    }
  });

  it('gives link fields format uri and an http(s) pattern, and date fields a pattern', () => {
    const links = [
      defs.Organization!.properties.website,
      defs.Network!.properties.website,
      defs.Meetup!.properties.website,
      defs.Program!.properties.website,
      defs.Source!.properties.url,
    ];
    for (const link of links)
      expect(link).toMatchObject({
        type: 'string',
        format: 'uri',
        pattern: expect.stringMatching(/^\^\(\?=https\?:/),
      });
    const dates = [
      schema.properties && (schema.properties as Record<string, Schema>).updated,
      defs.Organization!.properties.recognized,
      defs.Organization!.properties.founded,
      defs.Organization!.properties.ended,
      defs.Network!.properties.founded,
      defs.Meetup!.properties.start,
      defs.Meetup!.properties.end,
    ];
    for (const date of dates) {
      const pattern = new RegExp(String(date!.pattern));
      expect(['2017', '2017-10', '2017-10-21'].every((d) => pattern.test(d))).toBe(true);
      expect(['17', '2017-13', '2017-10-32', '21/10/2017'].some((d) => pattern.test(d))).toBe(
        false,
      );
    }
  });

  it('lists the country codes, so that editors complete them', () => {
    expect(defs.CountryCode!.enum).toContain('AR');
    expect(defs.CountryCode!.enum).toContain('XK');
    expect(defs.CountryCode!.enum).not.toContain('UK');
  });

  it('accepts the valid fixture and refuses planted errors', () => {
    const small = JSON.parse(readFileSync('tests/fixtures/small.json', 'utf8')) as unknown;
    expect(evaluate(schema, schema, small)).toEqual([]);
    const planted = JSON.parse(
      readFileSync('tests/fixtures/planted-errors.json', 'utf8'),
    ) as unknown;
    expect(evaluate(schema, schema, planted)).toEqual(
      expect.arrayContaining([
        '.organizations[0].countries[1]: not in enum',
        '.organizations[0].languages[1]: pattern',
        '.organizations[0].website: pattern',
        '.organizations[0].recognized: pattern',
        '.organizations[1].name: not string',
        '(root): unknown organisations',
        '.networks[0]: requires members',
      ]),
    );
  });

  it('accepts the built-in dataset when it is valid', () => {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync('data/wikimedia.json', 'utf8'));
    } catch {
      return; // Not written yet: `npm run validate` covers it in CI.
    }
    expect(evaluate(schema, schema, data)).toEqual([]);
  });
});

describe('npm run schema', () => {
  it('has written public/schema/dataset.schema.json as it is generated now', () => {
    expect(checkSchemaFile(SCHEMA_PATH)).toEqual({
      ok: true,
      message: `${SCHEMA_PATH} is up to date`,
    });
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(renderJsonSchema());
  });

  it('--check fails, naming the first differing line, when the file is stale or missing', () => {
    const stale = tempFile(renderJsonSchema().replace('"Movement Atlas dataset"', '"Old title"'));
    expect(checkSchemaFile(stale)).toEqual({
      ok: false,
      message: `${stale} is out of date (first difference at line 4): run \`npm run schema\` and commit it`,
    });
    const missing = tempFile();
    expect(checkSchemaFile(missing)).toEqual({
      ok: false,
      message: `${missing} is missing: run \`npm run schema\` and commit it`,
    });
  });

  it('--check exits 1 without writing; a plain run writes the file', () => {
    const path = tempFile('{}\n');
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
    expect(runSchema(['--check', '--out', path], io)).toBe(1);
    expect(readFileSync(path, 'utf8')).toBe('{}\n');
    expect(err).toEqual([
      `${path} is out of date (first difference at line 1): run \`npm run schema\` and commit it`,
    ]);
    expect(runSchema(['--out', path], io)).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(renderJsonSchema());
    expect(runSchema(['--check', '--out', path], io)).toBe(0);
    expect(out).toEqual([`wrote ${path}`, `${path} is up to date`]);
    expect(runSchema(['--bogus'], io)).toBe(2);
  });

  it('--check passes on the committed file (child process, as CI runs it)', () => {
    const run = spawnSync(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', 'src/cli/schema.ts', '--check'],
      {
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(`${SCHEMA_PATH} is up to date`);
  }, 60_000);
});
