/**
 * The filter result computed a slice per task (src/model/filters.ts `filterSteps`, as the page
 * computes the first view's) is the one computed at once, and the result kept per atlas and
 * filters object is the one every reader gets.
 */
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../src/model/atlas.ts';
import {
  applyFilters,
  filterResult,
  filterSteps,
  NO_FILTERS,
  prepareFilterResult,
  type Filters,
} from '../../src/model/filters.ts';
import { runStepsInSlices } from '../../src/model/steps.ts';
import { synthesizeDataset } from '../../src/model/synthetic.ts';
import { smallDataset } from './helpers/smallDataset.ts';

const large = buildAtlas(synthesizeDataset(12_000, 5));
const f = (over: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...over });

describe('filterSteps', () => {
  it.each<[string, Filters]>([
    ['no filters', NO_FILTERS],
    ['a year range with undated', f({ from: 2012, to: 2018, undated: true })],
    ['facets', f({ kind: ['user_group'], language: ['en', 'de'], sourcedOnly: true })],
    ['recognized in', f({ to: 2015, years: 'recognized' })],
  ])('gives in slices what applyFilters gives at once (%s)', async (_, filters) => {
    let pauses = 0;
    // A pause at every place for one (budget 0).
    const sliced = await runStepsInSlices(
      filterSteps(large, filters),
      async () => {
        pauses++;
      },
      0,
    );
    // 12,000 organizations are twelve steps, then the passes over the other records.
    expect(pauses).toBeGreaterThanOrEqual(12);
    const once = applyFilters(large, filters);
    expect(sliced.organizations).toEqual(once.organizations);
    expect(sliced.meetups).toEqual(once.meetups);
    expect([...sliced.visibleIds]).toEqual([...once.visibleIds]);
    expect([...sliced.counts].map(([k, v]) => [k, [...v]])).toEqual(
      [...once.counts].map(([k, v]) => [k, [...v]]),
    );
    expect(sliced.undated).toEqual(once.undated);
  });
});

describe('filterResult', () => {
  it('keeps one result per filters object', () => {
    const atlas = buildAtlas(smallDataset);
    const filters = f({ kind: ['chapter'] });
    const first = filterResult(atlas, filters);
    expect(filterResult(atlas, filters)).toBe(first);
    // Equal filters in a new object (a later choice) are computed again, to the same answer.
    const again = filterResult(atlas, { ...filters });
    expect(again).not.toBe(first);
    expect(again.organizations).toEqual(first.organizations);
  });

  it('keeps results per atlas, even for the shared "no filters" object', () => {
    const small = buildAtlas(smallDataset);
    expect(filterResult(small, NO_FILTERS).organizations).toHaveLength(5);
    expect(filterResult(large, NO_FILTERS).organizations).toHaveLength(12_000);
  });

  it('gives what was computed ahead, and ahead keeps what a reader computed first', async () => {
    const ahead = f({ from: 2010 });
    await prepareFilterResult(large, ahead, async () => {});
    const prepared = filterResult(large, ahead);
    expect(prepared.organizations).toEqual(applyFilters(large, ahead).organizations);

    const read = f({ to: 2020 });
    let now: ReturnType<typeof filterResult> | null = null;
    // The reader cannot wait: it computes at once between two slices.
    await prepareFilterResult(large, read, async () => {
      now ??= filterResult(large, read);
    });
    expect(now).not.toBeNull();
    expect(filterResult(large, read)).toBe(now);
  });
});
