/**
 * The Movement Atlas data contract: one zod schema from which the TypeScript types
 * (this file) and the published JSON Schema (public/schema/, via `npm run schema`) derive.
 *
 * This is a public format: chapters write files in it. Field names are stable; extend, never
 * rename. Checks that need the whole dataset (unique ids, references, ISO country codes, BCP 47,
 * calendar validity of dates, start <= end) live in validate.ts so that every error is reported
 * with its position, not only the first.
 */
import { z } from 'zod';
import { BLANK_MESSAGE, isHttpUrl, SAFE_TEXT, TEXT_MESSAGE, VISIBLE_TEXT } from './text.ts';
import {
  COLLABORATION_UNCERTAIN_FIELDS,
  COLLECTIONS,
  ID_PATTERN,
  LIMITS,
  LOCATION_PRECISIONS,
  MEETUP_FORMATS,
  MEETUP_STATUSES,
  MEETUP_UNCERTAIN_FIELDS,
  NETWORK_KINDS,
  NETWORK_UNCERTAIN_FIELDS,
  ORGANIZATION_KINDS,
  ORGANIZATION_STATUSES,
  ORGANIZATION_UNCERTAIN_FIELDS,
  STEP_PARAMS,
  type Collection,
  type StepParam,
} from './vocabulary.ts';

// The fixed values live in vocabulary.ts (the app reads them there without zod); the schema's
// importers find them here too.
export {
  COLLECTIONS,
  GENERAL_KNOWLEDGE_SOURCE,
  isWellFormedId,
  LIMITS,
  MEETUP_UNCERTAIN_FIELDS,
  NETWORK_UNCERTAIN_FIELDS,
  ORGANIZATION_UNCERTAIN_FIELDS,
  STEP_PARAMS,
  type Collection,
  type StepParam,
} from './vocabulary.ts';

/** Lowercase slug of the English name: `wikimedia-argentina`, `iberoconf-2014`. */
export const Id = z
  .string()
  .min(1)
  .max(LIMITS.id)
  .regex(ID_PATTERN, 'must be a lowercase slug (a-z, 0-9 and single hyphens)');

/**
 * Human-readable text: trimmed, not blank, bounded, and free of control, bidirectional
 * formatting and lone surrogate characters (see text.ts), with at least one visible character.
 */
export const Text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(SAFE_TEXT, TEXT_MESSAGE)
    .regex(VISIBLE_TEXT, BLANK_MESSAGE);

const Name = Text(LIMITS.name);

/** ISO 8601 date, or a partial one: `2017`, `2017-10`, `2017-10-21`. Calendar checks in validate.ts. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');

const URL_MESSAGE = 'must be an http(s) URL';

/** Only http and https: never `javascript:`, `data:` or relative links from data. */
export const HttpUrl = z
  .string()
  .max(LIMITS.url)
  // No white space or control character anywhere (the URL parser would silently drop them),
  // no user name or password before the host.
  .regex(
    // eslint-disable-next-line no-control-regex -- control characters are what it refuses
    /^https?:\/\/[^\s\u0000-\u001F\u007F-\u009F/?#@\\]+(?:[/?#][^\s\u0000-\u001F\u007F-\u009F]*)?$/,
    URL_MESSAGE,
  )
  .regex(SAFE_TEXT, URL_MESSAGE)
  .refine(isHttpUrl, URL_MESSAGE);

/** ISO 3166-1 alpha-2, upper case. Membership in the real list is checked in validate.ts. */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code');

/** BCP 47 tag (`es`, `pt-BR`, `zh-Hant`). Well-formedness checked in validate.ts. */
export const LanguageTag = z.string().min(2).max(35);

const Ids = z.array(Id).max(LIMITS.listItems);

/** Local names keyed by BCP 47 language code: `{ "fr": "Wikimédia France" }`. */
const Names = z.record(LanguageTag, Name);

/**
 * Other names a record is known by, in any language: abbreviations, English variants, former
 * names. Search finds records by them; `name` stays what is shown.
 */
const Aliases = z.array(Name).max(50);

export const Location = z.strictObject({
  city: Text(LIMITS.city).optional(),
  /** Country of this place; meetups need it, organizations may rely on `countries`. */
  country: CountryCode.optional(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** `country`: only the country is known, the point is a stand-in at its centre. */
  precision: z.enum(LOCATION_PRECISIONS),
});

export const OrganizationKind = z.enum(ORGANIZATION_KINDS);

export const Organization = z.strictObject({
  id: Id,
  name: Name,
  names: Names.optional(),
  aliases: Aliases.optional(),
  kind: OrganizationKind,
  status: z.enum(ORGANIZATION_STATUSES),
  countries: z.array(CountryCode).max(300),
  /** Where it is based. Absent only for organizations with no country (global thematic ones). */
  location: Location.optional(),
  languages: z.array(LanguageTag).max(LIMITS.listItems),
  programs: Ids,
  /** Date of recognition by the Affiliations Committee: year or ISO date. */
  recognized: PartialDate.optional(),
  founded: PartialDate.optional(),
  /** For former organizations: when recognition ended. */
  ended: PartialDate.optional(),
  website: HttpUrl.optional(),
  wikidata: z
    .string()
    .regex(/^Q[1-9]\d*$/, 'must be a Wikidata item id such as Q18559618')
    .optional(),
  sources: Ids,
  uncertain: z.array(z.enum(ORGANIZATION_UNCERTAIN_FIELDS)).optional(),
});

export const Network = z.strictObject({
  id: Id,
  name: Name,
  names: Names.optional(),
  aliases: Aliases.optional(),
  kind: z.enum(NETWORK_KINDS),
  founded: PartialDate.optional(),
  languages: z.array(LanguageTag).max(LIMITS.listItems),
  /** Organizations named on a membership list. */
  members: Ids,
  /** Organizations linked only by region or language, not by a membership list. */
  inferredMembers: Ids.optional(),
  /** Where the network's hub is based, if it has one. */
  location: Location.optional(),
  website: HttpUrl.optional(),
  wikidata: z
    .string()
    .regex(/^Q[1-9]\d*$/, 'must be a Wikidata item id such as Q18559618')
    .optional(),
  sources: Ids,
  uncertain: z.array(z.enum(NETWORK_UNCERTAIN_FIELDS)).optional(),
});

export const Meetup = z.strictObject({
  id: Id,
  name: Name,
  /** Series name shared by every edition: `Wikimania`, `Iberoconf`, `Wikimedia CEE Meeting`. */
  series: Name,
  start: PartialDate.optional(),
  end: PartialDate.optional(),
  format: z.enum(MEETUP_FORMATS),
  /** `held` unless stated: planned editions and cancelled ones are kept and shown as such. */
  status: z.enum(MEETUP_STATUSES).optional(),
  /** Absent when online or not known. */
  location: Location.optional(),
  venue: Text(LIMITS.title).optional(),
  organizers: Ids,
  participants: Ids,
  /** Organizers or hosts that are not affiliates in this dataset (the Wikimedia Foundation, a university). */
  partners: z.array(Name).max(LIMITS.listItems).optional(),
  networks: Ids,
  programs: Ids,
  /** Reported number of attendees, approximate where the source says so. */
  attendance: z.number().int().min(0).max(1_000_000).optional(),
  website: HttpUrl.optional(),
  sources: Ids,
  uncertain: z.array(z.enum(MEETUP_UNCERTAIN_FIELDS)).optional(),
});

export const Program = z.strictObject({
  id: Id,
  name: Name,
  names: Names.optional(),
  aliases: Aliases.optional(),
  website: HttpUrl.optional(),
  sources: Ids.optional(),
});

export const Collaboration = z.strictObject({
  id: Id,
  title: Text(LIMITS.title),
  organizations: Ids.min(2, 'must name two or more organizations'),
  programs: Ids,
  years: z.array(z.number().int().min(1990).max(2100)).max(200),
  sources: Ids,
  uncertain: z.array(z.enum(COLLABORATION_UNCERTAIN_FIELDS)).optional(),
});

export const Source = z.strictObject({
  id: Id,
  /** Absent only for a source that is not a document (e.g. `general-knowledge`). */
  url: HttpUrl.optional(),
  title: Text(LIMITS.title),
});

/**
 * What a dataset is and under which terms it may be reused: shown in the app's footer and
 * carried into every export. `licence` names the terms of the compiled data; `attribution` is
 * the credit line that reuse must keep (facts taken from Meta-Wiki are CC BY-SA).
 */
export const DatasetMeta = z.strictObject({
  title: Text(LIMITS.title),
  /** The date the facts were last checked against their sources (not the date of the file). */
  dataAsOf: PartialDate,
  licence: z.strictObject({
    /** Short name, an SPDX id where there is one: `CC-BY-SA-4.0`. */
    name: Text(LIMITS.name),
    url: HttpUrl,
  }),
  /** The credit line reuse must keep, as plain text. */
  attribution: Text(1000),
  /** Where the attribution points (the page listing the contributors or sources). */
  attributionUrl: HttpUrl.optional(),
});

const StepValue = z.string().max(LIMITS.url).regex(SAFE_TEXT, TEXT_MESSAGE);

/**
 * One step of a tour: what the audience reads (title, body), what the speaker reads (notes), and
 * what the atlas shows (`state`, the same parameters as a link). The body is plain text, one
 * string per paragraph; `[[record-id]]` or `[[record-id|shown text]]` links a record (shown as a
 * button that selects it). `records` are the records the step is about: emphasised, and the
 * camera frames them; by default the `focus`.
 */
export const TourStep = z.strictObject({
  title: Text(LIMITS.title),
  body: z.array(Text(LIMITS.paragraph)).max(LIMITS.paragraphs),
  notes: z.array(Text(LIMITS.notes)).max(LIMITS.paragraphs).optional(),
  state: z.strictObject(
    Object.fromEntries(STEP_PARAMS.map((p) => [p, StepValue.optional()])) as Record<
      StepParam,
      z.ZodOptional<typeof StepValue>
    >,
  ),
  records: Ids.optional(),
});

/** A guided tour of the dataset, presented step by step (`?tour=<id>`). */
export const Tour = z.strictObject({
  id: Id,
  title: Text(LIMITS.title),
  /** The title in other languages. */
  names: Names.optional(),
  /** The language the tour is written in (BCP 47). */
  language: LanguageTag.optional(),
  steps: z.array(TourStep).min(1, 'must have at least one step').max(LIMITS.steps),
});

export const Dataset = z.strictObject({
  $schema: z.string().max(LIMITS.url).regex(SAFE_TEXT, TEXT_MESSAGE).optional(),
  meta: DatasetMeta.optional(),
  title: Text(LIMITS.title).optional(),
  /** ISO date of the last edit of this file. */
  updated: PartialDate.optional(),
  organizations: z.array(Organization).max(LIMITS.records),
  networks: z.array(Network).max(LIMITS.records),
  meetups: z.array(Meetup).max(LIMITS.records),
  programs: z.array(Program).max(LIMITS.records),
  collaborations: z.array(Collaboration).max(LIMITS.records),
  sources: z.array(Source).max(LIMITS.records),
  /** Guided tours for presenting (optional). */
  tours: z.array(Tour).max(LIMITS.tours).optional(),
});

export type Location = z.infer<typeof Location>;
export type OrganizationKind = z.infer<typeof OrganizationKind>;
export type Organization = z.infer<typeof Organization>;
export type Network = z.infer<typeof Network>;
export type Meetup = z.infer<typeof Meetup>;
export type Program = z.infer<typeof Program>;
export type Collaboration = z.infer<typeof Collaboration>;
export type Source = z.infer<typeof Source>;
export type Dataset = z.infer<typeof Dataset>;
export type Tour = z.infer<typeof Tour>;
export type TourStep = z.infer<typeof TourStep>;
export type DatasetMeta = z.infer<typeof DatasetMeta>;

/** The schema of one record of each collection. */
export const RECORD_SCHEMAS = {
  organizations: Organization,
  networks: Network,
  meetups: Meetup,
  programs: Program,
  collaborations: Collaboration,
  sources: Source,
} as const satisfies Record<Collection, z.ZodType>;

/**
 * The dataset's own fields, with each collection only required to be a short enough array: the
 * validator checks the records one by one (validate.ts).
 */
export const DatasetShell = z.strictObject({
  ...Dataset.shape,
  ...Object.fromEntries(
    COLLECTIONS.map((c) => [c, z.array(z.unknown()).max(LIMITS.records)] as const),
  ),
});
