/**
 * A snapshot (snapshot.ts) as URL parameters, and back. The names are public: chapters write
 * them into links and embeds, so they never change meaning.
 *
 * | parameter | value | default (omitted) |
 * | --- | --- | --- |
 * | `view` | `map`, `graph`, `split`, `table` | `split` |
 * | `focus` | a record id or `language:<code>` | none |
 * | `kind`, `status`, `network`, `region`, `country`, `language`, `program` | facet values, comma-separated or repeated | none |
 * | `sourced` | `1`: only sourced facts | off |
 * | `from`, `to` | years | open |
 * | `years` | what the years mean for organizations: `active` (active in) or `recognized` (recognized in); meetups: held in | `active` |
 * | `undated` | `1`: with a year range, also show records whose date is unknown | off |
 * | `q` | search text | empty |
 * | `graph` | `all` (every kind of node) or `organizations` (organizations only) | `all` |
 * | `edges` | graph edge kinds shown, or `none` | every kind |
 * | `layers` | map layers shown (`organizations`, `networks`, `meetups`, `former`), or `none` | `organizations,networks,meetups` |
 * | `lang` | UI language | the browser's |
 * | `data` | a dataset file on the same host | the built-in dataset |
 *
 * Parsing never fails: unknown parameters and invalid values are dropped and reported as notices
 * for the UI to show. Whether an id names something in the dataset is checked later, by the state,
 * once the dataset is loaded.
 */
import { dataParam } from './dataUrl.ts';
import { FACET_DEFINITIONS, FACETS, type Facet } from './facets.ts';
import { NO_FILTERS, YEAR_MEANINGS, type YearMeaning } from './filters.ts';
import { EDGE_KINDS, type EdgeKind } from './relations.types.ts';
import {
  cloneSnapshot,
  DEFAULT_LAYERS,
  DEFAULT_SNAPSHOT,
  MAP_LAYERS,
  orderedEdgeKinds,
  VIEWS,
  type GraphMode,
  type MapLayer,
  type MapLayers,
  type Snapshot,
  type View,
} from './snapshot.ts';

export interface UrlNotice {
  param: string;
  value: string;
  /** i18n message key explaining why the value was ignored. */
  reason: 'url-unknown-param' | 'url-invalid-value';
}

/** What a URL holds: the snapshot, and which dataset file it is about. */
export interface ParsedUrl {
  snapshot: Snapshot;
  /** The `data` parameter as written (resolved against the page by the caller), or null. */
  data: string | null;
  notices: UrlNotice[];
}

/** Public names of the graph modes in links. */
const GRAPH_PARAM: Readonly<Record<GraphMode, string>> = {
  typed: 'all',
  projection: 'organizations',
};
const NONE = 'none';

/** Parameters read by other entry points (presenter, embed): known, so no notice. */
const ELSEWHERE = new Set(['embed', 'tour', 'step', 'timeline', 'notes', 'print']);
const FACET_BY_PARAM = new Map<string, Facet>(FACETS.map((f) => [FACET_DEFINITIONS[f].param, f]));
const KNOWN = new Set<string>([
  'view',
  'focus',
  ...FACET_BY_PARAM.keys(),
  'sourced',
  'from',
  'to',
  'years',
  'undated',
  'q',
  'graph',
  'edges',
  'layers',
  'lang',
  'data',
  ...ELSEWHERE,
]);

/**
 * The public state parameters, in order: the URL's, and the `<movement-atlas>` element's
 * attributes of the same names (`data` is handled apart by each).
 */
export const STATE_PARAMS: readonly string[] = [...KNOWN].filter(
  (p) => p !== 'data' && !ELSEWHERE.has(p),
);

const SAFE_TOKEN = /^[A-Za-z0-9:_-]{1,80}$/;
const LANG_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
export const MAX_QUERY_LENGTH = 200;

function year(value: string): number | null {
  return /^\d{4}$/.test(value) ? Number(value) : null;
}

/** The comma-separated, possibly repeated items of a list parameter, trimmed, without blanks. */
function items(value: string): string[] {
  return value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

/** Parses `location.search` (with or without `?`). */
export function parseUrl(search: string): ParsedUrl {
  const params = new URLSearchParams(search);
  const snapshot = cloneSnapshot(DEFAULT_SNAPSHOT);
  const facets: Record<Facet, string[]> = Object.fromEntries(FACETS.map((f) => [f, []])) as never;
  let edges: Set<EdgeKind> | null = null;
  let layers: Set<MapLayer> | null = null;
  const notices: UrlNotice[] = [];
  const invalid = (param: string, value: string) =>
    notices.push({ param, value, reason: 'url-invalid-value' });

  for (const [param, raw] of params) {
    // Search text stays as typed (a trailing space is part of what a person typed).
    const value = param === 'q' ? raw : raw.trim();
    if (!KNOWN.has(param)) {
      notices.push({ param, value, reason: 'url-unknown-param' });
      continue;
    }
    const facet = FACET_BY_PARAM.get(param);
    if (facet) {
      for (const v of items(value)) {
        if (!SAFE_TOKEN.test(v)) invalid(param, v);
        else if (!facets[facet].includes(v)) facets[facet].push(v);
      }
      continue;
    }
    switch (param) {
      case 'view':
        if ((VIEWS as readonly string[]).includes(value)) snapshot.view = value as View;
        else invalid(param, value);
        break;
      case 'focus':
        if (SAFE_TOKEN.test(value)) snapshot.focus = value;
        else invalid(param, value);
        break;
      case 'from':
      case 'to': {
        const y = year(value);
        if (y === null) invalid(param, value);
        else snapshot.filters = { ...snapshot.filters, [param]: y };
        break;
      }
      case 'years':
        if ((YEAR_MEANINGS as readonly string[]).includes(value))
          snapshot.filters = { ...snapshot.filters, years: value as YearMeaning };
        else invalid(param, value);
        break;
      case 'undated':
        if (value === '1' || value === 'true')
          snapshot.filters = { ...snapshot.filters, undated: true };
        else if (value !== '0' && value !== 'false') invalid(param, value);
        break;
      case 'sourced':
        if (value === '1' || value === 'true')
          snapshot.filters = { ...snapshot.filters, sourcedOnly: true };
        else if (value !== '0' && value !== 'false') invalid(param, value);
        break;
      case 'q':
        snapshot.q = value.slice(0, MAX_QUERY_LENGTH);
        break;
      case 'graph': {
        const mode = (Object.keys(GRAPH_PARAM) as GraphMode[]).find(
          (m) => GRAPH_PARAM[m] === value,
        );
        if (mode) snapshot.graphMode = mode;
        else invalid(param, value);
        break;
      }
      case 'edges':
        edges ??= new Set();
        for (const v of items(value)) {
          if ((EDGE_KINDS as readonly string[]).includes(v)) edges.add(v as EdgeKind);
          else if (v !== NONE) invalid(param, v);
        }
        break;
      case 'layers':
        layers ??= new Set();
        for (const v of items(value)) {
          if ((MAP_LAYERS as readonly string[]).includes(v)) layers.add(v as MapLayer);
          else if (v !== NONE) invalid(param, v);
        }
        break;
      case 'lang':
        if (LANG_TAG.test(value)) snapshot.lang = value;
        else invalid(param, value);
        break;
      case 'data':
        // Read apart (dataUrl.ts), by the same rule.
        break;
      default:
        // Read by the presenter and embed entry points.
        break;
    }
  }
  snapshot.filters = { ...snapshot.filters, ...facets };
  if (edges) snapshot.edgeKinds = orderedEdgeKinds(edges);
  if (layers) {
    const on = layers;
    snapshot.layers = Object.fromEntries(MAP_LAYERS.map((l) => [l, on.has(l)])) as MapLayers;
  }
  return { snapshot, data: dataParam(search), notices };
}

function listOrNone(values: readonly string[]): string {
  return values.length ? values.join(',') : NONE;
}

/**
 * The URL parameters of a snapshot (with `?`, or '' for the default state), in a fixed order
 * and without defaults, so equal snapshots give equal URLs.
 */
export function formatUrl(snapshot: Snapshot, data: string | null = null): string {
  const params = new URLSearchParams();
  const f = snapshot.filters;
  if (snapshot.view !== DEFAULT_SNAPSHOT.view) params.set('view', snapshot.view);
  if (snapshot.focus) params.set('focus', snapshot.focus);
  for (const facet of FACETS)
    if (f[facet].length) params.set(FACET_DEFINITIONS[facet].param, f[facet].join(','));
  if (f.sourcedOnly) params.set('sourced', '1');
  if (f.from !== null) params.set('from', String(f.from));
  if (f.to !== null) params.set('to', String(f.to));
  if (f.years !== NO_FILTERS.years) params.set('years', f.years);
  if (f.undated) params.set('undated', '1');
  if (snapshot.q) params.set('q', snapshot.q);
  if (snapshot.graphMode !== DEFAULT_SNAPSHOT.graphMode)
    params.set('graph', GRAPH_PARAM[snapshot.graphMode]);
  const edges = orderedEdgeKinds(snapshot.edgeKinds);
  if (edges.length !== EDGE_KINDS.length) params.set('edges', listOrNone(edges));
  const layers = MAP_LAYERS.filter((l) => snapshot.layers[l]);
  if (MAP_LAYERS.some((l) => snapshot.layers[l] !== DEFAULT_LAYERS[l]))
    params.set('layers', listOrNone(layers));
  if (snapshot.lang) params.set('lang', snapshot.lang);
  if (data) params.set('data', data);
  // Commas and colons stay readable (`network=iberocoop,wikimedia-cee`,
  // `focus=series:iberoconf`): both forms parse the same.
  const s = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
  return s ? `?${s}` : '';
}

export { resolveDataUrl } from './dataUrl.ts';
