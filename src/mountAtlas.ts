/**
 * Mounts a Movement Atlas into an element. The page's own atlas (`page: true`) keeps the URL and
 * the document's title and language; any other atlas on the page keeps its own state and
 * touches neither. Each mount is independent: its own state, language, selection and cameras.
 */
import { mount, unmount } from 'svelte';
import '@wikimedia/codex-design-tokens/theme-wikimedia-ui.css';
import 'leaflet/dist/leaflet.css';
import './styles/global.css';
import App from './views/App.svelte';
import type { AtlasState } from './state/atlasState.svelte.ts';
import builtInDataUrl from '../data/wikimedia.json?url';

export interface AtlasMountOptions {
  /** Dataset file; the built-in Wikimedia dataset by default. */
  dataUrl?: string;
  /** How the dataset is named in messages. */
  dataLabel?: string;
  /** The page's own atlas: follows and writes the URL, names the document. */
  page?: boolean;
  /** Initial state as URL parameters (`view=map&network=iberocoop`), for atlases not `page`. */
  params?: string;
}

export interface MountedAtlas {
  /** This atlas's state: read it, or drive it with its methods (`select`, `apply`, ...). */
  readonly state: AtlasState;
  destroy(): void;
}

export function mountAtlas(target: HTMLElement, options: AtlasMountOptions = {}): MountedAtlas {
  let state: AtlasState | undefined;
  const app = mount(App, {
    target,
    props: {
      dataUrl: options.dataUrl ?? builtInDataUrl,
      dataLabel: options.dataLabel ?? (options.dataUrl ? options.dataUrl : 'data/wikimedia.json'),
      page: options.page ?? false,
      params: options.params ?? '',
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
