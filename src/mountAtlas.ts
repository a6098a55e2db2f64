/**
 * Mounts a Movement Atlas into an element. The page's own atlas (`page: true`) keeps the URL and
 * the document's title and language; any other atlas on the page keeps its own state and
 * touches neither. Each mount is independent: its own state, language, selection and cameras.
 *
 * Styles are the caller's: the page imports src/styles/page.ts; the `<movement-atlas>` element
 * carries them in its shadow root.
 */
import { mount, unmount } from 'svelte';
import App from './views/App.svelte';
import type { AtlasState } from './state/atlasState.svelte.ts';
import type { DataSource, EmbedOptions } from './embed/options.ts';

export interface AtlasMountOptions {
  /** The dataset: a file's URL, or its text. */
  data: DataSource;
  /** The page's own atlas: follows and writes the URL, names the document. */
  page?: boolean;
  /** Initial state as URL parameters (`view=map&network=iberocoop`), for atlases not `page`. */
  params?: string;
  /** Embedded in another site: compact, no header or filter panel, a link to the full app. */
  embed?: EmbedOptions | null;
  /** Languages to follow when none is chosen (the host page's, then the browser's). */
  preferredLanguages?: () => readonly string[];
}

export interface MountedAtlas {
  /** This atlas's state: read it, or drive it with its methods (`select`, `apply`, ...). */
  readonly state: AtlasState;
  destroy(): void;
}

export function mountAtlas(
  target: HTMLElement | ShadowRoot,
  options: AtlasMountOptions,
): MountedAtlas {
  let state: AtlasState | undefined;
  const app = mount(App, {
    target,
    props: {
      data: options.data,
      page: options.page ?? false,
      params: options.params ?? '',
      embed: options.embed ?? null,
      ...(options.preferredLanguages ? { preferredLanguages: options.preferredLanguages } : {}),
      onstate: (s: AtlasState) => (state = s),
    },
  });
  if (!state) throw new Error('mountAtlas: the atlas did not report its state');
  const created = state;
  return {
    state: created,
    destroy: () => void unmount(app),
  };
}
