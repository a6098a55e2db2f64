/**
 * The normalized model: a validated dataset with its ids resolved and its indexes built once
 * at load. Views read from here instead of scanning arrays.
 */
import type {
  Collaboration,
  Dataset,
  Meetup,
  Network,
  Organization,
  Program,
  Source,
} from './schema.ts';
import { runSteps } from './steps.ts';
import { GENERAL_KNOWLEDGE_SOURCE } from './vocabulary.ts';

export type EntityKind =
  'organization' | 'network' | 'meetup' | 'program' | 'collaboration' | 'source';

export type Entity =
  | { kind: 'organization'; record: Organization }
  | { kind: 'network'; record: Network }
  | { kind: 'meetup'; record: Meetup }
  | { kind: 'program'; record: Program }
  | { kind: 'collaboration'; record: Collaboration }
  | { kind: 'source'; record: Source };

export interface Atlas {
  readonly dataset: Dataset;
  /** Every record by its id (ids are unique across the whole dataset). */
  readonly byId: ReadonlyMap<string, Entity>;
  /** Networks that list the organization as a member (`inferred` when only by region/language). */
  readonly networksOf: ReadonlyMap<string, readonly { network: Network; inferred: boolean }[]>;
  readonly meetupsOrganizedBy: ReadonlyMap<string, readonly Meetup[]>;
  readonly meetupsAttendedBy: ReadonlyMap<string, readonly Meetup[]>;
  readonly meetupsOfNetwork: ReadonlyMap<string, readonly Meetup[]>;
  readonly collaborationsOf: ReadonlyMap<string, readonly Collaboration[]>;
  /** Every language code used anywhere, sorted. */
  readonly languages: readonly string[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds the indexes of a dataset that has passed validation (references resolve). */
export function buildAtlas(dataset: Dataset): Atlas {
  return runSteps(atlasSteps(dataset));
}

/** Records (or references) indexed between two pauses: a few milliseconds of work. */
const STEP = 4000;

/**
 * `buildAtlas` as steps (model/steps.ts): the page builds a large file's indexes a slice per
 * task (at 20,000 organizations, all at once was a task of 30-50 ms).
 */
export function* atlasSteps(dataset: Dataset): Generator<void, Atlas> {
  let done = 0;
  /** True when a pause is due (every STEP records or references). */
  const due = (count = 1): boolean => {
    done += count;
    if (done < STEP) return false;
    done = 0;
    return true;
  };
  const byId = new Map<string, Entity>();
  const lists = [
    ['organization', dataset.organizations],
    ['network', dataset.networks],
    ['meetup', dataset.meetups],
    ['program', dataset.programs],
    ['collaboration', dataset.collaborations],
    ['source', dataset.sources],
  ] as const;
  for (const [kind, records] of lists) {
    for (const record of records) {
      byId.set(record.id, { kind, record } as Entity);
      if (due()) yield;
    }
  }

  const networksOf = new Map<string, { network: Network; inferred: boolean }[]>();
  const meetupsOfNetwork = new Map<string, Meetup[]>();
  for (const network of dataset.networks) {
    for (const id of network.members) push(networksOf, id, { network, inferred: false });
    const members = new Set(network.members);
    for (const id of network.inferredMembers ?? []) {
      if (!members.has(id)) push(networksOf, id, { network, inferred: true });
    }
    if (due(network.members.length + (network.inferredMembers?.length ?? 0))) yield;
  }
  const meetupsOrganizedBy = new Map<string, Meetup[]>();
  const meetupsAttendedBy = new Map<string, Meetup[]>();
  for (const meetup of dataset.meetups) {
    for (const id of meetup.organizers) push(meetupsOrganizedBy, id, meetup);
    for (const id of meetup.participants) push(meetupsAttendedBy, id, meetup);
    for (const id of meetup.networks) push(meetupsOfNetwork, id, meetup);
    if (due(1 + meetup.organizers.length + meetup.participants.length)) yield;
  }
  const collaborationsOf = new Map<string, Collaboration[]>();
  for (const collaboration of dataset.collaborations) {
    for (const id of collaboration.organizations) push(collaborationsOf, id, collaboration);
    if (due(collaboration.organizations.length)) yield;
  }
  const languages = new Set<string>();
  for (const r of [...dataset.organizations, ...dataset.networks]) {
    for (const l of r.languages) languages.add(l);
    if (due()) yield;
  }
  return {
    dataset,
    byId,
    networksOf,
    meetupsOrganizedBy,
    meetupsAttendedBy,
    meetupsOfNetwork,
    collaborationsOf,
    languages: [...languages].sort(),
  };
}

/** A record counts as sourced when it cites at least one source other than general knowledge. */
export function isSourced(record: { sources?: readonly string[] }): boolean {
  return (record.sources ?? []).some((id) => id !== GENERAL_KNOWLEDGE_SOURCE);
}
