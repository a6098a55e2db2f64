/**
 * The fixed values of the data contract, as plain lists: the one place they are written. The
 * schema (schema.ts) builds its enums from them (`z.enum(ORGANIZATION_KINDS)`); the app's first
 * load reads them here, without the schema library (README, "Speed").
 */

/** The form of ids: a lowercase slug (`wikimedia-argentina`, `iberoconf-2014`). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Bounds for free text, so a hostile or broken file cannot blow up the layout or memory. */
export const LIMITS = {
  id: 80,
  name: 200,
  title: 300,
  city: 120,
  url: 2000,
  listItems: 1000,
  records: 50_000,
  tours: 100,
  steps: 100,
  paragraph: 1000,
  paragraphs: 10,
  notes: 4000,
} as const;

export const ORGANIZATION_KINDS = ['chapter', 'user_group', 'thematic_org'] as const;
export const ORGANIZATION_STATUSES = ['active', 'former'] as const;
export const NETWORK_KINDS = ['regional', 'language', 'thematic'] as const;
export const MEETUP_FORMATS = ['in-person', 'online', 'hybrid'] as const;
/** `held` unless stated: planned editions and cancelled ones are kept and shown as such. */
export const MEETUP_STATUSES = ['held', 'planned', 'cancelled'] as const;
/** `country`: only the country is known, the point is a stand-in at its centre. */
export const LOCATION_PRECISIONS = ['city', 'country'] as const;

export const ORGANIZATION_UNCERTAIN_FIELDS = [
  'name',
  'kind',
  'status',
  'countries',
  'location',
  'languages',
  'programs',
  'recognized',
  'founded',
  'ended',
  'website',
  'wikidata',
  /** Membership in networks, which is recorded on the networks. */
  'networks',
] as const;

export const NETWORK_UNCERTAIN_FIELDS = [
  'name',
  'kind',
  'founded',
  'languages',
  'members',
  'inferredMembers',
  'location',
  'website',
] as const;

export const MEETUP_UNCERTAIN_FIELDS = [
  'name',
  'start',
  'end',
  'format',
  'status',
  'location',
  'venue',
  'organizers',
  'participants',
  'partners',
  'networks',
  'programs',
  'attendance',
] as const;

export const COLLABORATION_UNCERTAIN_FIELDS = [
  'title',
  'organizations',
  'programs',
  'years',
] as const;

/** The filter facets, in the filter panel's order (src/model/facets.ts defines each). */
export const FACETS = [
  'kind',
  'status',
  'network',
  'region',
  'country',
  'language',
  'program',
] as const;
export type Facet = (typeof FACETS)[number];

/**
 * The URL parameters a tour step may set: the public ones of links (model/urlState.ts), less the
 * UI language (the audience's) and the dataset file (the tour's own). Values are written as in a
 * link: `"network": "iberocoop,wikimedia-cee"`, `"from": "2015"`.
 */
export const STEP_PARAMS = [
  'view',
  'focus',
  ...FACETS,
  'sourced',
  'from',
  'to',
  'q',
  'graph',
  'edges',
  'layers',
] as const;
export type StepParam = (typeof STEP_PARAMS)[number];

/** The collections of a dataset whose records have ids, in a fixed order. */
export const COLLECTIONS = [
  'organizations',
  'networks',
  'meetups',
  'programs',
  'collaborations',
  'sources',
] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** The id of the source that stands for facts no stored document confirms. */
export const GENERAL_KNOWLEDGE_SOURCE = 'general-knowledge';

/**
 * Whether a string is a well-formed id (schema.ts `Id`), without going through zod: the
 * validator asks for every id and reference of a file, and a first zod call per string cost more
 * than the rest of the check.
 */
export function isWellFormedId(s: string): boolean {
  return s.length >= 1 && s.length <= LIMITS.id && ID_PATTERN.test(s);
}
