/**
 * The dataset cut down to what the filters leave, as a dataset of its own that the validator
 * accepts: the visible organizations, networks, meetups, programs and collaborations, every
 * reference pruned to records that survive, and only the sources still cited. The `meta` block
 * (title, data-as-of, licence, attribution) travels with it: reuse must keep the credit.
 * Record order is the dataset's; fields are kept as they are, except lists of references.
 * Pure.
 */
import type { Atlas } from '../model/atlas.ts';
import type { FilterResult } from '../model/filters.ts';
import type { Collaboration, Dataset, Meetup, Network, Organization } from '../model/schema.ts';

/** Keeps the ids of `list` that `keep` has; the list object itself when nothing goes. */
function prune(list: readonly string[], keep: ReadonlySet<string>): string[] {
  return list.filter((id) => keep.has(id));
}

export function datasetSubset(atlas: Atlas, result: FilterResult): Dataset {
  const d = atlas.dataset;
  const visible = result.visibleIds;
  const orgIds = new Set(result.organizations.map((o) => o.id));
  const programs = d.programs.filter((p) => visible.has(p.id));
  const programIds = new Set(programs.map((p) => p.id));
  const networkRecords = d.networks.filter((n) => visible.has(n.id));
  const networkIds = new Set(networkRecords.map((n) => n.id));

  const organizations: Organization[] = result.organizations.map((o) => ({
    ...o,
    programs: prune(o.programs, programIds),
  }));
  const networks: Network[] = networkRecords.map((n) => {
    const out: Network = { ...n, members: prune(n.members, orgIds) };
    if (n.inferredMembers) out.inferredMembers = prune(n.inferredMembers, orgIds);
    return out;
  });
  const meetups: Meetup[] = result.meetups.map((m) => ({
    ...m,
    organizers: prune(m.organizers, orgIds),
    participants: prune(m.participants, orgIds),
    networks: prune(m.networks, networkIds),
    programs: prune(m.programs, programIds),
  }));
  const collaborations: Collaboration[] = d.collaborations
    .filter((c) => visible.has(c.id))
    .map((c) => ({
      ...c,
      organizations: prune(c.organizations, orgIds),
      programs: prune(c.programs, programIds),
    }))
    // The filter shows a collaboration only with two visible partners; kept as a guard.
    .filter((c) => c.organizations.length >= 2);

  const cited = new Set<string>();
  for (const r of [...organizations, ...networks, ...meetups, ...programs, ...collaborations]) {
    for (const id of r.sources ?? []) cited.add(id);
  }
  const sources = d.sources.filter((s) => cited.has(s.id));

  const out: Dataset = {
    organizations,
    networks,
    meetups,
    programs,
    collaborations,
    sources,
  };
  // Key order as in the built-in file: header fields first.
  return {
    ...(d.$schema !== undefined ? { $schema: d.$schema } : {}),
    ...(d.meta !== undefined ? { meta: d.meta } : {}),
    ...(d.title !== undefined ? { title: d.title } : {}),
    ...(d.updated !== undefined ? { updated: d.updated } : {}),
    ...out,
  };
}

/** The subset as the text of a dataset file (two-space indented, final newline). */
export function subsetJson(atlas: Atlas, result: FilterResult): string {
  return `${JSON.stringify(datasetSubset(atlas, result), null, 2)}\n`;
}
