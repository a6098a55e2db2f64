/**
 * Which networks cover which countries, for the shading of member countries. A country is in a
 * network when one of the network's members (listed or inferred) is based there or works there.
 */
import type { Atlas } from '../model/atlas.ts';
import { networkColour } from './palette.ts';
import { runSteps, stepsCache } from '../model/steps.ts';

export interface NetworkStyle {
  id: string;
  name: string;
  /** Local names, by language (the legend shows the one in the UI language). */
  names?: Readonly<Record<string, string>>;
  colour: string;
}

/** Colour of every network, by dataset order (stable for one dataset). */
export function networkStyles(atlas: Atlas): NetworkStyle[] {
  return atlas.dataset.networks.map((n, i) => ({
    id: n.id,
    name: n.name,
    ...(n.names ? { names: n.names } : {}),
    colour: networkColour(i),
  }));
}

/**
 * Country code -> ids of the visible networks with a member there, in dataset order. Former
 * members count only when `former` is on; hidden members (filters) never count. Without
 * filters, it is computed once per atlas (and ahead, by `prepareCountryNetworks`); the map is
 * shared, not to be changed.
 */
export function countryNetworks(
  atlas: Atlas,
  visibleIds: ReadonlySet<string> | null,
  former: boolean,
): ReadonlyMap<string, readonly string[]> {
  if (visibleIds === null) return unfiltered[former ? 1 : 0]!.now(atlas);
  return runSteps(countryNetworkSteps(atlas, visibleIds, former));
}

/**
 * Computes `countryNetworks` without filters a slice per task (`between` starts the next): at
 * 20,000 organizations it is a pass over 15,000 memberships, 20-35 ms on a two-core machine.
 */
export function prepareCountryNetworks(
  atlas: Atlas,
  former: boolean,
  between: () => Promise<void>,
  budgetMs?: number,
): Promise<void> {
  return unfiltered[former ? 1 : 0]!.ahead(atlas, between, budgetMs);
}

/** Memberships looked at between two places where a slice may pause. */
const STEP = 500;

function* countryNetworkSteps(
  atlas: Atlas,
  visibleIds: ReadonlySet<string> | null,
  former: boolean,
): Generator<void, Map<string, string[]>> {
  const visible = (id: string) => visibleIds === null || visibleIds.has(id);
  const out = new Map<string, string[]>();
  let work = 0;
  for (const network of atlas.dataset.networks) {
    if (!visible(network.id)) continue;
    const countries = new Set<string>();
    for (const id of [...network.members, ...(network.inferredMembers ?? [])]) {
      const entity = atlas.byId.get(id);
      if (entity?.kind !== 'organization' || !visible(id)) continue;
      if (entity.record.status === 'former' && !former) continue;
      for (const c of entity.record.countries) countries.add(c);
    }
    for (const c of countries) {
      const list = out.get(c);
      if (list) list.push(network.id);
      else out.set(c, [network.id]);
    }
    work += 1 + network.members.length + (network.inferredMembers?.length ?? 0);
    if (work >= STEP) {
      work = 0;
      yield;
    }
  }
  return out;
}

/** Without filters: [former members left out, former members counted]. */
const unfiltered = [false, true].map((former) =>
  stepsCache((atlas: Atlas) => countryNetworkSteps(atlas, null, former)),
);
