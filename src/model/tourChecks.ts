/**
 * Checks of the `tours` collection that need the whole dataset or the URL rules: unique tour ids,
 * step states the link parser accepts, and every record id a step names (focus, network and
 * program filters, `records`, `[[links]]` in the body) present in the dataset. Like the other
 * checks they read the raw JSON defensively and report into the Checker with exact paths.
 */
import { checkLanguageTag } from './bcp47.ts';
import { LANGUAGE_PREFIX } from './selection.ts';
import { stepSnapshot, bodyLinks, type StepState } from './tour.ts';
import { STEP_PARAMS, type Collection } from './vocabulary.ts';
import { A_RECORD_OF, checkMixedScripts, type Checker } from './validateChecks.ts';
import { msg } from './message.ts';
import { isObject, quote, type Path } from './validateMessages.ts';

type JsonObject = Record<string, unknown>;

/** Record collections a step may name (sources are not shown as such). */
const SHOWN: ReadonlySet<Collection> = new Set([
  'organizations',
  'networks',
  'meetups',
  'programs',
  'collaborations',
]);

function checkRecordId(c: Checker, path: Path, id: string, want?: Collection): void {
  if (id.startsWith(LANGUAGE_PREFIX) && want === undefined) {
    const tag = id.slice(LANGUAGE_PREFIX.length);
    const result = checkLanguageTag(tag);
    if (!result.ok) c.error(path, msg('validate-tag-problem', quote(tag), result.message));
    return;
  }
  const found = c.ids.get(id);
  const ok = found && (want ? found.collection === want : SHOWN.has(found.collection));
  if (ok) return;
  const what = msg(want ? A_RECORD_OF[want] : 'validate-a-record');
  if (found) {
    const is = msg(A_RECORD_OF[found.collection]);
    c.error(
      path,
      want
        ? msg('validate-wrong-kind', quote(id), is, what)
        : msg('validate-tour-not-shown', quote(id), is),
    );
    return;
  }
  const guess = c.keeping() ? c.suggest(id, want ?? 'organizations') : undefined;
  c.error(
    path,
    guess
      ? msg('validate-unknown-ref-suggest', quote(id), what, quote(guess))
      : msg('validate-unknown-ref', quote(id), what),
  );
}

function checkState(c: Checker, path: Path, state: JsonObject): void {
  const strings: StepState = {};
  for (const p of STEP_PARAMS) if (typeof state[p] === 'string') strings[p] = state[p];
  const { notices } = stepSnapshot(strings);
  for (const n of notices) {
    c.error([...path, n.param], msg('validate-step-value', quote(n.value), quote(n.param)));
  }
  if (strings.focus) checkRecordId(c, [...path, 'focus'], strings.focus.trim());
  for (const [param, want] of [
    ['network', 'networks'],
    ['program', 'programs'],
  ] as const) {
    const value = strings[param];
    if (!value) continue;
    for (const id of value.split(',').map((v) => v.trim())) {
      if (id) checkRecordId(c, [...path, param], id, want);
    }
  }
}

function checkStep(c: Checker, path: Path, step: JsonObject): void {
  const state = step.state;
  if (isObject(state)) checkState(c, [...path, 'state'], state);
  const records = step.records;
  if (Array.isArray(records)) {
    records.forEach((id, k) => {
      if (typeof id === 'string') checkRecordId(c, [...path, 'records', k], id);
    });
    c.listedTwice(path, 'records', records);
  }
  for (const field of ['body', 'notes']) {
    const paragraphs = step[field];
    if (!Array.isArray(paragraphs)) continue;
    paragraphs.forEach((text, k) => {
      if (typeof text !== 'string') return;
      checkMixedScripts(c, [...path, field, k], text);
      if (field === 'body') {
        for (const id of bodyLinks(text)) checkRecordId(c, [...path, field, k], id);
      }
    });
  }
  checkMixedScripts(c, [...path, 'title'], step.title);
}

/** Every check of the dataset's tours, into `c.out`. */
export function checkTours(c: Checker): void {
  const tours = c.root.tours;
  if (!Array.isArray(tours)) return;
  const seen = new Map<string, number>();
  tours.forEach((tour, i) => {
    if (!isObject(tour)) return;
    const path: Path = ['tours', i];
    if (typeof tour.id === 'string') {
      const first = seen.get(tour.id);
      if (first === undefined) seen.set(tour.id, i);
      else c.error([...path, 'id'], msg('validate-id-used', quote(tour.id), `tours[${first}]`));
    }
    if (typeof tour.language === 'string' && tour.language.length >= 2) {
      const result = checkLanguageTag(tour.language);
      if (!result.ok) {
        c.error(
          [...path, 'language'],
          msg('validate-tag-problem', quote(tour.language), result.message),
        );
      }
    }
    checkMixedScripts(c, [...path, 'title'], tour.title);
    const steps = tour.steps;
    if (!Array.isArray(steps)) return;
    steps.forEach((step, j) => {
      if (isObject(step)) checkStep(c, [...path, 'steps', j], step);
    });
  });
}
