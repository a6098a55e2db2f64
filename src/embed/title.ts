/**
 * The title of an embedded atlas's document (what a screen reader announces for the iframe, and
 * the tab's title when opened alone): what it is scoped to, then the app's name.
 */
import type { I18n } from '../i18n/i18n.svelte.ts';
import type { AtlasState } from '../state/atlasState.svelte.ts';
import { entityLabel } from '../components/details/labels.ts';

export function embedTitle(i18n: I18n, state: AtlasState): string {
  const atlas = state.atlas;
  if (!atlas) return i18n.t('app-title');
  const networks = state.filters.network;
  const scope = state.selectedId ?? (networks.length === 1 ? networks[0]! : null);
  return scope
    ? i18n.t('embed-title-scoped', entityLabel(atlas, i18n, scope))
    : i18n.t('app-title');
}
