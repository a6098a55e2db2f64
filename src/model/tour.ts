/**
 * Tours: what a step shows, read with the same URL parser as links (urlState.ts), so a step is a
 * snapshot written the way a link writes it; the links in a step's body; and the records a step
 * is about. Pure: the validator, the presenter and the authoring draft share it.
 *
 * A step's body is plain text. `[[record-id]]` or `[[record-id|shown text]]` links a record; the
 * presenter shows it as a button that selects the record. Nothing else is markup.
 */
import type { Tour, TourStep } from './schema.ts';
import { STEP_PARAMS, type StepParam } from './vocabulary.ts';
import type { Snapshot } from './snapshot.ts';
import { formatUrl, parseUrl, type ParsedUrl } from './urlState.ts';

export type StepState = Partial<Record<StepParam, string>>;

/** A step's state as URL parameters (`view=map&focus=iberocoop`), in the order of STEP_PARAMS. */
export function stepSearch(state: StepState): string {
  const params = new URLSearchParams();
  for (const p of STEP_PARAMS) {
    const v = state[p];
    if (v !== undefined) params.set(p, v);
  }
  return params.toString();
}

/** The snapshot a step shows (language left as the audience has it), with the parser's notices. */
export function stepSnapshot(state: StepState): ParsedUrl {
  return parseUrl(stepSearch(state));
}

/** A snapshot as a step's state: the parameters of its link, without language and dataset. */
export function snapshotState(snapshot: Snapshot): StepState {
  const params = new URLSearchParams(formatUrl({ ...snapshot, lang: null }));
  const state: StepState = {};
  for (const p of STEP_PARAMS) {
    const v = params.get(p);
    if (v !== null) state[p] = v;
  }
  return state;
}

export type BodyPart = { text: string } | { id: string; label: string | null };

const LINK = /\[\[([^[\]|]*)(?:\|([^[\]]*))?\]\]/g;

/** A paragraph cut into text and record links. */
export function bodyParts(paragraph: string): BodyPart[] {
  const parts: BodyPart[] = [];
  let last = 0;
  for (const m of paragraph.matchAll(LINK)) {
    if (m.index > last) parts.push({ text: paragraph.slice(last, m.index) });
    const label = m[2]?.trim();
    parts.push({ id: m[1]!.trim(), label: label ? label : null });
    last = m.index + m[0].length;
  }
  if (last < paragraph.length) parts.push({ text: paragraph.slice(last) });
  return parts;
}

/** The record ids a paragraph links, in order. */
export function bodyLinks(paragraph: string): string[] {
  return bodyParts(paragraph).flatMap((p) => ('id' in p ? [p.id] : []));
}

/** The records a step is about: its `records`, else its focus (a record or a language). */
export function stepRecords(step: Pick<TourStep, 'records' | 'state'>): string[] {
  if (step.records && step.records.length > 0) return [...step.records];
  return step.state.focus ? [step.state.focus] : [];
}

/** The tour with this id, or undefined. */
export function findTour(tours: readonly Tour[] | undefined, id: string): Tour | undefined {
  return tours?.find((t) => t.id === id);
}

/**
 * The step index (0-based) for a `step` parameter (1-based, as people count), clamped to the
 * tour; anything else is the first step.
 */
export function stepIndex(param: string | null, count: number): number {
  const n = param !== null && /^\d{1,4}$/.test(param) ? Number(param) : 1;
  return Math.min(Math.max(n, 1), Math.max(count, 1)) - 1;
}

/** The title of a tour in a language, falling back to its own title. */
export function tourTitle(tour: Pick<Tour, 'title' | 'names'>, locale: string): string {
  return tour.names?.[locale] ?? tour.title;
}
