/**
 * How much the dataset records about a set of organizations (a network's members), so the app
 * can say where data is thin next to the answer: "programs recorded for 2 of 31 members".
 * Pure.
 */
import type { Organization } from './schema.ts';

export interface Coverage {
  total: number;
  /** Organizations with at least one program recorded. */
  programs: number;
  /** Organizations with a recognition date. */
  recognized: number;
  /** Organizations with a place on the map. */
  place: number;
}

export function coverageOf(organizations: readonly Organization[]): Coverage {
  let programs = 0;
  let recognized = 0;
  let place = 0;
  for (const o of organizations) {
    if (o.programs.length) programs++;
    if (o.recognized) recognized++;
    if (o.location) place++;
  }
  return { total: organizations.length, programs, recognized, place };
}

/** The facts recorded for fewer than all: what to say is thin, most missing first. */
export function thinFacts(
  c: Coverage,
): { fact: 'programs' | 'recognized' | 'place'; count: number }[] {
  return (['programs', 'recognized', 'place'] as const)
    .filter((fact) => c[fact] < c.total)
    .map((fact) => ({ fact, count: c[fact] }))
    .sort((a, b) => a.count - b.count);
}
