/**
 * `<movement-atlas>`: the atlas as a web component, for chapters' websites. Built by
 * `vite build --mode embed` into one self-contained ES module, dist/embed/movement-atlas.js
 * (workers, styles and the built-in dataset inside).
 *
 *   <script type="module" src="https://…/embed/movement-atlas.js"></script>
 *   <movement-atlas network="iberocoop" view="map" lang="es"></movement-atlas>
 *
 * - Attributes are the public URL parameters (view, focus, network, kind, country, language,
 *   program, from, to, lang, ...; see STATE_PARAMS) plus `timeline` ("1" shows it) and `data`.
 *   Changing one updates the atlas.
 * - Data: the `data` attribute (an http(s) URL the page can fetch, CORS applies), else the
 *   `dataset` property (an object), else an inline `<script type="application/json">` child, else
 *   the built-in Wikimedia dataset. Every one is validated as in the app; a refused file shows its errors.
 * - Events: `movement-atlas-select` (bubbles, composed) with `detail: { id }` when the selection
 *   changes (`id` null when cleared).
 * - Shadow DOM: the page's CSS does not reach in and the atlas's does not leak out. It never
 *   touches `history`, the page's URL, cookies or storage.
 */
import { mountAtlas, type MountedAtlas } from '../mountAtlas.ts';
import { parseUrl, STATE_PARAMS } from '../model/urlState.ts';
import builtInData from '../../data/wikimedia.json?raw';
import { elementStyleSheet } from './styles.ts';
import { watch } from './watch.svelte.ts';
import type { DataSource } from './options.ts';

/** Attributes that set the state (the URL's names), and those the element reads apart. */
const OBSERVED = [...STATE_PARAMS, 'timeline', 'data'];

export interface SelectDetail {
  id: string | null;
}

/** `data`: an http(s) URL, relative to the page; anything else is refused with a clear error. */
export function dataUrlOf(value: string, base: string): URL | string {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return `the data attribute "${value}" is not a URL`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `the data attribute "${value}" is not an http(s) URL`;
  return url;
}

/** The language of the page around an element: its nearest `lang`, else the document's. */
function hostLanguage(element: Element): string | null {
  const holder = element.closest('[lang]');
  const lang = holder?.getAttribute('lang') || element.ownerDocument.documentElement.lang;
  return lang || null;
}

export class MovementAtlasElement extends HTMLElement {
  static observedAttributes = OBSERVED;

  readonly #shadow: ShadowRoot;
  #mounted: MountedAtlas | null = null;
  #container: HTMLDivElement | null = null;
  #dataset: unknown = undefined;
  #stopEvents = (): void => {};
  /** Attribute changes arriving together are applied once. */
  #pending = false;

  constructor() {
    super();
    this.#shadow = this.attachShadow({ mode: 'open' });
    this.#shadow.adoptedStyleSheets = [elementStyleSheet()];
  }

  connectedCallback(): void {
    if (!this.#mounted) this.#mount();
  }

  disconnectedCallback(): void {
    // Moving the element in the page disconnects and reconnects it in one task: keep the atlas.
    queueMicrotask(() => {
      if (!this.isConnected) this.#unmount();
    });
  }

  attributeChangedCallback(name: string, before: string | null, after: string | null): void {
    if (!this.#mounted || before === after) return;
    if (name === 'data' || name === 'timeline') {
      this.#remount();
      return;
    }
    if (this.#pending) return;
    this.#pending = true;
    queueMicrotask(() => {
      this.#pending = false;
      const parsed = parseUrl(this.#params());
      this.#mounted?.state.apply(parsed.snapshot, parsed.notices);
    });
  }

  /** This atlas's state, for scripts that drive it (`select`, `apply`, `snapshot`). */
  get state(): MountedAtlas['state'] | null {
    return this.#mounted?.state ?? null;
  }

  #params(): string {
    const params = new URLSearchParams();
    for (const name of STATE_PARAMS) {
      const value = this.getAttribute(name);
      if (value !== null) params.set(name, value);
    }
    return params.toString();
  }

  /** The dataset: the `data` attribute, else the `dataset` property, else inline, else built in. */
  #source(): DataSource {
    const data = this.getAttribute('data');
    if (data !== null) {
      const url = dataUrlOf(data, this.ownerDocument.baseURI);
      return typeof url === 'string'
        ? { refused: url, label: 'data attribute' }
        : { url: url.href, label: url.href };
    }
    if (this.#dataset !== undefined)
      return { text: JSON.stringify(this.#dataset, null, 2), label: 'dataset property' };
    const inline = this.querySelector(':scope > script[type="application/json"]');
    if (inline) return { text: inline.textContent ?? '', label: 'inline data' };
    return { text: builtInData, label: 'data/wikimedia.json' };
  }

  /** The dataset set as an object from JavaScript (`element.dataset = {...}`), if any. */
  get atlasDataset(): unknown {
    return this.#dataset;
  }

  set atlasDataset(value: unknown) {
    this.#dataset = value;
    if (this.#mounted) this.#remount();
  }

  #mount(): void {
    const container = document.createElement('div');
    container.className = 'movement-atlas-root';
    this.#shadow.append(container);
    this.#container = container;
    const appUrl = new URL('../', import.meta.url).href;
    this.#mounted = mountAtlas(container, {
      data: this.#source(),
      params: this.#params(),
      embed: { timeline: this.getAttribute('timeline') === '1', appUrl },
      preferredLanguages: () => {
        const host = hostLanguage(this);
        return host ? [host, ...navigator.languages] : navigator.languages;
      },
    });
    this.#watchSelection(this.#mounted.state);
  }

  #watchSelection(state: MountedAtlas['state']): void {
    let last = state.selectedId;
    this.#stopEvents = watch(
      () => state.selectedId,
      (id) => {
        if (id === last) return;
        last = id;
        const detail: SelectDetail = { id };
        this.dispatchEvent(
          new CustomEvent<SelectDetail>('movement-atlas-select', {
            detail,
            bubbles: true,
            composed: true,
          }),
        );
      },
    );
  }

  #unmount(): void {
    this.#stopEvents();
    this.#mounted?.destroy();
    this.#mounted = null;
    this.#container?.remove();
    this.#container = null;
  }

  #remount(): void {
    this.#unmount();
    if (this.isConnected) this.#mount();
  }
}

/**
 * `element.dataset = {...}` gives the atlas its dataset. Reading `dataset` still gives the DOM's
 * map of `data-*` attributes (scripts and libraries rely on it); the object set is `atlasDataset`.
 */
const nativeDataset = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'dataset')?.get;
Object.defineProperty(MovementAtlasElement.prototype, 'dataset', {
  configurable: true,
  get(this: MovementAtlasElement) {
    return nativeDataset?.call(this);
  },
  set(this: MovementAtlasElement, value: unknown) {
    this.atlasDataset = value;
  },
});

if (!customElements.get('movement-atlas')) {
  customElements.define('movement-atlas', MovementAtlasElement);
}
