/**
 * Building blocks of validation messages: JSON paths, quoting of data in messages, "did you
 * mean" suggestions, and the translation of zod issues into readable sentences placed at the
 * right line and column. Used by validate.ts; pure TypeScript.
 */
import type { ZodType } from 'zod';
import type { $ZodIssue } from 'zod/v4/core';
import { checkLanguageTag } from './bcp47.ts';
import type { JsonDocument, JsonPathSegment } from './jsonPositions.ts';
import { msg, type Message, type MessageParam } from './message.ts';
import { BLANK_MESSAGE, firstForbidden, quote, TEXT_MESSAGE, textMessage } from './text.ts';

export { quote } from './text.ts';

export type Severity = 'error' | 'warning';
export type Path = readonly JsonPathSegment[];

/** An issue before it is given a line and column. */
export interface Found {
  /** Where to place it; when absent, at the value of `path` (computed only if it is kept). */
  offset?: number;
  path: Path;
  message: Message;
  severity: Severity;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * A list of short codes from the data for a message: `es, pt, it`; anything that is not a plain
 * code is quoted, and long lists end with `and 12 more`.
 */
export function listCodes(items: readonly string[], max = 10): MessageParam {
  const shown = items
    .slice(0, max)
    .map((s) => (/^[A-Za-z0-9-]{1,35}$/.test(s) ? s : quote(s, 20)))
    .join(', ');
  return items.length > max ? msg('validate-list-more', shown, items.length - max) : shown;
}

/** `organizations[3].website`, `names["pt-BR"]`; empty for the root. */
export function formatPath(path: Path): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (IDENTIFIER.test(seg) && seg.length <= 60) out += out === '' ? seg : `.${seg}`;
    else out += `[${quote(seg, 60, true)}]`;
  }
  return out;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** How a JSON value is named in a message: `a string ("abc")`, `the number 3`, `null`. */
export function describeValue(v: unknown): MessageParam {
  if (v === null) return 'null';
  if (Array.isArray(v)) return msg('validate-value-array');
  if (typeof v === 'object') return msg('validate-value-object');
  if (typeof v === 'string') return msg('validate-value-string', quote(v, 30));
  if (typeof v === 'number')
    return Number.isFinite(v)
      ? msg('validate-value-number', v)
      : msg('validate-value-out-of-range');
  if (typeof v === 'boolean') return `${v}`;
  return typeof v;
}

let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal string alignment distance (a swap counts as one edit), Infinity beyond `max`. Only the
 * band of cells within `max` of the diagonal is computed, in reused rows: no allocation, so
 * that suggestions stay cheap when thousands of ids are compared.
 */
export function editDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return Infinity;
  const band = Math.min(Math.max(n, m), max);
  const big = band + 1;
  if (rows[0]!.length < m + 2) rows = rows.map(() => new Int32Array(m * 2 + 2));
  let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= m + 1; j++) previous[j] = j <= band ? j : big;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - band);
    const hi = Math.min(m, i + band);
    current[0] = i <= band ? i : big;
    current[lo - 1] = lo === 1 ? current[0] : big;
    let best = current[lo - 1]!;
    const ai = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (ai === bj ? 0 : 1),
      );
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        d = Math.min(d, before[j - 2]! + 1);
      }
      current[j] = d;
      if (d < best) best = d;
    }
    current[hi + 1] = big;
    if (best > max) return Infinity;
    [before, previous, current] = [previous, current, before];
  }
  const d = previous[m]!;
  return d <= max ? d : Infinity;
}

/** The candidate nearest to a mistyped word, if one is near enough to be a typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length > 100) return undefined;
  const max = word.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = c.toLowerCase() === word.toLowerCase() ? 0 : editDistance(word, c, max);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** Field names of the reference notes and other formats, and what this format calls them. */
const FIELD_ALIASES: Readonly<Record<string, readonly string[]>> = {
  source_ids: ['sources'],
  sourceIds: ['sources'],
  uncertain_fields: ['uncertain'],
  wikidata_qid: ['wikidata'],
  qid: ['wikidata'],
  alt_names: ['names'],
  start_date: ['start'],
  end_date: ['end'],
  members_inferred: ['inferredMembers'],
  inferred_members: ['inferredMembers'],
  recognized_date: ['recognized'],
  recognized_year: ['recognized'],
  founded_date: ['founded'],
  founded_year: ['founded'],
  url_or_path: ['url'],
  url: ['website'],
  homepage: ['website'],
  organizer: ['organizers'],
  city: ['location'],
  hq_city: ['location'],
  lat: ['location'],
  lon: ['location'],
  lng: ['location'],
  latitude: ['lat', 'location'],
  longitude: ['lon', 'location'],
  country: ['countries', 'location'],
  language: ['languages'],
  type: ['kind'],
  label: ['name', 'title'],
};

interface SchemaDef {
  type?: string;
  shape?: Record<string, ZodType>;
  element?: ZodType;
  innerType?: ZodType;
  valueType?: ZodType;
}

function defOf(schema: ZodType | undefined): SchemaDef | undefined {
  return (schema as unknown as { _zod?: { def?: SchemaDef } } | undefined)?._zod?.def;
}

/**
 * The field names allowed in the object that the schema expects at `path` (from `root`, the
 * dataset's schema), if it is one.
 */
export function allowedKeys(path: Path, root: ZodType): string[] | undefined {
  let schema: ZodType | undefined = root;
  const unwrap = (): SchemaDef | undefined => {
    let def = defOf(schema);
    while (def?.type === 'optional' || def?.type === 'nullable' || def?.type === 'default') {
      schema = def.innerType;
      def = defOf(schema);
    }
    return def;
  };
  for (const seg of path) {
    const def = unwrap();
    if (def?.type === 'object' && typeof seg === 'string') schema = def.shape?.[seg];
    else if (def?.type === 'array') schema = def.element;
    else if (def?.type === 'record') schema = def.valueType;
    else return undefined;
  }
  const def = unwrap();
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : undefined;
}

function unknownFieldMessage(path: Path, key: string, schema: ZodType): Message {
  const root = path.length === 0;
  const allowed = allowedKeys(path, schema);
  const aliases = Object.hasOwn(FIELD_ALIASES, key) ? FIELD_ALIASES[key] : undefined;
  const suggestion = allowed
    ? (aliases?.find((k) => allowed.includes(k)) ?? closest(key, allowed))
    : undefined;
  if (suggestion) {
    const id = root ? 'validate-unknown-field-root-suggest' : 'validate-unknown-field-suggest';
    return msg(id, quote(key), quote(suggestion));
  }
  return msg(root ? 'validate-unknown-field-root' : 'validate-unknown-field', quote(key));
}

/** Why a string is not an acceptable link, as precisely as can be told. */
export function urlMessage(value: unknown): Message {
  const base = msg('validate-url');
  if (typeof value !== 'string') return base;
  const scheme = /^\s*([A-Za-z][A-Za-z0-9+.-]*):/.exec(value)?.[1]?.toLowerCase();
  if (scheme === 'javascript' || scheme === 'data' || scheme === 'vbscript') {
    return msg('validate-url-scheme-refused', scheme);
  }
  if (scheme && scheme !== 'http' && scheme !== 'https')
    return msg('validate-url-other-scheme', scheme);
  if (!scheme && value.startsWith('//')) return msg('validate-url-add-https-colon');
  if (!scheme && /^www\./i.test(value)) return msg('validate-url-add-https');
  // eslint-disable-next-line no-control-regex -- control characters are what it refuses
  if (/[\s\u0000-\u001F\u007F-\u009F]/.test(value)) return msg('validate-url-spaces');
  const forbidden = firstForbidden(value);
  if (!forbidden && !/^https?:\/\//.test(value)) return msg('validate-url-start');
  if (forbidden) return msg('validate-url-forbidden', forbidden.why);
  if (/^https?:\/\/[^/?#]*@/.test(value)) return msg('validate-url-credentials');
  return base;
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'validate-expected-string',
  number: 'validate-expected-number',
  int: 'validate-expected-int',
  boolean: 'validate-expected-boolean',
  array: 'validate-value-array',
  object: 'validate-value-object',
  record: 'validate-value-object',
};

/**
 * Messages the schema (schema.ts) writes itself, and their keys; any other text from zod is
 * shown as it is, in English (`validate-schema-text`).
 */
const SCHEMA_MESSAGES: Readonly<Record<string, string>> = {
  'must be a lowercase slug (a-z, 0-9 and single hyphens)': 'validate-slug',
  'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD': 'validate-iso-date',
  'must be an ISO 3166-1 alpha-2 code': 'validate-country-format',
  'must be a Wikidata item id such as Q18559618': 'validate-wikidata-id',
  'must name two or more organizations': 'validate-two-organizations',
};

/** A message the schema gave, as a message of the validator. */
export function schemaMessage(text: string): Message {
  return Object.hasOwn(SCHEMA_MESSAGES, text)
    ? msg(SCHEMA_MESSAGES[text]!)
    : msg('validate-schema-text', text);
}

function sizeMessage(
  issue: $ZodIssue & { code: 'too_small' | 'too_big' },
  value: unknown,
): Message {
  const small = issue.code === 'too_small';
  const bound = Number('minimum' in issue ? issue.minimum : issue.maximum);
  const exclusive = issue.inclusive === false;
  if (issue.origin === 'string') {
    if (small && bound <= 1) {
      return typeof value === 'string' && value.length > 0
        ? msg('validate-blank')
        : msg('validate-empty');
    }
    const length = typeof value === 'string' ? value.length : 0;
    return msg(small ? 'validate-min-length' : 'validate-max-length', bound, length);
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    // Keep a message the schema wrote itself ("must name two or more organizations").
    if (!issue.message.startsWith('Too ')) return schemaMessage(issue.message);
    const length = Array.isArray(value) ? value.length : 0;
    return msg(small ? 'validate-min-items' : 'validate-max-items', bound, length);
  }
  const [key, keyNot] = small
    ? exclusive
      ? ['validate-greater-than', 'validate-greater-than-not']
      : ['validate-at-least', 'validate-at-least-not']
    : exclusive
      ? ['validate-less-than', 'validate-less-than-not']
      : ['validate-at-most', 'validate-at-most-not'];
  return typeof value === 'number' ? msg(keyNot, bound, value) : msg(key, bound);
}

function typeMessage(path: Path, expected: string, value: unknown): Message {
  if (path.length === 0) return msg('validate-not-object', describeValue(value));
  if (expected === 'int' && typeof value === 'number' && Number.isFinite(value)) {
    return msg('validate-not-whole', value);
  }
  if (expected === 'number' && typeof value === 'number') return msg('validate-not-finite');
  const wanted = Object.hasOwn(EXPECTED, expected) ? msg(EXPECTED[expected]!) : expected;
  return msg('validate-wrong-type', wanted, describeValue(value));
}

/**
 * One zod issue as readable errors, placed at the value concerned, at the key for unknown
 * fields and `names` keys, and at the containing object for a missing field. `root` is the
 * dataset's schema (schema.ts `Dataset`), which suggests the field meant for an unknown one.
 */
export function fromZodIssue(issue: $ZodIssue, doc: JsonDocument, root: ZodType): Found[] {
  const path = issue.path.map((s) => (typeof s === 'symbol' ? String(s) : s));
  const found = doc.lookup(path);
  const value = found.found ? found.value : undefined;
  const error = (message: Message, offset = doc.valueOffset(path), at: Path = path): Found => ({
    offset,
    path: at,
    message,
    severity: 'error',
  });
  const aboutKey = issue.code === 'unrecognized_keys' || issue.code === 'invalid_key';
  // Whatever zod says of an absent value (an enum reports `invalid_value`), it is missing.
  if (!found.found && !aboutKey && path.length > 0) {
    return [error(msg('validate-required'), doc.valueOffset(path.slice(0, -1)))];
  }
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        error(
          unknownFieldMessage(path, key, root),
          doc.keyOffset([...path, key]) ?? doc.valueOffset(path),
        ),
      );
    case 'invalid_type':
      return [error(typeMessage(path, issue.expected, value))];
    case 'invalid_value':
      return [error(msg('validate-one-of', issue.values.map(String).join(', ')))];
    case 'too_small':
    case 'too_big':
      return [error(sizeMessage(issue, value))];
    case 'invalid_format':
      if (issue.message === TEXT_MESSAGE || issue.message === BLANK_MESSAGE) {
        return [
          error(
            issue.message === BLANK_MESSAGE ? msg('validate-text-invisible') : textMessage(value),
          ),
        ];
      }
      if (issue.message === 'must be an http(s) URL') return [error(urlMessage(value))];
      // The schema's own message ("must be an ISO date: ...") when it gave one.
      return [
        error(
          issue.message.startsWith('Invalid')
            ? msg('validate-format', issue.format)
            : schemaMessage(issue.message),
        ),
      ];
    case 'custom':
      return [
        error(
          issue.message === 'must be an http(s) URL'
            ? urlMessage(value)
            : schemaMessage(issue.message),
        ),
      ];
    case 'invalid_key': {
      const key = String(path[path.length - 1]);
      const parent = path.slice(0, -1);
      const why = checkLanguageTag(key).ok ? 'validate-key-length' : 'validate-key-malformed';
      return [error(msg(why, quote(key)), doc.keyOffset(path) ?? doc.valueOffset(parent), parent)];
    }
    default:
      return [
        error(
          issue.message.startsWith('Invalid input: ')
            ? msg('validate-invalid', issue.message.slice('Invalid input: '.length))
            : schemaMessage(issue.message),
        ),
      ];
  }
}
