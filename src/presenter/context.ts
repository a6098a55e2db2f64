/** The presenter mode of one atlas, by context (an embed has none: no "Present" menu there). */
import { getContext, setContext } from 'svelte';
import type { PresenterMode } from './mode.svelte.ts';
import type { DraftTour } from './draft.svelte.ts';

const KEY = Symbol('presenter-mode');

export interface PresenterContext {
  mode: PresenterMode;
  draft: DraftTour;
}

export function setPresenterContext(context: PresenterContext): PresenterContext {
  return setContext(KEY, context);
}

export function getPresenterContext(): PresenterContext | undefined {
  return getContext<PresenterContext | undefined>(KEY);
}
