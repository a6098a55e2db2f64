/**
 * Which networks cover which countries, for the shading of member countries. A country is in a
 * network when one of the network's members (listed or inferred) is based there or works there.
 */
import type { Atlas } from '../model/atlas.ts';
import { networkColour } from './palette.ts';

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
 * members count only when `former` is on; hidden members (filters) never count.
 */
export function countryNetworks(
  atlas: Atlas,
  visibleIds: ReadonlySet<string> | null,
  former: boolean,
): Map<string, string[]> {
  const visible = (id: string) => visibleIds === null || visibleIds.has(id);
  const out = new Map<string, string[]>();
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
  }
  return out;
}
