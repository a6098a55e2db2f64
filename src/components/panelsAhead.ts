/**
 * What the filter panel and the timeline read of an atlas when they mount, computed ahead a
 * slice per task (the page calls this between loading them and mounting them): at 20,000
 * organizations each pass was tens of milliseconds of their mounts' task.
 */
import type { Atlas } from '../model/atlas.ts';
import { prepareFacetUniverse } from './filters/facetOptions.ts';
import { prepareYears } from './timeline/years.ts';

export async function preparePanels(atlas: Atlas, between: () => Promise<void>): Promise<void> {
  await prepareFacetUniverse(atlas, between);
  await between();
  await prepareYears(atlas, between);
}
