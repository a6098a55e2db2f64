/**
 * The atlas's indexes built a slice per task (src/model/atlas.ts `atlasSteps`, as the page does)
 * are the ones built at once, and a large file gets its pauses.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { atlasSteps, buildAtlas } from '../../src/model/atlas.ts';
import { runStepsInSlices } from '../../src/model/steps.ts';
import { synthesizeDataset } from '../../src/model/synthetic.ts';
import type { Dataset } from '../../src/model/schema.ts';

const inSlices = async (dataset: Dataset) => {
  let pauses = 0;
  // A pause at every yield (budget 0), as on a slow machine.
  const atlas = await runStepsInSlices(
    atlasSteps(dataset),
    async () => {
      pauses++;
    },
    0,
  );
  return { atlas, pauses };
};

describe('atlasSteps', () => {
  it('builds the built-in dataset as buildAtlas does', async () => {
    const dataset = JSON.parse(readFileSync('data/wikimedia.json', 'utf8')) as Dataset;
    const { atlas } = await inSlices(dataset);
    const once = buildAtlas(dataset);
    expect([...atlas.byId]).toEqual([...once.byId]);
    expect(atlas).toEqual(once);
  });

  it('pauses often on a large file, with the same indexes', async () => {
    const dataset = synthesizeDataset(20_000, 11);
    const { atlas, pauses } = await inSlices(dataset);
    // 20,000 organizations alone are five slices.
    expect(pauses).toBeGreaterThan(5);
    const once = buildAtlas(dataset);
    for (const key of [
      'networksOf',
      'meetupsOrganizedBy',
      'meetupsAttendedBy',
      'meetupsOfNetwork',
      'collaborationsOf',
    ] as const) {
      expect([...atlas[key]]).toEqual([...once[key]]);
    }
    expect(atlas.languages).toEqual(once.languages);
  });
});
