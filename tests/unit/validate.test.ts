import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  formatIssue,
  MAX_FILE_BYTES,
  REFERENCES,
  summarize,
  validateDataset,
  type Issue,
} from '../../src/model/validate.ts';
import { msg, type Message } from '../../src/model/message.ts';

/**
 * Cases are written as JSON text with a caret `‸` where the issue must be reported; the caret is
 * removed before validation and its line and column become the expected position.
 */
const CARET = '‸';

function mark(text: string): { text: string; line: number; column: number } {
  const at = text.indexOf(CARET);
  if (at < 0) throw new Error('case without a caret');
  const before = text.slice(0, at);
  const lines = before.split('\n');
  return {
    text: text.replace(CARET, ''),
    line: lines.length,
    column: lines[lines.length - 1]!.length + 1,
  };
}

/** Replaces a substring that must exist (a typo in a case fails loudly, not silently). */
function edit(text: string, from: string, to: string): string {
  if (!text.includes(from))
    throw new Error(`case edits ${JSON.stringify(from)}, which is not there`);
  return text.replace(from, to);
}

const ORGANIZATIONS = `[
    { "id": "wikimedia-argentina", "wikidata": "Q18559618", "name": "Wikimedia Argentina", "kind": "chapter", "status": "active",
      "countries": ["AR"], "languages": ["es"], "programs": ["wiki-loves-monuments"],
      "recognized": "2007-12-11", "website": "https://wikimedia.org.ar/", "sources": ["iberoconf2014"] },
    { "id": "wikimedia-espana", "wikidata": "Q14866877", "name": "Wikimedia España", "kind": "chapter", "status": "active",
      "countries": ["ES"], "location": { "country": "ES", "lat": 40.37, "lon": -3.57, "precision": "country" },
      "languages": ["es"], "programs": [], "sources": ["iberoconf2014"] }
  ]`;
const NETWORKS = `[
    { "id": "iberocoop", "name": "Iberocoop", "names": { "es": "Iberocoop" }, "kind": "regional", "founded": "2010",
      "languages": ["es", "pt"], "members": ["wikimedia-argentina"], "inferredMembers": ["wikimedia-espana"],
      "sources": ["iberoconf2014"] }
  ]`;
const MEETUPS = `[
    { "id": "iberoconf-2014", "name": "Iberoconf 2014", "series": "Iberoconf", "start": "2014-11-21", "end": "2014-11-23",
      "format": "in-person", "location": { "city": "Buenos Aires", "country": "AR", "lat": -34.6, "lon": -58.38, "precision": "city" },
      "organizers": ["wikimedia-argentina"], "participants": ["wikimedia-espana"], "networks": ["iberocoop"],
      "programs": [], "attendance": 40, "sources": ["iberoconf2014"] }
  ]`;
const PROGRAMS = `[{ "id": "wiki-loves-monuments", "name": "Wiki Loves Monuments", "sources": ["iberoconf2014"] }]`;
const COLLABORATIONS = `[
    { "id": "wiki-loves-monuments-2012-iberocoop", "title": "Wiki Loves Monuments 2012 in Ibero-America",
      "organizations": ["wikimedia-argentina", "wikimedia-espana"], "programs": ["wiki-loves-monuments"],
      "years": [2012], "sources": ["iberoconf2014"] }
  ]`;
const SOURCES = `[
    { "id": "iberoconf2014", "url": "https://meta.wikimedia.org/wiki/Iberocoop:Encuentro_Wikimedia_Iberoamericano_2014",
      "title": "Meta-Wiki: Iberocoop: Iberoconf 2014" }
  ]`;

/** A small valid dataset as text; `parts` replace whole collections. */
function dataset(parts: Partial<Record<string, string>> = {}): string {
  const p = {
    organizations: ORGANIZATIONS,
    networks: NETWORKS,
    meetups: MEETUPS,
    programs: PROGRAMS,
    collaborations: COLLABORATIONS,
    sources: SOURCES,
    ...parts,
  };
  return `{
  "updated": "2025-11-25",
  "organizations": ${p.organizations},
  "networks": ${p.networks},
  "meetups": ${p.meetups},
  "programs": ${p.programs},
  "collaborations": ${p.collaborations},
  "sources": ${p.sources}
}
`;
}
const org = (from: string, to: string): string =>
  dataset({ organizations: edit(ORGANIZATIONS, from, to) });
const net = (from: string, to: string): string => dataset({ networks: edit(NETWORKS, from, to) });
const meetup = (from: string, to: string): string => dataset({ meetups: edit(MEETUPS, from, to) });

interface Case {
  name: string;
  /** Text with a caret where the issue is expected. */
  text: string;
  path: string;
  message: string;
}

const ERROR_CASES: Case[] = [
  // JSON syntax
  {
    name: 'missing comma',
    text: org('"kind": "chapter", "status"', '"kind": "chapter" ‸"status"'),
    path: 'organizations[0]',
    message: 'JSON syntax error: expected "," or "}", found "\\"" (is a comma missing?)',
  },
  {
    name: 'trailing comma',
    text: org('"sources": ["iberoconf2014"] },', '"sources": ["iberoconf2014"]‸, },'),
    path: 'organizations[0]',
    message: 'JSON syntax error: a trailing comma before "}" is not allowed in JSON',
  },
  {
    name: 'unclosed string',
    text: org('"status": "active",\n', '"status": ‸"active,\n'),
    path: 'organizations[0].status',
    message:
      'JSON syntax error: this string is not closed before the end of the line (missing closing quote?)',
  },
  {
    name: 'single quotes',
    text: org(`"kind": "chapter"`, `"kind": ‸'chapter'`),
    path: 'organizations[0].kind',
    message: 'JSON syntax error: strings must use double quotes, not single quotes',
  },
  {
    name: 'comment',
    text: org('"status": "active",', '"status": "active", ‸// since 2007'),
    path: 'organizations[0]',
    message: 'JSON syntax error: comments are not allowed in JSON',
  },
  {
    name: 'unquoted property name',
    text: org('"status": "active"', '‸status: "active"'),
    path: 'organizations[0]',
    message: 'JSON syntax error: property names must be in double quotes',
  },
  {
    name: 'NaN',
    text: meetup('"attendance": 40', '"attendance": ‸NaN'),
    path: 'meetups[0].attendance',
    message: 'JSON syntax error: NaN is not a JSON number: JSON has no infinite numbers and no NaN',
  },
  {
    name: 'leading zero',
    text: meetup('"attendance": 40', '"attendance": ‸040'),
    path: 'meetups[0].attendance',
    message: 'JSON syntax error: invalid number "040": numbers cannot start with 0',
  },
  {
    name: 'invalid escape',
    text: org('"name": "Wikimedia Argentina"', '"name": "Wikimedia‸\\x41rgentina"'),
    path: 'organizations[0].name',
    message: 'JSON syntax error: invalid escape "\\\\x" in a string',
  },
  {
    name: 'data after the end',
    text: `${dataset().trimEnd()}\n‸}\n`,
    path: '',
    message: 'JSON syntax error: unexpected "}" after the end of the JSON data',
  },
  {
    name: 'file ends too early',
    text: `${dataset().trimEnd().slice(0, -1)}‸`,
    path: '',
    message: 'JSON syntax error: the file ends before the object opened at 1:1 is closed',
  },
  {
    name: 'empty file',
    text: '‸  \n',
    path: '',
    message: 'JSON syntax error: the file is empty: expected a JSON object',
  },
  {
    name: 'duplicate key',
    text: org(
      '"status": "active",\n      "countries": ["AR"]',
      '"status": "active",\n      ‸"status": "former", "countries": ["AR"]',
    ),
    path: 'organizations[0].status',
    message: 'is a duplicate key (first at line 4, column 111)',
  },
  // Schema
  {
    name: 'not an object',
    text: '‸[]',
    path: '',
    message: 'the file must contain a JSON object, not an array',
  },
  {
    name: 'missing required field',
    text: net('{ "id": "iberocoop"', '‸{ "id": "iberocoop"').replace(
      '"members": ["wikimedia-argentina"], ',
      '',
    ),
    path: 'networks[0].members',
    message: 'is required',
  },
  {
    name: 'wrong type',
    text: org('"name": "Wikimedia Argentina"', '"name": ‸["Wikimedia Argentina"]'),
    path: 'organizations[0].name',
    message: 'must be a string, not an array',
  },
  {
    name: 'unknown field',
    text: org('"status": "active",', '"status": "active", ‸"colour": "blue",'),
    path: 'organizations[0]',
    message: 'has an unknown field "colour"',
  },
  {
    name: 'unknown field with a near miss',
    text: org('"website"', '‸"webiste"'),
    path: 'organizations[0]',
    message: 'has an unknown field "webiste" (did you mean "website"?)',
  },
  {
    name: 'unknown field from the reference notes',
    text: org(
      '"sources": ["iberoconf2014"] },',
      '"sources": ["iberoconf2014"], ‸"source_ids": [] },',
    ),
    path: 'organizations[0]',
    message: 'has an unknown field "source_ids" (did you mean "sources"?)',
  },
  {
    name: 'enum',
    text: org('"kind": "chapter"', '"kind": ‸"chapterr"'),
    path: 'organizations[0].kind',
    message: 'must be one of chapter, user_group, thematic_org',
  },
  {
    name: 'id pattern',
    text: dataset({
      collaborations: edit(COLLABORATIONS, '"id": "wiki-loves', '"id": ‸"Wiki_Loves'),
    }),
    path: 'collaborations[0].id',
    message: 'must be a lowercase slug (a-z, 0-9 and single hyphens)',
  },
  {
    name: 'date pattern',
    text: org('"recognized": "2007-12-11"', '"recognized": ‸"11/12/2007"'),
    path: 'organizations[0].recognized',
    message: 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD',
  },
  {
    name: 'too long',
    text: org('"name": "Wikimedia Argentina"', `"name": ‸"${'W'.repeat(201)}"`),
    path: 'organizations[0].name',
    message: 'must be at most 200 characters long (it has 201)',
  },
  {
    name: 'blank',
    text: org('"name": "Wikimedia Argentina"', '"name": ‸"   "'),
    path: 'organizations[0].name',
    message: 'must not be blank',
  },
  {
    name: 'too many items',
    text: org(
      '"programs": []',
      `"programs": ‸[${Array(1001).fill('"wiki-loves-monuments"').join(',')}]`,
    ),
    path: 'organizations[1].programs',
    message: 'must have at most 1000 items (it has 1001)',
  },
  {
    name: 'too few organizations',
    text: dataset({
      collaborations: edit(COLLABORATIONS, '"organizations": [', '"organizations": ‸[').replace(
        ', "wikimedia-espana"]',
        ']',
      ),
    }),
    path: 'collaborations[0].organizations',
    message: 'must name two or more organizations',
  },
  {
    name: 'latitude out of range',
    text: org('"lat": 40.37', '"lat": ‸140.37'),
    path: 'organizations[1].location.lat',
    message: 'must be at most 90, not 140.37',
  },
  {
    name: 'not a whole number',
    text: meetup('"attendance": 40', '"attendance": ‸40.5'),
    path: 'meetups[0].attendance',
    message: 'must be a whole number, not 40.5',
  },
  {
    name: 'names key',
    text: net('"names": { "es"', '"names": { ‸"e"'),
    path: 'networks[0].names',
    message: 'key "e" is not a well-formed BCP 47 language tag',
  },
  // Links
  {
    name: 'javascript: link',
    text: org('"https://wikimedia.org.ar/"', '‸"javascript:alert(1)"'),
    path: 'organizations[0].website',
    message: 'must be an http(s) URL: javascript: links are refused',
  },
  {
    name: 'data: link',
    text: org('"https://wikimedia.org.ar/"', '‸"data:text/html,<script>alert(1)</script>"'),
    path: 'organizations[0].website',
    message: 'must be an http(s) URL: data: links are refused',
  },
  {
    name: 'other scheme',
    text: org('"https://wikimedia.org.ar/"', '‸"ftp://wikimedia.org.ar/"'),
    path: 'organizations[0].website',
    message: 'must be an http(s) URL, not a ftp: link',
  },
  {
    name: 'relative link',
    text: org('"https://wikimedia.org.ar/"', '‸"/wiki/Wikimedia_Argentina"'),
    path: 'organizations[0].website',
    message: 'must be an http(s) URL: it must start with http:// or https://',
  },
  {
    name: 'https without slashes',
    text: org('"https://wikimedia.org.ar/"', '‸"https:wikimedia.org.ar"'),
    path: 'organizations[0].website',
    message: 'must be an http(s) URL: it must start with http:// or https://',
  },
  // Whole dataset
  {
    name: 'duplicate id',
    text: dataset({
      programs: edit(PROGRAMS, '"id": "wiki-loves-monuments"', '"id": ‸"iberocoop"'),
    }).replaceAll('["wiki-loves-monuments"]', '[]'),
    path: 'programs[0].id',
    message: '"iberocoop" is already used by networks[0]',
  },
  {
    name: 'missing organization',
    text: meetup(
      '"organizers": ["wikimedia-argentina"]',
      '"organizers": ["wikimedia-argentina", ‸"wikimedia-atlantis"]',
    ),
    path: 'meetups[0].organizers[1]',
    message: '"wikimedia-atlantis" is not an organization in this dataset',
  },
  {
    name: 'reference with a typo',
    text: meetup('"organizers": ["wikimedia-argentina"]', '"organizers": [‸"wikimedia-argentna"]'),
    path: 'meetups[0].organizers[0]',
    message:
      '"wikimedia-argentna" is not an organization in this dataset (did you mean "wikimedia-argentina"?)',
  },
  {
    name: 'reference to the wrong collection',
    text: meetup('"participants": ["wikimedia-espana"]', '"participants": [‸"iberocoop"]'),
    path: 'meetups[0].participants[0]',
    message: '"iberocoop" is a network, not an organization',
  },
  {
    name: 'country code',
    text: org('"countries": ["ES"]', '"countries": [‸"UK"]'),
    path: 'organizations[1].countries[0]',
    message: '"UK" is not an ISO 3166-1 alpha-2 country code (the United Kingdom is "GB")',
  },
  {
    name: 'country code of a place',
    text: meetup('"country": "AR"', '"country": ‸"QQ"'),
    path: 'meetups[0].location.country',
    message: '"QQ" is not an ISO 3166-1 alpha-2 country code',
  },
  {
    name: 'language tag',
    text: org(
      '"languages": ["es"], "programs": ["wiki',
      '"languages": [‸"es_AR"], "programs": ["wiki',
    ),
    path: 'organizations[0].languages[0]',
    message: '"es_AR" is not a well-formed BCP 47 language tag (use "-", not "_": "es-AR")',
  },
  {
    name: 'language tag browsers refuse',
    text: net('"languages": ["es", "pt"]', '"languages": ["es", ‸"zh-min-nan"]'),
    path: 'networks[0].languages[1]',
    message:
      '"zh-min-nan" is well-formed BCP 47 but browsers refuse it (Intl.getCanonicalLocales); write "nan"',
  },
  {
    name: 'day not on the calendar',
    text: org('"recognized": "2007-12-11"', '"recognized": ‸"2017-02-29"'),
    path: 'organizations[0].recognized',
    message: '"2017-02-29" is not a calendar date: February 2017 has 28 days',
  },
  {
    name: 'month not on the calendar',
    text: net('"founded": "2010"', '"founded": ‸"2010-13"'),
    path: 'networks[0].founded',
    message: '"2010-13" is not a calendar date: there is no month 13',
  },
  {
    name: 'meetup ends before it starts',
    text: meetup('"end": "2014-11-23"', '"end": ‸"2014-11-20"'),
    path: 'meetups[0].end',
    message: '"2014-11-20" is before start "2014-11-21"',
  },
  {
    name: 'meetup ends before it starts (partial dates)',
    text: meetup(
      '"start": "2014-11-21", "end": "2014-11-23"',
      '"start": "2014-12", "end": ‸"2014-11"',
    ),
    path: 'meetups[0].end',
    message: '"2014-11" is before start "2014-12"',
  },
  {
    name: 'meetup place without a country',
    text: meetup(
      '"location": { "city": "Buenos Aires", "country": "AR",',
      '"location": ‸{ "city": "Buenos Aires",',
    ),
    path: 'meetups[0].location.country',
    message: 'is required for a meetup',
  },
];

const WARNING_CASES: Case[] = [
  {
    name: 'no sources',
    text: org('"programs": [], "sources": ["iberoconf2014"]', '"programs": [], "sources": ‸[]'),
    path: 'organizations[1].sources',
    message: 'is empty: this record cites no source',
  },
  {
    name: 'member sharing no language',
    text: dataset({
      organizations: edit(
        ORGANIZATIONS,
        '"languages": ["es"], "programs": [], ',
        '"languages": ["ca"], "programs": [], ',
      ),
      networks: edit(
        NETWORKS,
        '"inferredMembers": ["wikimedia-espana"]',
        '"inferredMembers": [‸"wikimedia-espana"]',
      ),
    }),
    path: 'networks[0].inferredMembers[0]',
    message: '"wikimedia-espana" shares no language with the network (ca vs es, pt)',
  },
  {
    name: 'listed twice',
    text: meetup(
      '"organizers": ["wikimedia-argentina"]',
      '"organizers": ["wikimedia-argentina", ‸"wikimedia-argentina"]',
    ),
    path: 'meetups[0].organizers[1]',
    message: '"wikimedia-argentina" is listed twice (first at organizers[0])',
  },
  {
    name: 'a language listed twice',
    text: net('"languages": ["es", "pt"]', '"languages": ["es", "pt", ‸"es"]'),
    path: 'networks[0].languages[2]',
    message: '"es" is listed twice (first at languages[0])',
  },
  {
    // Longer lists than the checks compare pairwise.
    name: 'a country listed twice in a long list',
    text: org(
      '"countries": ["ES"]',
      '"countries": ["ES", "AD", "AR", "BO", "BR", "CL", "CO", "CR", "CU", "DO", "EC", "GT", "HN", "MX", "NI", "PA", "PE", ‸"ES"]',
    ),
    path: 'organizations[1].countries[17]',
    message: '"ES" is listed twice (first at countries[0])',
  },
  {
    name: 'inferred member also listed as member',
    text: net(
      '"inferredMembers": ["wikimedia-espana"]',
      '"inferredMembers": [‸"wikimedia-argentina"]',
    ),
    path: 'networks[0].inferredMembers[0]',
    message: '"wikimedia-argentina" is also in members (members[0]): list it once',
  },
  {
    name: 'unusual casing of a language tag',
    text: net('"languages": ["es", "pt"]', '"languages": ["es", ‸"PT-br"]'),
    path: 'networks[0].languages[1]',
    message: '"PT-br" is usually written "pt-BR"',
  },
  {
    name: 'implausible year',
    text: org('"recognized": "2007-12-11"', '"recognized": ‸"1007-12-11"'),
    path: 'organizations[0].recognized',
    message: '"1007-12-11" is outside 1990-2100: is the year a typo?',
  },
  {
    name: 'ended but active',
    text: org('"recognized": "2007-12-11",', '"recognized": "2007-12-11", "ended": ‸"2019",'),
    path: 'organizations[0].ended',
    message: 'is set, but status is "active"',
  },
  {
    name: 'based outside its countries',
    text: org('"location": { "country": "ES"', '"location": { "country": ‸"AD"'),
    path: 'organizations[1].location.country',
    message: '"AD" is not one of the organization\'s countries (ES)',
  },
];

function expected(c: Case, severity: 'error' | 'warning'): Issue {
  const { line, column } = mark(c.text);
  return {
    file: 'case.json',
    line,
    column,
    path: c.path,
    message: c.message,
    // The same message as a key of the message files, rendered to `message` from en.json.
    text: expect.objectContaining({ key: expect.stringMatching(/^validate-/) }) as Message,
    severity,
  };
}

describe('validateDataset', () => {
  it('accepts the base dataset of the cases with no issue', () => {
    const result = validateDataset(dataset(), 'case.json');
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.dataset?.organizations[1]?.name).toBe('Wikimedia España');
  });

  it.each(ERROR_CASES)('reports $name', (c) => {
    const result = validateDataset(mark(c.text).text, 'case.json');
    expect(result.errors).toEqual([expected(c, 'error')]);
    expect(result.dataset).toBeUndefined();
  });

  it.each(WARNING_CASES)('warns about $name', (c) => {
    const result = validateDataset(mark(c.text).text, 'case.json');
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([expected(c, 'warning')]);
    expect(result.dataset).toBeDefined();
  });

  it.each(REFERENCES.map((r) => ({ ...r })))(
    'resolves $from.$field against $to',
    ({ from, field }) => {
      const data = JSON.parse(dataset()) as Record<string, Record<string, unknown>[]>;
      const record = data[from]![0]!;
      const list = (record[field] as string[] | undefined) ?? [];
      record[field] = [...list, 'wikimedia-atlantis'];
      const text = JSON.stringify(data, null, 2);
      const offset = text.indexOf('"wikimedia-atlantis"');
      const before = text.slice(0, offset).split('\n');
      const result = validateDataset(text, 'refs.json');
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatchObject({
        line: before.length,
        column: before[before.length - 1]!.length + 1,
        path: `${from}[0].${field}[${list.length}]`,
      });
      expect(result.errors[0]!.message).toMatch(
        /^"wikimedia-atlantis" is not an? \w+ in this dataset$/,
      );
    },
  );

  it('collects every error instead of stopping at the first', () => {
    let text = org('"kind": "chapter"', '"kind": "chapterr"');
    text = edit(text, '"countries": ["ES"]', '"countries": ["UK"]');
    text = edit(
      text,
      '"organizers": ["wikimedia-argentina"]',
      '"organizers": ["wikimedia-atlantis"]',
    );
    text = edit(text, '"end": "2014-11-23"', '"end": "2014-02-30"');
    const result = validateDataset(text, 'many.json');
    expect(result.errors.map((e) => e.path)).toEqual([
      'organizations[0].kind',
      'organizations[1].countries[0]',
      'meetups[0].end',
      'meetups[0].organizers[0]',
    ]);
  });

  it('checks leap years', () => {
    const ok = (date: string): boolean =>
      validateDataset(org('"recognized": "2007-12-11"', `"recognized": "${date}"`), 'd.json').errors
        .length === 0;
    expect(ok('2016-02-29')).toBe(true);
    expect(ok('2000-02-29')).toBe(true);
    expect(ok('2100-02-29')).toBe(false);
    expect(ok('2019-04-31')).toBe(false);
    expect(ok('2019-00')).toBe(false);
    expect(ok('2019-12-00')).toBe(false);
  });

  it('compares partial meetup dates by their first and last days', () => {
    const errors = (start: string, end: string): number =>
      validateDataset(
        meetup(
          '"start": "2014-11-21", "end": "2014-11-23"',
          `"start": "${start}", "end": "${end}"`,
        ),
        'd.json',
      ).errors.length;
    expect(errors('2014', '2014')).toBe(0);
    expect(errors('2014-11', '2014-11-05')).toBe(0);
    expect(errors('2014-11-21', '2014-11')).toBe(0);
    expect(errors('2014-11-21', '2014')).toBe(0);
    expect(errors('2015', '2014-12-31')).toBe(1);
    expect(errors('2014-11-21', '2014-10')).toBe(1);
  });

  it('accepts a byte order mark and counts columns after it', () => {
    expect(validateDataset(`\uFEFF${dataset()}`, 'bom.json').errors).toEqual([]);
    const result = validateDataset('\uFEFF{"organizations": 1}', 'bom.json');
    expect(result.errors.find((e) => e.path === 'organizations')).toMatchObject({
      line: 1,
      column: 19,
    });
  });

  it('counts lines ending in CRLF', () => {
    const text = dataset().replaceAll('\n', '\r\n');
    const plain = validateDataset(org('"kind": "chapter"', '"kind": "x"'), 'lf.json').errors[0];
    const crlf = validateDataset(edit(text, '"kind": "chapter"', '"kind": "x"'), 'crlf.json')
      .errors[0];
    expect(crlf).toMatchObject({ line: plain!.line, column: plain!.column });
  });

  it('keeps a "__proto__" key as a field, never as a prototype', () => {
    const result = validateDataset(
      org('"status": "active",', '"status": "active", "__proto__": { "kind": "x" },'),
      'p.json',
    );
    expect(result.errors.map((e) => e.message)).toEqual(['has an unknown field "__proto__"']);
  });

  it('refuses files over the size limit without parsing them', () => {
    const result = validateDataset(' '.repeat(MAX_FILE_BYTES + 1), 'huge.json');
    expect(result.errors).toEqual([
      {
        file: 'huge.json',
        line: 1,
        column: 1,
        path: '',
        message: 'the file is 20.0 MB, more than the 20 MB a dataset may have',
        text: msg('validate-file-too-large', '20.0', 20),
        severity: 'error',
      },
    ]);
  });

  it('bounds and escapes data quoted in messages', () => {
    const key = `x\n${'y'.repeat(500)}`;
    const result = validateDataset(
      org('"status": "active",', `"status": "active", ${JSON.stringify(key)}: 1,`),
      'q.json',
    );
    const message = result.errors[0]!.message;
    expect(message).not.toContain('\n');
    expect(message.length).toBeLessThan(100);
    expect(message).toBe(`has an unknown field "x\\n${'y'.repeat(58)}…"`);
  });

  it('shortens long lists of codes and quotes odd ones in warnings', () => {
    const many = '"es", "pt", "it", "fr", "de", "nl", "sv", "da", "nb", "fi", "is", "fo"';
    const text = dataset({
      organizations: edit(
        ORGANIZATIONS,
        '"languages": ["es"], "programs": [], ',
        '"languages": ["ca", "x\\ny"], "programs": [], ',
      ),
      networks: edit(NETWORKS, '"languages": ["es", "pt"]', `"languages": [${many}]`),
    });
    const result = validateDataset(text, 'lists.json');
    expect(result.warnings.map((w) => w.message)).toEqual([
      '"wikimedia-espana" shares no language with the network (ca, "x\\ny" vs es, pt, it, fr, de, nl, sv, da, nb, fi and 2 more)',
    ]);
  });

  it('never throws, whatever it is given', () => {
    for (const text of [
      '',
      '{',
      'null',
      '0',
      '"x"',
      '{"organizations": [null, 1, []]}',
      '[[[[[[[[',
      '\uD800',
    ]) {
      const result = validateDataset(text, 'odd.json');
      expect(result.errors.length).toBeGreaterThan(0);
    }
    expect(validateDataset(undefined as unknown as string, 'x.json').errors).toHaveLength(1);
    expect(validateDataset('['.repeat(100_000), 'deep.json').errors[0]!.message).toBe(
      'nests arrays and objects more than 256 levels deep',
    );
  });
});

describe('formatIssue', () => {
  it('writes file:line:column, the JSON path and the message', () => {
    const issue: Issue = {
      file: 'data/wikimedia.json',
      line: 120,
      column: 18,
      path: 'organizations[3].website',
      message: 'must be an http(s) URL',
      text: msg('validate-url'),
      severity: 'error',
    };
    expect(formatIssue(issue)).toBe(
      'data/wikimedia.json:120:18 organizations[3].website must be an http(s) URL',
    );
    expect(formatIssue({ ...issue, path: '', message: 'the file is empty' })).toBe(
      'data/wikimedia.json:120:18 the file is empty',
    );
  });

  it('quotes path segments that are not identifiers', () => {
    const result = validateDataset(
      net('"names": { "es": "Iberocoop" }', '"names": { "pt-BR": "" }'),
      'n.json',
    );
    expect(formatIssue(result.errors[0]!)).toMatch(
      /^n\.json:\d+:\d+ networks\[0\]\.names\["pt-BR"\] must not be empty$/,
    );
  });
});

describe('fixtures', () => {
  it('small.json is valid, warned only about affiliates without a Wikidata id, and summarized', () => {
    const result = validateDataset(
      readFileSync('tests/fixtures/small.json', 'utf8'),
      'tests/fixtures/small.json',
    );
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => `${w.path} ${w.message}`)).toEqual(
      [
        [2, 'Wikimedia Portugal'],
        [4, 'Amical Wikimedia'],
        [5, 'Wikimedistas de Uruguay'],
        [6, 'Wikimedia Uruguay'],
      ].map(
        ([i, name]) =>
          `organizations[${i}] "${name}" has no Wikidata item id (\`wikidata\`): add it, or find it with \`npm run import:wikidata\``,
      ),
    );
    expect(summarize(result.dataset!)).toBe(
      'ok: 4 chapters, 1 former chapter, 1 user group, 1 thematic organization, 1 network, 2 meetups, 2 programs, 1 collaboration, 9 sources',
    );
  });

  it('planted-errors.json gets one line per planted error (as in planted-errors.expected.txt)', () => {
    const file = 'tests/fixtures/planted-errors.json';
    const result = validateDataset(readFileSync(file, 'utf8'), file);
    const lines = [
      ...result.errors.map(formatIssue),
      ...result.warnings.map((w) => `warning: ${formatIssue(w)}`),
    ];
    const expected = readFileSync('tests/fixtures/planted-errors.expected.txt', 'utf8')
      .trimEnd()
      .split('\n');
    expect(lines).toEqual(expected);
    expect(result.errors).toHaveLength(29);
  });
});

describe('summarize', () => {
  it('counts kinds, former organizations apart, and every collection', () => {
    const data = validateDataset(dataset(), 'd.json').dataset!;
    expect(summarize(data)).toBe(
      'ok: 2 chapters, 0 user groups, 0 thematic organizations, 1 network, 1 meetup, 1 program, 1 collaboration, 1 source',
    );
  });
});

describe('messages as keys and parameters', () => {
  it('keeps issues that differ only in a parameter', () => {
    const result = validateDataset(
      org('"status": "active",', '"status": "active", "colour": 1, "flavour": 2,'),
      'p.json',
    );
    expect(result.errors.map((e) => e.message)).toEqual([
      'has an unknown field "colour"',
      'has an unknown field "flavour"',
    ]);
    expect(result.errors.map((e) => e.text)).toEqual([
      msg('validate-unknown-field', '"colour"'),
      msg('validate-unknown-field', '"flavour"'),
    ]);
  });
});
