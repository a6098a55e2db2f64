/**
 * What the embed dialog gives a chapter to paste: an iframe, or the `<movement-atlas>` element
 * with its script. Both carry the same state, written as the public URL parameters (one set of
 * names for links, iframes and the element's attributes).
 */
import { formatUrl } from '../model/urlState.ts';
import type { Snapshot } from '../model/snapshot.ts';

export type SnippetKind = 'iframe' | 'element';

export interface EmbedChoice {
  /** The state to show. */
  snapshot: Snapshot;
  /** The dataset: null for the built-in one, else an absolute http(s) URL. */
  data: string | null;
  /** Height in CSS pixels. */
  height: number;
  timeline: boolean;
  /** The iframe's accessible name. */
  title: string;
}

/** Text for an HTML attribute value in double quotes. */
export function escapeAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** The embed page's URL: the app's, with the state, `embed=1` and perhaps `timeline=1`. */
export function embedUrl(appUrl: string, choice: EmbedChoice): string {
  const app = new URL(appUrl);
  const params = new URLSearchParams(formatUrl(choice.snapshot, choice.data).slice(1));
  params.set('embed', '1');
  if (choice.timeline) params.set('timeline', '1');
  return `${app.origin}${app.pathname}?${params.toString().replaceAll('%2C', ',')}`;
}

/** The host page's few lines that apply an embed's preferred height to its iframe. */
export function autoHeightScript(appOrigin: string): string {
  return [
    '<script>',
    "  addEventListener('message', (event) => {",
    `    if (event.origin !== ${JSON.stringify(appOrigin)}) return;`,
    "    if (event.data?.type !== 'movement-atlas:resize') return;",
    "    for (const frame of document.querySelectorAll('iframe')) {",
    '      if (frame.contentWindow === event.source) frame.style.height = `${event.data.height}px`;',
    '    }',
    '  });',
    '</script>',
  ].join('\n');
}

export function iframeSnippet(appUrl: string, choice: EmbedChoice): string {
  const src = embedUrl(appUrl, choice);
  return [
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(choice.title)}"`,
    `  width="100%" height="${Math.round(choice.height)}" style="border: 0" loading="lazy"></iframe>`,
    autoHeightScript(new URL(appUrl).origin),
  ].join('\n');
}

/** The element's attributes for a state: the URL's parameters, by the same names. */
export function elementAttributes(choice: EmbedChoice): [string, string][] {
  const params = new URLSearchParams(formatUrl(choice.snapshot, choice.data).slice(1));
  const out: [string, string][] = [...params.entries()];
  if (choice.timeline) out.push(['timeline', '1']);
  return out;
}

export function elementSnippet(scriptUrl: string, choice: EmbedChoice): string {
  const attributes = elementAttributes(choice)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return [
    `<script type="module" src="${escapeAttribute(scriptUrl)}"></script>`,
    `<movement-atlas${attributes} style="display: block; height: ${Math.round(choice.height)}px"></movement-atlas>`,
  ].join('\n');
}
