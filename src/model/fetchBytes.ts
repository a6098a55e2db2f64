/**
 * Fetching a dataset file, the same on the page and in the validation worker: its bytes, or an
 * error saying why not ("HTTP 404 Not Found", the network's own message).
 */

/** The bytes of the file at `url`; throws an Error naming the HTTP status when it is not OK. */
export async function fetchBytes(url: string, fetcher: typeof fetch = fetch): Promise<ArrayBuffer> {
  const response = await fetcher(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  return response.arrayBuffer();
}

/**
 * `url` made absolute against the page, when it is on the page's own origin; null for other
 * sites, for `data:` and `blob:` URLs, and where there is no page (Node).
 */
export function sameOrigin(url: string): string | null {
  if (typeof location === 'undefined') return null;
  try {
    const absolute = new URL(url, document.baseURI);
    // (Pages opened from file:// and data: URLs all have the origin "null".)
    const web = absolute.protocol === 'http:' || absolute.protocol === 'https:';
    return web && absolute.origin === location.origin ? absolute.href : null;
  } catch {
    return null;
  }
}
