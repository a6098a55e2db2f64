/**
 * `npm run schema` writes public/schema/dataset.schema.json, the JSON Schema (draft 2020-12) of
 * the data contract, generated from the zod schema so that the two never drift apart.
 * `npm run schema -- --check` only compares, and exits 1 when the file on disk is missing or
 * differs from what would be written (CI runs it).
 *
 * The schema is meant for editors: data files point at it with
 * `"$schema": "../public/schema/dataset.schema.json"` and get completion (record fields, enums,
 * country codes) and inline checks. Checks that need the whole file (unique ids, references,
 * calendar dates) are done by `npm run validate`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { BCP47_PATTERN } from '../model/bcp47.ts';
import { COUNTRY_CODES } from '../model/iso3166.ts';
import {
  Collaboration,
  CountryCode,
  Dataset,
  DatasetMeta,
  HttpUrl,
  Id,
  LanguageTag,
  Location,
  Meetup,
  Network,
  Organization,
  PartialDate,
  Program,
  Source,
  Tour,
  TourStep,
} from '../model/schema.ts';

export const SCHEMA_PATH = 'public/schema/dataset.schema.json';
/** A name, not an address: the app has no canonical host, and nothing should fetch this. */
export const SCHEMA_ID = 'urn:movement-atlas:schema:dataset:1';

/** Calendar-shaped dates (months 01-12, days 01-31); the validator checks the real calendar. */
const DATE_PATTERN = '^\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?$';

type Meta = { id?: string; title?: string; description?: string };

/** Named definitions, so that the schema reads like the contract and repeats nothing. */
function definitions(): z.core.$ZodRegistry<Meta> {
  const registry = z.registry<Meta>();
  const def = (schema: z.ZodType, id: string, description: string): void => {
    registry.add(schema, { id, title: id, description });
  };
  def(
    Organization,
    'Organization',
    'A Wikimedia affiliate: a chapter, a user group or a thematic organization, current or former.',
  );
  def(
    Network,
    'Network',
    'A regional, language or thematic network of affiliates (Iberocoop, Wikimedia CEE, ...).',
  );
  def(
    Meetup,
    'Meetup',
    'One edition of a meetup series: Wikimania 2019, Iberoconf 2014, a CEE Meeting.',
  );
  def(Program, 'Program', 'A program that affiliates run (Wiki Loves Monuments, Education, GLAM).');
  def(Collaboration, 'Collaboration', 'A joint project of two or more organizations.');
  def(Source, 'Source', 'A document that records cite by its id in their `sources`.');
  def(Tour, 'Tour', 'A guided tour for presenting the atlas step by step (`?tour=<id>`).');
  def(
    TourStep,
    'TourStep',
    'One step of a tour: caption, speaker notes, and the state to show as link parameters.',
  );
  def(
    TourStep.shape.state,
    'StepState',
    'What the step shows, with the parameter names and value forms of a link (`view`, `focus`, `network`, `from`, ...).',
  );
  def(
    DatasetMeta,
    'DatasetMeta',
    'What the dataset is and under which terms it may be reused: title, data-as-of date, licence and attribution.',
  );
  def(
    Location,
    'Location',
    "A point on the map: a city centre, or a country's centre when only the country is known.",
  );
  def(
    Id,
    'Id',
    'Lowercase slug of the English name, unique across the whole dataset: `wikimedia-argentina`, `iberoconf-2014`. Stable once published: links and embeds use it.',
  );
  def(
    Organization.shape.name,
    'Name',
    'A name as written in English (or as the organization writes it), 1 to 200 characters.',
  );
  def(
    Organization.shape.names.unwrap(),
    'Names',
    'Local names keyed by BCP 47 language tag: `{ "fr": "Wikimédia France" }`.',
  );
  // PartialDate and HttpUrl stay inline: each date and link field then carries its own
  // `pattern` (and `format: uri`), which simple editors read without following $ref.
  def(
    CountryCode,
    'CountryCode',
    'ISO 3166-1 alpha-2 country code in upper case; XK stands for Kosovo, as Wikimedia uses it.',
  );
  def(LanguageTag, 'LanguageTag', 'BCP 47 language tag: `es`, `pt-BR`, `zh-Hant`, `be-tarask`.');
  return registry;
}

/** What each field means; every property of the schema must have an entry (tested). */
const FIELDS: Record<string, Record<string, string>> = {
  Dataset: {
    $schema:
      'Path or URL of this JSON Schema, for editors: `../public/schema/dataset.schema.json`.',
    meta: 'Title, data-as-of date, licence and attribution of the dataset; shown by the app and kept in exports.',
    title: 'Title of this dataset.',
    updated: 'Date of the last edit of this file.',
    organizations: 'Chapters, user groups and thematic organizations, current and former.',
    networks: 'Regional, language and thematic networks of organizations.',
    meetups: 'Editions of meetups and conferences.',
    programs: 'Programs that organizations run and meetups belong to.',
    collaborations: 'Joint projects of two or more organizations.',
    sources: 'Documents that the records cite.',
    tours: 'Guided tours for presenting (`?tour=<id>`); optional.',
  },
  Tour: {
    id: 'Unique tour id, a lowercase slug: `regional-meetups-2015`. Links use it: `?tour=<id>`.',
    title: 'Title of the tour.',
    names: 'The title in other languages, keyed by BCP 47 tag.',
    language: 'Language the steps are written in, BCP 47.',
    steps: 'The steps, in order (1 to 100).',
  },
  TourStep: {
    title: 'Title of the step, shown large on the caption card.',
    body: 'Caption text, one string per paragraph; `[[record-id]]` or `[[record-id|text]]` links a record.',
    notes: "Speaker notes, one string per paragraph: shown only in the speaker's notes window.",
    state:
      'What the atlas shows, as link parameters: view, focus, filters (kind, status, network, region, country, language, program, sourced, from, to), q, graph, edges, layers.',
    records:
      'Ids of the records this step is about: emphasised, and framed by the camera. Default: the focus.',
  },
  StepState: {
    view: '`map`, `graph`, `split` or `table` (default `split`).',
    focus: 'The selected record id, or `language:<code>`.',
    kind: 'Organization kinds, comma-separated.',
    status: '`active`, `former`, comma-separated.',
    network: 'Network ids, comma-separated.',
    region: 'Regions, comma-separated.',
    country: 'ISO 3166-1 alpha-2 codes, comma-separated.',
    language: 'BCP 47 tags, comma-separated.',
    program: 'Program ids, comma-separated.',
    sourced: '`1`: only sourced facts.',
    from: 'First year shown (YYYY).',
    to: 'Last year shown (YYYY).',
    q: 'Search text.',
    graph: '`all` or `organizations`.',
    edges: 'Graph edge kinds shown, comma-separated, or `none`.',
    layers: 'Map layers shown (`organizations`, `networks`, `meetups`, `former`), or `none`.',
  },
  Organization: {
    id: 'Unique id: lowercase slug of the English name.',
    name: 'Name in English, or as the organization writes it in Latin script.',
    names: 'Names in other languages, keyed by BCP 47 tag.',
    aliases:
      'Other names it is known by, in any language (abbreviations, English variants, former names); search finds them.',
    kind: 'chapter, user_group or thematic_org, as recognized by the Affiliations Committee.',
    status: 'active, or former (de-recognized, dissolved or merged).',
    countries:
      'Countries it works in, ISO 3166-1 alpha-2. Empty only for global thematic organizations.',
    location: 'Where it is based. Absent only for organizations with no country.',
    languages: 'Languages it works in, BCP 47.',
    programs: 'Ids of the programs it runs.',
    recognized: 'Date of recognition by the Affiliations Committee: year or ISO date.',
    founded: 'Date of founding, if different from recognition.',
    ended: 'For former organizations: when recognition ended.',
    website: 'Official website, http(s) only.',
    wikidata: 'Wikidata item id, such as Q18559618.',
    sources:
      'Ids of the sources for this record; `general-knowledge` marks facts no document confirms.',
    uncertain: 'Fields whose value the sources leave uncertain; the app shows them as such.',
  },
  Network: {
    id: 'Unique id: lowercase slug of the English name.',
    name: 'Name in English.',
    names: 'Names in other languages, keyed by BCP 47 tag.',
    aliases:
      'Other names it is known by, in any language (abbreviations, English variants, former names); search finds them.',
    kind: 'regional, language or thematic.',
    founded: 'Year or date of founding.',
    languages: 'Working languages of the network, BCP 47.',
    members: 'Ids of the organizations named on a membership list.',
    inferredMembers:
      'Ids of organizations linked only by region or language, not by a membership list.',
    location: 'Where the hub of the network is based, if it has one.',
    website: 'Website or Meta-Wiki page, http(s) only.',
    wikidata: 'Wikidata item id, such as Q18559618.',
    sources: 'Ids of the sources for this record.',
    uncertain: 'Fields whose value the sources leave uncertain.',
  },
  Meetup: {
    id: 'Unique id: slug of the name with the year, such as `iberoconf-2014`.',
    name: 'Name of this edition: `Iberoconf 2014`.',
    series:
      'Series name shared by every edition: `Wikimania`, `Iberoconf`, `Wikimedia CEE Meeting`.',
    start: 'First day (or month, or year when that is all that is known).',
    end: 'Last day; not before `start`.',
    format: 'in-person, online or hybrid.',
    status: 'held (the default), planned or cancelled.',
    location: 'Where it took place; absent when online or not known. Needs `country`.',
    venue: 'Venue name, if known.',
    organizers: 'Ids of the organizations that organized or hosted it.',
    participants: 'Ids of the organizations known to have taken part.',
    partners:
      'Organizers or hosts that are not affiliates in this dataset (the Wikimedia Foundation, a university).',
    networks: 'Ids of the networks it belongs to.',
    programs: 'Ids of the programs it belongs to.',
    attendance: 'Reported number of attendees, approximate where the source says so.',
    website: 'Page of the event, http(s) only.',
    sources: 'Ids of the sources for this record.',
    uncertain: 'Fields whose value the sources leave uncertain.',
  },
  Program: {
    id: 'Unique id: lowercase slug of the English name.',
    name: 'Name in English.',
    names: 'Names in other languages, keyed by BCP 47 tag.',
    aliases:
      'Other names it is known by, in any language (abbreviations, English variants, former names); search finds them.',
    website: 'Page of the program, http(s) only.',
    sources: 'Ids of the sources for this record.',
  },
  Collaboration: {
    id: 'Unique id: lowercase slug of the title.',
    title: 'What the joint project is, in English.',
    organizations: 'Ids of the two or more organizations that worked together.',
    programs: 'Ids of the programs it belongs to.',
    years: 'Years in which it ran.',
    sources: 'Ids of the sources for this record.',
    uncertain: 'Fields whose value the sources leave uncertain.',
  },
  Source: {
    id: 'Unique id, cited from the `sources` of records.',
    url: 'Address of the document; absent only for a source that is not a document (`general-knowledge`).',
    title: 'Title of the document, with its site: `Meta-Wiki: Iberocoop:Portada`.',
  },
  DatasetMeta: {
    title: 'Title of the dataset, in English.',
    dataAsOf:
      'Date the facts were last checked against their sources (YYYY, YYYY-MM or YYYY-MM-DD).',
    licence:
      'Licence of the compiled data: `name` (an SPDX id such as CC-BY-SA-4.0) and `url` (http(s)).',
    attribution:
      'Credit line that reuse must keep, as plain text: who compiled it and where the facts come from.',
    attributionUrl: 'Page the attribution points to, http(s) only.',
  },
  Location: {
    city: 'City, in English.',
    country: 'Country of this place, ISO 3166-1 alpha-2.',
    lat: 'Latitude in degrees, WGS 84 (city centres to two decimals are enough).',
    lon: 'Longitude in degrees, WGS 84.',
    precision:
      'city: the point is the city; country: only the country is known and the point stands in at its centre.',
  },
};

type JsonSchema = Record<string, unknown> & {
  properties?: Record<string, Record<string, unknown>>;
  $defs?: Record<string, JsonSchema>;
};

function describeFields(target: JsonSchema, name: string): void {
  const descriptions = FIELDS[name] ?? {};
  for (const [field, property] of Object.entries(target.properties ?? {})) {
    const description = descriptions[field];
    if (description === undefined)
      throw new Error(`no description for ${name}.${field} in src/cli/schema.ts`);
    property.description = description;
  }
  for (const field of Object.keys(descriptions)) {
    if (!target.properties?.[field])
      throw new Error(`${name}.${field} is described but not in the schema`);
  }
}

/**
 * Several regular expressions on one string (text rules: no control characters, something
 * visible) come out of zod as `allOf` of patterns; editors read one `pattern` better, so they
 * are joined as lookaheads at the start.
 */
function mergePatterns(jsonSchema: Record<string, unknown>): void {
  const all = jsonSchema.allOf;
  if (!Array.isArray(all) || all.length === 0) return;
  if (!all.every((p) => typeof p?.pattern === 'string' && Object.keys(p).length === 1)) return;
  const patterns = [
    ...(typeof jsonSchema.pattern === 'string' ? [jsonSchema.pattern] : []),
    ...all.map((p: { pattern: string }) => p.pattern),
  ];
  delete jsonSchema.allOf;
  jsonSchema.pattern = `^${patterns
    .map((p) => (p.startsWith('^') ? `(?=${p.slice(1)})` : `(?=[\\s\\S]*?(?:${p}))`))
    .join('')}`;
}

/** The JSON Schema of a dataset file, as an object. */
export function buildJsonSchema(): JsonSchema {
  const generated = z.toJSONSchema(Dataset, {
    target: 'draft-2020-12',
    metadata: definitions(),
    override: ({ zodSchema, jsonSchema }) => {
      mergePatterns(jsonSchema);
      // Formats and patterns that editors understand, where zod has a refine or a loose rule.
      if (zodSchema === HttpUrl) {
        jsonSchema.format = 'uri';
      } else if (zodSchema === PartialDate) {
        jsonSchema.pattern = DATE_PATTERN;
      } else if (zodSchema === CountryCode) {
        jsonSchema.enum = [...COUNTRY_CODES];
      } else if (zodSchema === LanguageTag) {
        jsonSchema.pattern = BCP47_PATTERN;
      }
    },
  }) as JsonSchema;
  const { $schema, ...rest } = generated;
  const schema: JsonSchema = {
    $schema,
    $id: SCHEMA_ID,
    title: 'Movement Atlas dataset',
    description:
      'A dataset of Wikimedia affiliates, their networks, meetups, programs and joint projects, with the sources of every record. Generated from src/model/schema.ts by `npm run schema`; `npm run validate` also checks unique ids, references, country and language codes, and calendar dates.',
    ...rest,
  };
  describeFields(schema, 'Dataset');
  for (const [name, definition] of Object.entries(schema.$defs ?? {})) {
    if (definition.properties) describeFields(definition, name);
  }
  return schema;
}

/** The text written to public/schema/dataset.schema.json. */
export function renderJsonSchema(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}

/** Compares the file on disk with what would be written. */
export function checkSchemaFile(
  path: string,
  expected = renderJsonSchema(),
): { ok: boolean; message: string } {
  let actual: string;
  try {
    actual = readFileSync(path, 'utf8');
  } catch {
    return { ok: false, message: `${path} is missing: run \`npm run schema\` and commit it` };
  }
  if (actual === expected) return { ok: true, message: `${path} is up to date` };
  const a = actual.split('\n');
  const e = expected.split('\n');
  let line = 0;
  while (line < a.length && line < e.length && a[line] === e[line]) line++;
  return {
    ok: false,
    message: `${path} is out of date (first difference at line ${line + 1}): run \`npm run schema\` and commit it`,
  };
}

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** The command; returns its exit code. `--out <path>` writes or checks another file (tests). */
export function runSchema(args: readonly string[], io: Output): number {
  let check = false;
  let path = SCHEMA_PATH;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--check') check = true;
    else if (arg === '--out' && args[i + 1]) path = args[++i]!;
    else {
      io.err(
        `unknown argument ${JSON.stringify(arg)}; usage: npm run schema [-- --check] [--out <path>]`,
      );
      return 2;
    }
  }
  let expected: string;
  try {
    expected = renderJsonSchema();
  } catch (e) {
    io.err(`cannot build the JSON Schema: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  const status = checkSchemaFile(path, expected);
  if (check) {
    (status.ok ? io.out : io.err)(status.message);
    return status.ok ? 0 : 1;
  }
  if (status.ok) {
    io.out(`${path} is already up to date`);
    return 0;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, expected);
  io.out(`wrote ${path}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = runSchema(process.argv.slice(2), {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}
