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
