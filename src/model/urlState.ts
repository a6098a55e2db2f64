/**
 * The public URL parameters (chapters write them into links and embeds, so names are stable):
 * `view`, `focus`, `network`, `kind`, `language`, `program`, `country`, `from`, `to`, `q`, `lang`;
 * and, added since: `status`, `region`, `sourced` (`1`: only sourced facts) and `data` (a
 * same-origin dataset URL). Parsing never fails: unknown or invalid values are
 * dropped and reported as notices for the UI to show.
 */
export const VIEWS = ['map', 'graph', 'split', 'table'] as const;
export type View = (typeof VIEWS)[number];

export interface UrlState {
  view: View | null;
  focus: string | null;
  network: string[];
  kind: string[];
  language: string[];
  program: string[];
  country: string[];
  status: string[];
  region: string[];
  sourced: boolean;
  from: number | null;
  to: number | null;
  q: string;
  lang: string | null;
  data: string | null;
}

export interface UrlNotice {
  param: string;
  value: string;
  /** i18n message key explaining why the value was ignored. */
  reason: 'url-unknown-param' | 'url-invalid-value';
}

export const EMPTY_URL_STATE: UrlState = {
  view: null,
  focus: null,
  network: [],
  kind: [],
  language: [],
  program: [],
  country: [],
  status: [],
  region: [],
  sourced: false,
  from: null,
  to: null,
  q: '',
  lang: null,
  data: null,
};

const LIST_PARAMS = [
  'network',
  'kind',
  'status',
  'language',
  'program',
  'country',
  'region',
] as const;
const KNOWN = new Set<string>([
  'view',
  'focus',
  ...LIST_PARAMS,
  'sourced',
  'from',
  'to',
  'q',
  'lang',
  'data',
  // Presenter and embed parameters are read by their own entry points.
  'embed',
  'tour',
  'step',
]);

const SAFE_TOKEN = /^[A-Za-z0-9:_-]{1,80}$/;

function year(value: string): number | null {
  return /^\d{4}$/.test(value) ? Number(value) : null;
}

/** Parses `location.search`. List parameters accept repeats and commas: `network=a,b`. */
export function parseUrlState(search: string): { state: UrlState; notices: UrlNotice[] } {
  const params = new URLSearchParams(search);
  const state: UrlState = structuredClone(EMPTY_URL_STATE);
  const notices: UrlNotice[] = [];
  const invalid = (param: string, value: string) =>
    notices.push({ param, value, reason: 'url-invalid-value' });

  for (const [param, raw] of params) {
    const value = raw.trim();
    if (!KNOWN.has(param)) {
      notices.push({ param, value, reason: 'url-unknown-param' });
      continue;
    }
    switch (param) {
      case 'view':
        if ((VIEWS as readonly string[]).includes(value)) state.view = value as View;
        else invalid(param, value);
        break;
      case 'focus':
        if (SAFE_TOKEN.test(value)) state.focus = value;
        else invalid(param, value);
        break;
      case 'from':
      case 'to': {
        const y = year(value);
        if (y === null) invalid(param, value);
        else state[param] = y;
        break;
      }
      case 'sourced':
        if (value === '1' || value === 'true') state.sourced = true;
        else if (value !== '0' && value !== 'false') invalid(param, value);
        break;
      case 'q':
        state.q = value.slice(0, 200);
        break;
      case 'lang':
        if (/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(value)) state.lang = value;
        else invalid(param, value);
        break;
      case 'data':
        state.data = value;
        break;
      case 'embed':
      case 'tour':
      case 'step':
        break;
      default: {
        const list = state[param as (typeof LIST_PARAMS)[number]];
        for (const item of value.split(',')) {
          const v = item.trim();
          if (!v) continue;
          if (SAFE_TOKEN.test(v)) {
            if (!list.includes(v)) list.push(v);
          } else invalid(param, v);
        }
      }
    }
  }
  return { state, notices };
}

/** Serializes in a fixed parameter order, omitting defaults, so equal states give equal URLs. */
export function formatUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.view) params.set('view', state.view);
  if (state.focus) params.set('focus', state.focus);
  for (const p of LIST_PARAMS) if (state[p].length) params.set(p, state[p].join(','));
  if (state.sourced) params.set('sourced', '1');
  if (state.from !== null) params.set('from', String(state.from));
  if (state.to !== null) params.set('to', String(state.to));
  if (state.q) params.set('q', state.q);
  if (state.lang) params.set('lang', state.lang);
  if (state.data) params.set('data', state.data);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/**
 * Resolves a `data` parameter against the page. Only same-origin URLs are accepted, so a link
 * cannot make the app contact another host; embeds configure other hosts explicitly.
 */
export function resolveDataUrl(value: string, pageUrl: string): URL | null {
  try {
    const url = new URL(value, pageUrl);
    const page = new URL(pageUrl);
    if (url.origin !== page.origin) return null;
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url;
  } catch {
    return null;
  }
}
