/**
 * The atlas state travels by Svelte context, never as a module variable: two atlases mounted on
 * one page each find their own.
 */
import { getContext, setContext } from 'svelte';
import type { AtlasState } from './atlasState.svelte.ts';

const KEY = Symbol('atlas-state');

export function setAtlasState(state: AtlasState): AtlasState {
  return setContext(KEY, state);
}

export function getAtlasState(): AtlasState {
  const state = getContext<AtlasState | undefined>(KEY);
  if (!state) throw new Error('getAtlasState() called outside an <App>: no AtlasState in context');
  return state;
}

/** The atlas state, or null outside an atlas (a view rendered alone, in a unit test). */
export function findAtlasState(): AtlasState | null {
  return getContext<AtlasState | undefined>(KEY) ?? null;
}

const LANDMARKS = Symbol('atlas-landmarks');

/**
 * Whether this atlas marks its parts as page landmarks (main, navigation, complementary,
 * regions). Only the page's own atlas does: an atlas among others on a page is one part of that
 * page, and two atlases' landmarks would repeat each other. Others mark their parts as groups.
 */
export function setLandmarks(on: boolean): void {
  setContext(LANDMARKS, on);
}

export function useLandmarks(): boolean {
  return getContext<boolean | undefined>(LANDMARKS) ?? true;
}

/** The role for a part that is a landmark only in the page's own atlas: a group elsewhere. */
export function useGroupRole(): 'group' | undefined {
  return useLandmarks() ? undefined : 'group';
}

const EMBEDDED = Symbol('atlas-embedded');

/**
 * Whether this atlas is embedded in someone else's page (an iframe with `embed=1`, or the
 * `<movement-atlas>` element): its parts start compact (legends folded) and it has no header.
 */
export function setEmbedded(on: boolean): void {
  setContext(EMBEDDED, on);
}

export function useEmbedded(): boolean {
  return getContext<boolean | undefined>(EMBEDDED) ?? false;
}
