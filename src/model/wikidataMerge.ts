/**
 * The pure half of `npm run import:wikidata`: reading SPARQL 1.1 JSON results (as the Wikidata
 * Query Service saves them) into affiliates, and merging those into a dataset.
 *
 * Matching: by Wikidata id first, then by name (the record's name, aliases and local names,
 * compared without case, accents or punctuation), and only when exactly one record matches.
 * A fact the dataset lacks is added and cites Wikidata; a fact that differs is never overwritten
 * silently: it is listed as a Difference and written only when the caller accepts. Items that
 * match nothing are added as new organizations. Cost: O(records + results).
 */
import { z } from 'zod';
import { checkLanguageTag } from './bcp47.ts';
import type { Dataset, Organization, OrganizationKind, Source } from './schema.ts';

/** The source every fact taken from Wikidata cites. */
export const WIKIDATA_SOURCE: Source = {
  // Not `wikidata`: that id is the Wikidata program in the built-in dataset (ids are shared).
  id: 'wikidata-query',
  url: 'https://www.wikidata.org/',
  title: 'Wikidata (CC0), via the query of npm run import:wikidata',
};

/** One affiliate as Wikidata describes it (rows of the same item merged). */
export interface WikidataAffiliate {
  qid: string;
  kind?: OrganizationKind;
  /** English label. */
  name?: string;
  /** Labels and official names in other languages: tag -> name. */
  names: Record<string, string>;
  countries: string[];
  founded?: string;
  dissolved?: string;
  website?: string;
}

const Term = z.object({
  type: z.enum(['uri', 'literal', 'typed-literal', 'bnode']),
  value: z.string(),
  'xml:lang': z.string().optional(),
  datatype: z.string().optional(),
});
/** SPARQL 1.1 Query Results JSON Format (W3C), as far as a SELECT query needs it. */
const SparqlResults = z.object({
  head: z.object({ vars: z.array(z.string()) }),
  results: z.object({ bindings: z.array(z.record(z.string(), Term)) }),
});

const ENTITY = /^https?:\/\/www\.wikidata\.org\/entity\/(Q[1-9]\d*)$/;

/** `2008-11-03T00:00:00Z` -> `2008-11-03`; Wikidata writes year precision as `-01-01`. */
function isoDate(value: string, precisionDay = true): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T/.exec(value);
  if (!m) return undefined;
  return precisionDay && !(m[2] === '01' && m[3] === '01') ? `${m[1]}-${m[2]}-${m[3]}` : m[1];
}

function kindOf(label: string): OrganizationKind | undefined {
  const l = label.toLowerCase();
  if (l.includes('user group')) return 'user_group';
  if (l.includes('thematic')) return 'thematic_org';
  if (l.includes('chapter')) return 'chapter';
  return undefined;
}

/**
 * Reads the results file; every row that cannot be used is named in `problems` (row number and
 * why), never dropped silently. Throws with a clear message when the file is not SPARQL JSON.
 */
export function parseSparqlResults(json: unknown): {
  affiliates: WikidataAffiliate[];
  problems: string[];
} {
  const parsed = SparqlResults.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(
      `not SPARQL 1.1 JSON results: ${first ? `${first.path.join('.') || '(root)'} ${first.message}` : 'invalid'}`,
    );
  }
  const problems: string[] = [];
  const refusedTags = new Set<string>();
  /** Wikidata has language codes that are not BCP 47 (`simple`, `map-bms`): left out, counted. */
  const addName = (a: WikidataAffiliate, lang: string, value: string): void => {
    if (!checkLanguageTag(lang).ok) refusedTags.add(lang);
    else a.names[lang] ??= value.trim();
  };
  const byQid = new Map<string, WikidataAffiliate>();
  const single = (
    a: WikidataAffiliate,
    field: 'founded' | 'dissolved' | 'website' | 'kind' | 'name',
    value: string | undefined,
    row: number,
  ): void => {
    if (value === undefined) return;
    const old = a[field];
    if (old !== undefined && old !== value) {
      // Two values on Wikidata: the earliest date wins for dates; otherwise the first is kept.
      if ((field === 'founded' || field === 'dissolved') && value < old) a[field] = value;
      else if (field !== 'founded' && field !== 'dissolved')
        problems.push(
          `row ${row}: ${a.qid} has two ${field} values (${old}, ${value}): kept ${old}`,
        );
      return;
    }
    (a as unknown as Record<string, string>)[field] = value;
  };
  parsed.data.results.bindings.forEach((b, i) => {
    const row = i + 1;
    const qid = ENTITY.exec(b.item?.value ?? '')?.[1];
    if (!qid) {
      problems.push(
        `row ${row}: no Wikidata item in ?item (${JSON.stringify(b.item?.value ?? null)})`,
      );
      return;
    }
    let a = byQid.get(qid);
    if (!a) {
      a = { qid, names: {}, countries: [] };
      byQid.set(qid, a);
    }
    const name = b.name;
    if (name) {
      const lang = name['xml:lang'] ?? 'en';
      if (lang === 'en') single(a, 'name', name.value.trim(), row);
      else addName(a, lang, name.value);
    }
    const official = b.official_name;
    if (official?.['xml:lang'] && official['xml:lang'] !== 'en')
      a.names[official['xml:lang']] ??= official.value.trim();
    if (b.kind_label) single(a, 'kind', kindOf(b.kind_label.value), row);
    const country = b.country_code?.value;
    if (country && /^[A-Z]{2}$/.test(country) && !a.countries.includes(country))
      a.countries.push(country);
    else if (country && !/^[A-Z]{2}$/.test(country))
      problems.push(
        `row ${row}: ${qid} country ${JSON.stringify(country)} is not ISO 3166-1 alpha-2`,
      );
    single(a, 'founded', b.inception ? isoDate(b.inception.value) : undefined, row);
    single(a, 'dissolved', b.dissolved ? isoDate(b.dissolved.value) : undefined, row);
    const site = b.website?.value;
    if (site && /^https?:\/\//.test(site)) single(a, 'website', site, row);
    else if (site)
      problems.push(`row ${row}: ${qid} website ${JSON.stringify(site)} is not http(s)`);
  });
  if (refusedTags.size > 0)
    problems.push(
      `names in ${[...refusedTags].sort().join(', ')} left out: not BCP 47 language tags`,
    );
  return { affiliates: [...byQid.values()], problems };
}

export interface Difference {
  id: string;
  field: string;
  dataset: string;
  wikidata: string;
}

export interface MergeResult {
  dataset: Dataset;
  /** Ids of organizations added from Wikidata. */
  added: string[];
  /** `<id> <field>: <value>` for facts the dataset lacked and now has. */
  filled: string[];
  matched: { id: string; qid: string; by: 'wikidata' | 'name' }[];
  differences: Difference[];
  /** Whether the differences were written. */
  accepted: boolean;
  /** Items not merged, and why. */
  skipped: string[];
}

/** Lowercase, without accents, punctuation or the words every affiliate name shares. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\b(e v|ev|inc|the)\b/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’()]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Dates agree when one is the other at a coarser precision (`2004` and `2004-06-13`). */
function sameDate(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

export interface MergeOptions {
  /** Write the differences too (otherwise they are only listed). */
  accept: boolean;
  /** Location at a country's centre for new organizations, if known. */
  centreOf?: (country: string) => { lat: number; lon: number } | undefined;
}

export function mergeWikidata(
  dataset: Dataset,
  affiliates: readonly WikidataAffiliate[],
  options: MergeOptions,
): MergeResult {
  const orgs = dataset.organizations.map((o) => ({ ...o }));
  const byQid = new Map(orgs.filter((o) => o.wikidata).map((o) => [o.wikidata!, o]));
  const byName = new Map<string, Organization[]>();
  for (const o of orgs) {
    const keys = new Set(
      [o.name, ...(o.aliases ?? []), ...Object.values(o.names ?? {})].map(nameKey),
    );
    for (const k of keys) byName.set(k, [...(byName.get(k) ?? []), o]);
  }
  const result: MergeResult = {
    dataset,
    added: [],
    filled: [],
    matched: [],
    differences: [],
    accepted: options.accept,
    skipped: [],
  };
  const claimed = new Map<string, string>();
  const touched = new Set<Organization>();
  const ids = new Set(
    [
      dataset.organizations,
      dataset.networks,
      dataset.meetups,
      dataset.programs,
      dataset.collaborations,
      dataset.sources,
    ].flatMap((c) => c.map((r) => r.id)),
  );

  for (const w of affiliates) {
    let org = byQid.get(w.qid);
    let by: 'wikidata' | 'name' = 'wikidata';
    if (!org) {
      by = 'name';
      const keys = new Set(
        [w.name, ...Object.values(w.names)].filter((n): n is string => !!n).map(nameKey),
      );
      const candidates = new Set([...keys].flatMap((k) => byName.get(k) ?? []));
      const free = [...candidates].filter((o) => !o.wikidata);
      if (candidates.size > 1) {
        result.skipped.push(
          `${w.qid}: its names match ${[...candidates].map((o) => o.id).join(', ')}: not merged`,
        );
        continue;
      }
      if (candidates.size === 1 && free.length === 0) {
        const o = [...candidates][0]!;
        result.skipped.push(
          `${w.qid}: its name matches ${o.id}, which is ${o.wikidata} on Wikidata: not merged`,
        );
        continue;
      }
      org = free[0];
    }
    if (org) {
      const other = claimed.get(org.id);
      if (other) {
        result.skipped.push(
          `${w.qid}: ${org.id} is already matched by ${other} (a duplicate item?): not merged`,
        );
        continue;
      }
      claimed.set(org.id, w.qid);
      result.matched.push({ id: org.id, qid: w.qid, by });
      compare(org, w, result, options.accept, touched);
      continue;
    }
    // New affiliate.
    const name = w.name ?? Object.values(w.names)[0];
    if (!name || !w.kind) {
      result.skipped.push(`${w.qid}: ${!name ? 'no label' : 'no kind (class) known'}: not added`);
      continue;
    }
    let id = slug(name) || w.qid.toLowerCase();
    if (ids.has(id)) id = `${id}-${w.qid.toLowerCase()}`;
    ids.add(id);
    const country = w.countries[0];
    const centre = country ? options.centreOf?.(country) : undefined;
    const added: Organization = {
      id,
      name,
      ...(Object.keys(w.names).length > 0 ? { names: w.names } : {}),
      kind: w.kind,
      status: w.dissolved ? 'former' : 'active',
      countries: w.countries,
      ...(centre && country
        ? { location: { country, ...centre, precision: 'country' as const } }
        : {}),
      languages: [],
      programs: [],
      ...(w.founded ? { founded: w.founded } : {}),
      ...(w.dissolved ? { ended: w.dissolved } : {}),
      ...(w.website ? { website: w.website } : {}),
      wikidata: w.qid,
      sources: [WIKIDATA_SOURCE.id],
    };
    orgs.push(added);
    result.added.push(id);
    if (country && !centre)
      result.skipped.push(
        `${w.qid}: no centre known for ${country}: ${id} added without a location`,
      );
  }

  for (const o of touched)
    if (!o.sources.includes(WIKIDATA_SOURCE.id)) o.sources = [...o.sources, WIKIDATA_SOURCE.id];
  const cites = result.added.length > 0 || touched.size > 0;
  const sources =
    cites && !dataset.sources.some((s) => s.id === WIKIDATA_SOURCE.id)
      ? [...dataset.sources, WIKIDATA_SOURCE]
      : dataset.sources;
  result.dataset = { ...dataset, organizations: orgs, sources };
  return result;
}

/** Fills what the record lacks; lists (and with `accept` writes) what differs. */
function compare(
  org: Organization,
  w: WikidataAffiliate,
  result: MergeResult,
  accept: boolean,
  touched: Set<Organization>,
): void {
  const fill = (field: string, value: string, write: () => void): void => {
    write();
    touched.add(org);
    result.filled.push(`${org.id} ${field}: ${value}`);
  };
  const differ = (field: string, dataset: string, wikidata: string, write: () => void): void => {
    result.differences.push({ id: org.id, field, dataset, wikidata });
    if (accept) {
      write();
      touched.add(org);
    }
  };
  if (!org.wikidata) fill('wikidata', w.qid, () => (org.wikidata = w.qid));
  if (
    w.name &&
    nameKey(w.name) !== nameKey(org.name) &&
    ![...(org.aliases ?? []), ...Object.values(org.names ?? {})].some(
      (a) => nameKey(a) === nameKey(w.name!),
    )
  )
    differ('name', org.name, w.name, () => {
      org.aliases = [...(org.aliases ?? []), org.name];
      org.name = w.name!;
    });
  if (w.kind && w.kind !== org.kind) differ('kind', org.kind, w.kind, () => (org.kind = w.kind!));
  const missing = w.countries.filter((c) => !org.countries.includes(c));
  if (missing.length > 0) {
    if (org.countries.length === 0)
      fill('countries', missing.join(', '), () => (org.countries = [...missing]));
    else
      differ(
        'countries',
        org.countries.join(', '),
        w.countries.join(', '),
        () => (org.countries = [...new Set([...org.countries, ...missing])]),
      );
  }
  if (w.founded) {
    if (!org.founded) fill('founded', w.founded, () => (org.founded = w.founded));
    else if (!sameDate(org.founded, w.founded))
      differ('founded', org.founded, w.founded, () => (org.founded = w.founded));
  }
  if (w.dissolved) {
    if (org.status === 'active')
      differ(
        'status',
        'active',
        `former (dissolved ${w.dissolved})`,
        () => (org.status = 'former'),
      );
    if (!org.ended) {
      if (org.status === 'former') fill('ended', w.dissolved, () => (org.ended = w.dissolved));
      else if (accept) org.ended = w.dissolved;
    } else if (!sameDate(org.ended, w.dissolved))
      differ('ended', org.ended, w.dissolved, () => (org.ended = w.dissolved));
  }
  if (w.website) {
    if (!org.website) fill('website', w.website, () => (org.website = w.website));
    else if (org.website.replace(/\/$/, '') !== w.website.replace(/\/$/, ''))
      differ('website', org.website, w.website, () => (org.website = w.website));
  }
}

/**
 * Country centres the dataset already uses (records placed at their country's centre), so that
 * new organizations land where the others of their country do. A country no record uses has no
 * centre: the new organization is then added without a location, and the report says so.
 */
export function countryCentresOf(
  dataset: Dataset,
): (country: string) => { lat: number; lon: number } | undefined {
  const centres = new Map<string, { lat: number; lon: number }>();
  for (const r of [...dataset.organizations, ...dataset.meetups]) {
    const l = r.location;
    if (l?.precision === 'country' && l.country && !centres.has(l.country))
      centres.set(l.country, { lat: l.lat, lon: l.lon });
  }
  return (country) => centres.get(country);
}

/** `<id> <field>: dataset X, Wikidata Y`, one line per difference. */
export function formatDifference(d: Difference): string {
  return `${d.id} ${d.field}: dataset ${d.dataset}, Wikidata ${d.wikidata}`;
}
