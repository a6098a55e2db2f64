/**
 * The words drawn into pictures and written into files: the title line (the filters in words,
 * then the filter panel's own summary of what is shown), the data-as-of line and the credit,
 * from the dataset's `meta` block. Pure: the i18n layer is passed in. Names and texts from the
 * data come cleaned for drawing and isolated (src/model/text.ts `isolate`): the lines are ready
 * to draw as they are.
 */
import type { Atlas } from '../model/atlas.ts';
import { FACET_DEFINITIONS, FACETS, type Facet } from '../model/facets.ts';
import type { FilterResult } from '../model/filters.ts';
import type { Snapshot } from '../model/snapshot.ts';
import type { DatasetMeta } from '../model/schema.ts';
import { isolate } from '../model/text.ts';

/** What the words need from the i18n layer (the I18n class fits). */
export interface Words {
  t(key: string, ...params: (string | number)[]): string;
  countryName(code: string): string;
  languageName(code: string): string;
  year(y: number): string;
  date(date: string): string;
  list(items: readonly string[], type?: 'conjunction' | 'disjunction' | 'unit'): string;
}

/** A record's name, or a language's (`language:es`), or the id itself when unknown. */
export function nameOf(atlas: Atlas, id: string, w: Words): string {
  if (id.startsWith('language:')) return w.languageName(id.slice('language:'.length));
  const record = atlas.byId.get(id)?.record;
  if (record && 'name' in record) return record.name;
  if (record && 'title' in record) return record.title;
  return id;
}

/** A facet value as the filter panel names it. */
export function facetValueName(atlas: Atlas, facet: Facet, value: string, w: Words): string {
  switch (FACET_DEFINITIONS[facet].label) {
    case 'message':
      return w.t(`filter-${facet}-${value}`);
    case 'country':
      return w.countryName(value);
    case 'language':
      return w.languageName(value);
    case 'record':
      return isolate(nameOf(atlas, value, w));
  }
}

/**
 * The filters in words, one clause per facet and for the years, the selection and "sourced":
 * "Network: Iberocoop · Years: 2014 · Selected: Wikimedia Argentina". Empty without any.
 */
export function filterClauses(atlas: Atlas, snapshot: Snapshot, w: Words): string[] {
  const clauses: string[] = [];
  const f = snapshot.filters;
  for (const facet of FACETS) {
    if (f[facet].length === 0) continue;
    const names = f[facet].map((v) => facetValueName(atlas, facet, v, w));
    clauses.push(w.t('export-clause', w.t(`filter-facet-${facet}`), w.list(names, 'disjunction')));
  }
  if (f.from !== null || f.to !== null) {
    const years =
      f.from !== null && f.to !== null
        ? f.from === f.to
          ? w.year(f.from)
          : w.t('export-years-range', w.year(f.from), w.year(f.to))
        : f.from !== null
          ? w.t('export-years-from', w.year(f.from))
          : w.t('export-years-to', w.year(f.to!));
    clauses.push(w.t('export-clause', w.t('filter-years'), years));
  }
  if (f.sourcedOnly) clauses.push(w.t('filter-sourced-only'));
  if (snapshot.focus) {
    clauses.push(w.t('export-selected', isolate(nameOf(atlas, snapshot.focus, w))));
  }
  return clauses;
}

/** The title line: the filters in words, then what is shown ("12 organizations, 3 meetups shown"). */
export function titleLine(
  atlas: Atlas,
  snapshot: Snapshot,
  result: FilterResult,
  w: Words,
): string {
  const summary = w.t('filter-summary', result.organizations.length, result.meetups.length);
  const clauses = filterClauses(atlas, snapshot, w);
  return [...(clauses.length ? clauses : [w.t('export-no-filters')]), summary].join(' · ');
}

/** The heading: the dataset's title, or the app's name. */
export function headingOf(meta: DatasetMeta | undefined, w: Words): string {
  return meta?.title ?? w.t('app-title');
}

/**
 * The lines about the data: "Data as of 30 November 2026 · Licence: CC-BY-SA-4.0 (url)", then
 * "Credit: ... (url)". Links are written out: a picture cannot be clicked. Empty without meta.
 * What comes from the data is isolated (U+2068 ... U+2069), each with its link, so that in a
 * right-to-left line an English credit keeps its full stop and its brackets where they belong.
 */
export function creditLines(meta: DatasetMeta | undefined, w: Words): string[] {
  if (!meta) return [];
  const withLink = (text: string, url: string | undefined) =>
    isolate(url ? `${text} (${url})` : text);
  const licence = `${w.t('about-licence')} ${withLink(meta.licence.name, meta.licence.url)}`;
  const credit = `${w.t('about-attribution')} ${withLink(meta.attribution, meta.attributionUrl)}`;
  return [`${w.t('about-data-as-of', w.date(meta.dataAsOf))} · ${licence}`, credit];
}
