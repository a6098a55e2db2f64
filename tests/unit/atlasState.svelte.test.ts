// @vitest-environment jsdom
/**
 * The atlas state: the pipeline from dataset to visible ids, intentions, snapshot/apply round
 * trips (property-based), corrections of unknown ids, the URL adapter's history writes, and two
 * independent instances.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { I18n, UI_LANGUAGES } from '../../src/i18n/i18n.svelte.ts';
import { AtlasState } from '../../src/state/atlasState.svelte.ts';
import { UrlSync } from '../../src/state/urlSync.svelte.ts';
import { facetUniverse } from '../../src/model/facets.ts';
import { DEFAULT_SNAPSHOT, type Snapshot } from '../../src/model/snapshot.ts';
import { snapshotArbitrary, snapshotsOf } from './helpers/snapshots.ts';

const SMALL = readFileSync('tests/fixtures/small.json', 'utf8');

function newState(languages: readonly string[] = ['en-US']): AtlasState {
  return new AtlasState({ i18n: new I18n('en'), preferredLanguages: () => languages });
}

function loaded(): AtlasState {
  const state = newState();
  state.loadText(SMALL, 'small.json');
  return state;
}

/** Snapshots whose every value this dataset knows (no correction applies). */
function knownSnapshot(state: AtlasState): fc.Arbitrary<Snapshot> {
  const universe = facetUniverse(state.atlas!);
  const ids = [...state.atlas!.byId.values()]
    .filter((e) => e.kind !== 'source')
    .map((e) => e.record.id);
  return snapshotsOf({
    focus: fc.constantFrom(...ids, 'language:es'),
    facetValue: (facet) => fc.constantFrom(...universe[facet]),
    year: fc.integer({ min: 2000, max: 2030 }),
    lang: fc.constantFrom(...UI_LANGUAGES),
    queryLength: 30,
  });
}

describe('the pipeline', () => {
  it('goes from the dataset file to what the views show', () => {
    const state = loaded();
    expect(state.status).toBe('ready');
    expect(state.relations?.nodes.length).toBeGreaterThan(7);
    expect(state.visibleIds).toBeNull();
    state.setFilter('country', ['UY']);
    expect(state.result?.organizations.map((o) => o.id)).toEqual([
      'wikimedistas-de-uruguay',
      'wikimedia-uruguay',
    ]);
    expect(state.visibleIds?.has('wikimedia-argentina')).toBe(false);
    state.select('iberocoop');
    expect(state.highlightIds.has('wikimedia-argentina')).toBe(true);
    state.clearFilters();
    expect(state.visibleIds).toBeNull();
    expect(state.selectedId).toBe('iberocoop');
  });

  it('toggles facet values and keeps each once', () => {
    const state = loaded();
    state.toggleFilter('kind', 'chapter');
    state.toggleFilter('kind', 'user_group');
    state.toggleFilter('kind', 'chapter');
    expect(state.filters.kind).toEqual(['user_group']);
    state.setFilter('kind', ['chapter', 'chapter']);
    expect(state.filters.kind).toEqual(['chapter']);
  });

  it('refuses a broken file and keeps its errors', () => {
    const state = newState();
    state.loadText('{"organizations": [', 'broken.json');
    expect(state.status).toBe('invalid');
    expect(state.errors.length).toBeGreaterThan(0);
    expect(state.atlas).toBeNull();
  });
});

describe('snapshot and apply', () => {
  it('apply(snapshot()) changes nothing, for 300 generated states', () => {
    fc.assert(
      fc.property(snapshotArbitrary, (generated) => {
        const state = newState();
        state.apply(generated);
        const before = state.snapshot();
        state.apply(state.snapshot());
        expect(state.snapshot()).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it('a snapshot applied is the snapshot read back, with a dataset loaded', () => {
    const state = loaded();
    fc.assert(
      fc.property(knownSnapshot(state), (snapshot) => {
        state.apply(snapshot);
        expect(state.snapshot()).toEqual(snapshot);
        expect(state.notices).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('is plain JSON and shares nothing with the state', () => {
    const state = loaded();
    state.setFilter('network', ['iberocoop']);
    const snapshot = state.snapshot();
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
    (snapshot.filters.network as string[]).push('changed');
    expect(state.filters.network).toEqual(['iberocoop']);
  });

  it('switches the UI language, and follows the browser when none is chosen', () => {
    const i18n = new I18n('en');
    const state = new AtlasState({ i18n, preferredLanguages: () => ['fr-CA', 'en'] });
    state.apply(DEFAULT_SNAPSHOT);
    expect(i18n.locale).toBe('fr');
    expect(state.language).toBeNull();
    state.apply({ ...DEFAULT_SNAPSHOT, lang: 'ar' });
    expect(i18n.locale).toBe('ar');
    state.apply({ ...DEFAULT_SNAPSHOT, lang: 'xx' });
    expect(i18n.locale).toBe('fr');
    expect(state.notices).toEqual([{ param: 'lang', value: 'xx', reason: 'url-invalid-value' }]);
  });

  it('takes a tag that names a UI language another way, and keeps the UI language in links', () => {
    const i18n = new I18n('en');
    const state = new AtlasState({ i18n, preferredLanguages: () => ['en'] });
    for (const [tag, locale] of [
      ['pt', 'pt-br'],
      ['pt-BR', 'pt-br'],
      ['de-AT', 'de'],
      ['uk', 'uk'],
      ['id', 'id'],
    ]) {
      state.apply({ ...DEFAULT_SNAPSHOT, lang: tag! });
      expect(i18n.locale).toBe(locale);
      expect(state.snapshot().lang).toBe(locale);
      expect(state.notices).toEqual([]);
    }
  });
});

describe('corrections', () => {
  it('drops ids the dataset does not know, with a notice for each', () => {
    const state = newState();
    state.apply({
      ...DEFAULT_SNAPSHOT,
      focus: 'wikimedia-atlantis',
      filters: {
        ...DEFAULT_SNAPSHOT.filters,
        network: ['iberocoop', 'nowhere'],
        program: ['education', 'juggling'],
        kind: ['chapter', 'club'],
        country: ['UY', 'ZZ'],
      },
    });
    // Not loaded yet: nothing can be judged.
    expect(state.selectedId).toBe('wikimedia-atlantis');
    state.loadText(SMALL, 'small.json');
    expect(state.selectedId).toBeNull();
    expect(state.filters.network).toEqual(['iberocoop']);
    expect(state.filters.program).toEqual(['education']);
    expect(state.filters.kind).toEqual(['chapter']);
    expect(state.filters.country).toEqual(['UY']);
    expect(state.notices.map((n) => `${n.param}=${n.value}`)).toEqual([
      'focus=wikimedia-atlantis',
      'kind=club',
      'network=nowhere',
      'country=ZZ',
      'program=juggling',
    ]);
    expect(state.takeHistoryIntent()).toBe('push');
  });

  it('knows languages and records, not sources, as selections', () => {
    const state = loaded();
    state.apply({ ...DEFAULT_SNAPSHOT, focus: 'language:es' });
    expect(state.selectedId).toBe('language:es');
    state.apply({ ...DEFAULT_SNAPSHOT, focus: 'language:tlh' });
    expect(state.selectedId).toBeNull();
    state.apply({ ...DEFAULT_SNAPSHOT, focus: 'general-knowledge' });
    expect(state.selectedId).toBeNull();
  });
});

/** Just enough of a window for the URL adapter: location, history, popstate. */
class FakeWindow {
  entries: string[];
  index = 0;
  listeners = new Set<() => void>();
  pushState = vi.fn((_: unknown, __: string, url: string) => {
    this.entries = [...this.entries.slice(0, this.index + 1), url];
    this.index++;
  });
  replaceState = vi.fn((_: unknown, __: string, url: string) => {
    this.entries[this.index] = url;
  });
  history = { pushState: this.pushState, replaceState: this.replaceState, state: null };
  navigator = { languages: ['en'] };

  constructor(search: string) {
    this.entries = [`/atlas/${search}`];
  }
  get location() {
    const url = new URL(this.entries[this.index]!, 'https://example.org');
    return { search: url.search, pathname: url.pathname, hash: url.hash, href: url.href };
  }
  addEventListener(_: string, f: () => void) {
    this.listeners.add(f);
  }
  removeEventListener(_: string, f: () => void) {
    this.listeners.delete(f);
  }
  back() {
    this.index--;
    for (const f of this.listeners) f();
  }
}

function synced(search: string) {
  const win = new FakeWindow(search);
  const state = newState();
  const sync = new UrlSync(state, win as unknown as Window);
  sync.read();
  const stop = sync.start();
  flushSync();
  return { win, state, stop };
}

describe('the URL adapter', () => {
  it('replaces, never pushes, when it corrects an unknown focus', () => {
    const { win, state, stop } = synced('?focus=no-such-id&view=map');
    state.loadText(SMALL, 'small.json');
    flushSync();
    // Once to write the parameters in canonical order, once for the correction.
    expect(win.pushState).not.toHaveBeenCalled();
    expect(win.replaceState).toHaveBeenCalledTimes(2);
    expect(win.entries).toEqual(['/atlas/?view=map']);
    expect(state.notices[0]).toMatchObject({ param: 'focus', value: 'no-such-id' });
    stop();
  });

  it('writes a canonical form of the URL by replacing it', () => {
    const { win, stop } = synced('?network=iberocoop&network=iberocoop&colour=red');
    expect(win.pushState).not.toHaveBeenCalled();
    expect(win.entries).toEqual(['/atlas/?network=iberocoop']);
    stop();
  });

  it('pushes a person’s steps, replaces while typing, and reads back/forward', () => {
    const { win, state, stop } = synced('');
    state.loadText(SMALL, 'small.json');
    state.select('wikimedia-argentina');
    flushSync();
    state.setSearch('uru');
    flushSync();
    state.setSearch('urug');
    flushSync();
    state.setView('graph');
    flushSync();
    expect(win.entries).toEqual([
      '/atlas/',
      '/atlas/?focus=wikimedia-argentina&q=urug',
      '/atlas/?view=graph&focus=wikimedia-argentina&q=urug',
    ]);
    win.back();
    flushSync();
    expect(state.view).toBe('split');
    expect(state.selectedId).toBe('wikimedia-argentina');
    // Reading the URL is not a step: nothing was pushed over the forward entry.
    expect(win.entries).toHaveLength(3);
    stop();
  });

  it('adds one history entry for timeline playback, not one per year', () => {
    const { win, state, stop } = synced('?view=map');
    for (const year of [2004, 2005, 2006, 2007]) {
      state.playYear(year);
      flushSync();
    }
    expect(win.entries).toEqual(['/atlas/?view=map', '/atlas/?view=map&from=2007&to=2007']);
    stop();
  });

  it('stops writing once stopped', () => {
    const { win, state, stop } = synced('');
    stop();
    state.setView('map');
    flushSync();
    expect(win.pushState).not.toHaveBeenCalled();
  });
});

describe('two atlases', () => {
  it('keep separate selections, filters and languages', () => {
    const a = loaded();
    const b = loaded();
    a.select('wikimedia-argentina');
    a.setFilter('network', ['iberocoop']);
    a.setLanguage('es');
    expect(b.selectedId).toBeNull();
    expect(b.filters.network).toEqual([]);
    expect(b.snapshot()).toEqual(DEFAULT_SNAPSHOT);
    b.setView('map');
    expect(a.view).toBe('split');
  });
});
