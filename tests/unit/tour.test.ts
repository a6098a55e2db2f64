import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  bodyParts,
  snapshotState,
  stepIndex,
  stepRecords,
  stepSnapshot,
} from '../../src/model/tour.ts';
import { validateDataset, formatIssue } from '../../src/model/validate.ts';
import { formatUrl } from '../../src/model/urlState.ts';

const EMPTY = {
  organizations: [],
  networks: [],
  meetups: [],
  programs: [],
  collaborations: [],
  sources: [],
};

describe('tour steps', () => {
  it('reads a step state with the link parser', () => {
    const { snapshot, notices } = stepSnapshot({ view: 'map', network: 'iberocoop', from: '2015' });
    expect(notices).toEqual([]);
    expect(snapshot.view).toBe('map');
    expect(snapshot.filters.network).toEqual(['iberocoop']);
    expect(snapshot.filters.from).toBe(2015);
    expect(formatUrl(snapshot)).toBe('?view=map&network=iberocoop&from=2015');
  });

  it('round-trips a snapshot through a step state', () => {
    const { snapshot } = stepSnapshot({ view: 'graph', focus: 'language:es', edges: 'membership' });
    expect(stepSnapshot(snapshotState({ ...snapshot, lang: 'fr' })).snapshot).toEqual(snapshot);
  });

  it.each([
    ['plain text', [{ text: 'plain text' }]],
    ['see [[iberocoop]].', [{ text: 'see ' }, { id: 'iberocoop', label: null }, { text: '.' }]],
    ['[[a|Shown]]', [{ id: 'a', label: 'Shown' }]],
    ['[[ broken', [{ text: '[[ broken' }]],
  ])('cuts %j into text and links', (text, parts) => {
    expect(bodyParts(text)).toEqual(parts);
  });

  it('takes the step records, else the focus', () => {
    expect(stepRecords({ state: { focus: 'x' } })).toEqual(['x']);
    expect(stepRecords({ state: { focus: 'x' }, records: ['a', 'b'] })).toEqual(['a', 'b']);
    expect(stepRecords({ state: {} })).toEqual([]);
  });

  it.each([
    [null, 10, 0],
    ['4', 10, 3],
    ['0', 10, 0],
    ['99', 10, 9],
    ['x', 10, 0],
  ])('step parameter %j of %i steps is index %i', (param, count, index) => {
    expect(stepIndex(param, count)).toBe(index);
  });
});

describe('tours in the validator', () => {
  it('reports unknown ids and invalid values with their positions', () => {
    const text = JSON.stringify(
      {
        ...EMPTY,
        tours: [
          {
            id: 't',
            title: 'T',
            steps: [
              {
                title: 'S',
                body: ['see [[nope]]'],
                state: { view: 'maps', network: 'zz', colour: 'red' },
                records: ['a'],
              },
            ],
          },
          { id: 't', title: 'T', steps: [] },
        ],
      },
      null,
      1,
    );
    const result = validateDataset(text, 'f.json');
    const lines = result.errors.map(formatIssue);
    expect(lines).toEqual([
      expect.stringMatching(
        /^f\.json:\d+:\d+ tours\[0\]\.steps\[0\]\.body\[0\] "nope" is not a record/,
      ),
      expect.stringMatching(/tours\[0\]\.steps\[0\]\.state\.view "maps" is not a valid value/),
      expect.stringMatching(/tours\[0\]\.steps\[0\]\.state\.network "zz" is not a network/),
      expect.stringMatching(/tours\[0\]\.steps\[0\]\.state has an unknown field "colour"/),
      expect.stringMatching(/tours\[0\]\.steps\[0\]\.records\[0\] "a" is not a record/),
      expect.stringMatching(/tours\[1\]\.id "t" is already used by tours\[0\]/),
      expect.stringMatching(/tours\[1\]\.steps must have at least one step/),
    ]);
  });

  it('accepts the built-in dataset with its default tour', () => {
    const text = readFileSync('data/wikimedia.json', 'utf8');
    const result = validateDataset(text, 'data/wikimedia.json');
    expect(result.errors).toEqual([]);
    const tour = result.dataset?.tours?.find((t) => t.id === 'regional-meetups-2015');
    expect(tour?.steps.length).toBeGreaterThanOrEqual(8);
    expect(tour?.steps.length).toBeLessThanOrEqual(12);
  });
});
