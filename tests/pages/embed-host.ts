/**
 * A chapter's page (test only): loads the built `<movement-atlas>` script — from this server, or
 * from the origin given as `?script-origin=` — and applies iframe embeds' preferred heights with
 * the few lines README's "Embed it" gives.
 */
export {};

const params = new URLSearchParams(window.location.search);
// `?no-workers`: a browser or policy where no worker can start at all.
if (params.has('no-workers')) Reflect.deleteProperty(window, 'Worker');
const origin = params.get('script-origin') ?? window.location.origin;
// The built element, as a chapter would load it; dist/ is served at the server's root.
const script = new URL('/embed/movement-atlas.js', origin).href;

const heights: number[] = [];
addEventListener('message', (event) => {
  if (event.origin !== window.location.origin) return;
  if (event.data?.type !== 'movement-atlas:resize') return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) {
      frame.style.height = `${event.data.height}px`;
      heights.push(event.data.height);
      frame.dataset.autoHeight = String(event.data.height);
    }
  }
});

const selections: { element: string; id: string | null }[] = [];
document.addEventListener('movement-atlas-select', (event) => {
  const detail = (event as CustomEvent<{ id: string | null }>).detail;
  selections.push({ element: (event.target as Element).id, id: detail.id });
  document.body.dataset.selections = JSON.stringify(selections);
});

import(/* @vite-ignore */ script).then(
  () => (document.body.dataset.elementLoaded = 'true'),
  (error: unknown) => {
    document.body.dataset.elementLoaded = `failed: ${String(error)}`;
  },
);
