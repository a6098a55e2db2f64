/**
 * The URL's `data` parameter (a dataset file on the page's own site): read and resolved here,
 * apart from the rest of the URL's state (urlState.ts), so that the page can ask for its file
 * before the rest of the app is loaded (state/earlyData.ts) without carrying the URL parser.
 */

/** The `data` parameter as written (trimmed; the last one if repeated), or null. */
export function dataParam(search: string): string | null {
  return new URLSearchParams(search).getAll('data').at(-1)?.trim() ?? null;
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
