/**
 * The tour being authored in this browser: "Add this view as a step" collects snapshots into it;
 * titles, bodies and notes are edited, steps reordered and deleted, the tour previewed and
 * downloaded. It lives in local storage only (it survives a reload and is sent nowhere), and is
 * read back through the tour schema, so a damaged entry is dropped rather than trusted. The schema
 * (and its library) is loaded only when a draft is stored: the first load does not carry it.
 */
import type { Dataset, Tour, TourStep } from '../model/schema.ts';
import type { Snapshot } from '../model/snapshot.ts';
import { snapshotState } from '../model/tour.ts';
import { nextTask } from '../state/tasks.ts';

/** The id under which the draft is presented (`?tour=draft`). */
export const DRAFT_TOUR_ID = 'draft';
const KEY = 'movement-atlas:draft-tour';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The stored draft, if there is a valid one. */
export async function readDraft(): Promise<Tour | null> {
  const text = storage()?.getItem(KEY);
  if (!text) return null;
  try {
    const { Tour: TourSchema } = await import('../model/schema.ts');
    const parsed = TourSchema.safeParse(JSON.parse(text));
    return parsed.success ? { ...parsed.data, id: DRAFT_TOUR_ID } : null;
  } catch {
    return null;
  }
}

/** A slug of a title for the downloaded tour's id: `my-tour-of-iberocoop`. */
export function slugOf(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'my-tour';
}

/** Paragraphs of a text area: blank lines separate them. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * The dataset with the draft added to its tours (replacing a tour of the same id): a file the
 * validator accepts, ready to load with `?data=` or to merge into a dataset.
 */
export function datasetWithTour(dataset: Dataset, draft: Tour): Dataset {
  const id = slugOf(draft.title);
  const tour: Tour = { ...draft, id };
  return { ...dataset, tours: [...(dataset.tours ?? []).filter((t) => t.id !== id), tour] };
}

export class DraftTour {
  #tour = $state.raw<Tour | null>(null);
  /** Changed in this page: the stored draft, read late, must not replace the change. */
  #changed = false;
  /** Settles once the stored draft is read: wait for it before adding to the draft. */
  readonly ready: Promise<void>;

  constructor() {
    // Read a task later: the page's first use of local storage waits for the browser, and the
    // draft is constructed while the app mounts.
    this.ready = nextTask()
      .then(readDraft)
      .then((tour) => {
        if (!this.#changed) this.#tour = tour;
      });
  }

  get tour() {
    return this.#tour;
  }

  /** Adds the current view as the last step. */
  add(snapshot: Snapshot, title: string, tourTitle: string): void {
    const step: TourStep = { title, body: [], state: snapshotState(snapshot) };
    const tour = this.#tour ?? { id: DRAFT_TOUR_ID, title: tourTitle, steps: [] };
    this.#save({ ...tour, steps: [...tour.steps, step] });
  }

  setTitle(title: string): void {
    if (this.#tour && title.trim()) this.#save({ ...this.#tour, title: title.trim() });
  }

  update(index: number, patch: Partial<Pick<TourStep, 'title' | 'body' | 'notes'>>): void {
    const tour = this.#tour;
    const step = tour?.steps[index];
    if (!tour || !step) return;
    const next: TourStep = { ...step, ...patch };
    if (!next.title.trim()) next.title = step.title;
    if (next.notes?.length === 0) delete next.notes;
    this.#save({ ...tour, steps: tour.steps.map((s, i) => (i === index ? next : s)) });
  }

  /** Moves a step up (-1) or down (+1). */
  move(index: number, delta: -1 | 1): void {
    const tour = this.#tour;
    const to = index + delta;
    if (!tour || to < 0 || to >= tour.steps.length) return;
    const steps = [...tour.steps];
    [steps[index], steps[to]] = [steps[to]!, steps[index]!];
    this.#save({ ...tour, steps });
  }

  remove(index: number): void {
    const tour = this.#tour;
    if (!tour) return;
    const steps = tour.steps.filter((_, i) => i !== index);
    this.#save(steps.length ? { ...tour, steps } : null);
  }

  clear(): void {
    this.#save(null);
  }

  #save(tour: Tour | null): void {
    this.#changed = true;
    this.#tour = tour;
    const store = storage();
    try {
      if (tour) store?.setItem(KEY, JSON.stringify(tour));
      else store?.removeItem(KEY);
    } catch {
      // Storage full or refused: the draft lives on in this page.
    }
  }
}
