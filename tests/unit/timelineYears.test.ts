/**
 * What the timeline and the filter panel read of an atlas, computed ahead a slice per task
 * (src/components/timeline/years.ts `prepareYears`, facetOptions.ts `prepareFacetUniverse`), is
 * what they would compute at once.
 */
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../src/model/atlas.ts';
import { applyFilters, NO_FILTERS } from '../../src/model/filters.ts';
import { facetUniverse } from '../../src/model/facets.ts';
import { synthesizeDataset } from '../../src/model/synthetic.ts';
import {
  meetupMarks,
  meetupMarksOf,
  prepareYears,
  recognitionsByYear,
  recognitionsOf,
  recognitionsShown,
  yearBounds,
} from '../../src/components/timeline/years.ts';
import {
  facetUniverseOf,
  prepareFacetUniverse,
} from '../../src/components/filters/facetOptions.ts';
import { preparePanels } from '../../src/components/panelsAhead.ts';

const dataset = synthesizeDataset(11_000, 8);

describe('prepareYears', () => {
  it('pauses on a large file and gives what is computed at once', async () => {
    const atlas = buildAtlas(dataset);
    let pauses = 0;
    await prepareYears(
      atlas,
      async () => {
        pauses++;
      },
      0,
    );
    // 11,000 organizations are eleven steps, then the recognitions and the meetups.
    expect(pauses).toBeGreaterThanOrEqual(11);
    const fresh = buildAtlas(dataset);
    expect(yearBounds(atlas, 2025)).toEqual(yearBounds(fresh, 2025));
    expect(meetupMarksOf(atlas, 7)).toEqual(meetupMarks(dataset.meetups, 7));
    expect([...recognitionsOf(atlas)]).toEqual([...recognitionsByYear(dataset.organizations)]);
  });

  it('counts the shown organizations, all of them from what was computed once', () => {
    const atlas = buildAtlas(dataset);
    const all = applyFilters(atlas, NO_FILTERS).organizations;
    expect(recognitionsShown(atlas, all)).toBe(recognitionsOf(atlas));
    const some = applyFilters(atlas, { ...NO_FILTERS, kind: ['chapter'] }).organizations;
    expect(some.length).toBeLessThan(all.length);
    expect([...recognitionsShown(atlas, some)]).toEqual([...recognitionsByYear(some)]);
  });
});

describe('prepareFacetUniverse', () => {
  it('gives a facet per slice what facetUniverse gives at once', async () => {
    const atlas = buildAtlas(dataset);
    let pauses = 0;
    await prepareFacetUniverse(
      atlas,
      async () => {
        pauses++;
      },
      0,
    );
    expect(pauses).toBe(7);
    expect(facetUniverseOf(atlas)).toEqual(facetUniverse(atlas));
  });

  it('is computed once per atlas, with preparePanels too', async () => {
    const atlas = buildAtlas(dataset);
    await preparePanels(atlas, async () => {});
    expect(facetUniverseOf(atlas)).toBe(facetUniverseOf(atlas));
    expect(facetUniverseOf(atlas)).toEqual(facetUniverse(atlas));
  });
});
