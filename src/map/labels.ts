/** Words for what the map draws: list entries, tooltips and announcements. */
import type { I18n } from '../i18n/i18n.svelte.ts';
import type { MapPoint, PointKind } from './points.ts';

const KIND_KEYS: Readonly<Record<PointKind, string>> = {
  chapter: 'legend-kind-chapter',
  user_group: 'legend-kind-user-group',
  thematic_org: 'legend-kind-thematic',
  meetup: 'legend-kind-meetup',
};

export function kindName(i18n: I18n, kind: PointKind): string {
  return i18n.t(KIND_KEYS[kind]);
}

/**
 * One list format per language and type: making one costs far more than using it, and the
 * places list labels hundreds of places at once.
 */
const listFormats = new Map<string, Intl.ListFormat>();

function list(i18n: I18n, items: string[], type: 'conjunction' | 'unit' = 'unit'): string {
  const key = `${i18n.locale}|${type}`;
  let format = listFormats.get(key);
  if (!format)
    listFormats.set(key, (format = new Intl.ListFormat(i18n.locale, { style: 'narrow', type })));
  return format.format(items);
}

/**
 * "Wikimedia Argentina (chapter, Buenos Aires)", with the facts that change how it is drawn; a
 * local name is followed by the English one: "Wikimédia Canada (Wikimedia Canada, chapitre, …)".
 */
export function pointLabel(i18n: I18n, p: MapPoint): string {
  const facts = p.english ? [p.english, kindName(i18n, p.kind)] : [kindName(i18n, p.kind)];
  if (p.year !== undefined) facts.push(String(p.year));
  if (p.city) facts.push(p.city);
  if (p.approximate) facts.push(i18n.t('map-place-approximate'));
  if (p.kind !== 'meetup' && p.former) facts.push(i18n.t('map-place-former'));
  if (p.status === 'planned') facts.push(i18n.t('map-place-planned'));
  if (p.status === 'cancelled') facts.push(i18n.t('map-place-cancelled'));
  return i18n.t('map-place', p.name, list(i18n, facts));
}

const SHOWN_NAMES = 4;

/** "12 places: A, B, C, D and 8 more". */
export function clusterLabel(i18n: I18n, members: readonly MapPoint[]): string {
  const names = members.slice(0, SHOWN_NAMES).map((m) => m.name);
  const rest = members.length - names.length;
  if (rest > 0) names.push(i18n.t('map-place-more', i18n.number(rest)));
  return i18n.t('map-place-cluster', members.length, list(i18n, names, 'conjunction'));
}

export function placeLabel(
  i18n: I18n,
  item: { kind: 'point' | 'cluster'; members: readonly MapPoint[] },
): string {
  return item.kind === 'cluster'
    ? clusterLabel(i18n, item.members)
    : pointLabel(i18n, item.members[0]!);
}

export function networkList(i18n: I18n, names: string[]): string {
  return list(i18n, names, 'conjunction');
}
