/**
 * A validated dataset travels from the validation worker to the page as JSON slices
 * (src/model/datasetParts.ts): put together again, it is the same dataset, record lists in
 * their order, and each slice stays small.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromParts, PART_CHARS, partTexts, toParts } from '../../src/model/datasetParts.ts';
import { synthesizeDataset } from '../../src/model/synthetic.ts';
import type { Dataset } from '../../src/model/schema.ts';

describe('dataset parts', () => {
  it('puts the built-in dataset together as it was', async () => {
    const dataset = JSON.parse(readFileSync('data/wikimedia.json', 'utf8')) as Dataset;
    const parts = toParts(dataset);
    const back = await fromParts(parts);
    expect(back).toEqual(dataset);
    expect(Object.keys(back)).toEqual(Object.keys(dataset));
  });

  it('cuts a large dataset into small slices, awaiting a pause before each', async () => {
    const dataset = synthesizeDataset(2000, 7);
    const parts = toParts(dataset);
    expect(parts.parts.length).toBeGreaterThan(3);
    for (const [key, text] of partTexts(parts)) {
      expect(Object.keys(dataset)).toContain(key);
      // A slice ends with the record that passed the size: at most one record over.
      expect(text.length).toBeLessThan(PART_CHARS + 20_000);
    }
    let pauses = 0;
    const back = await fromParts(parts, async () => {
      pauses++;
    });
    expect(pauses).toBe(parts.parts.length);
    expect(back).toEqual(JSON.parse(JSON.stringify(dataset)));
  });

  it('carries text beyond ASCII (names in any script) intact', async () => {
    const dataset = JSON.parse(readFileSync('data/wikimedia.json', 'utf8')) as Dataset;
    const named = {
      ...dataset,
      organizations: dataset.organizations.map((o, i) => ({
        ...o,
        name: `${o.name} ويكي ${'é'.repeat(i % 7)} 🌍`,
      })),
    };
    expect(await fromParts(toParts(named))).toEqual(named);
  });
});
