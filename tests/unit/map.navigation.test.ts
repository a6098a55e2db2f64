import { describe, expect, it } from 'vitest';
import {
  directionOf,
  nearestInDirection,
  nearestTo,
  readingOrder,
  typeAhead,
  typeAheadWord,
} from '../../src/map/navigation.ts';

const spots = [
  { key: 'centre', x: 100, y: 100 },
  { key: 'east', x: 160, y: 104 },
  { key: 'far-east-low', x: 140, y: 190 },
  { key: 'north', x: 98, y: 40 },
  { key: 'west', x: 30, y: 100 },
];
const centre = spots[0]!;

describe('nearestInDirection', () => {
  it.each([
    ['right', 'east'],
    ['left', 'west'],
    ['up', 'north'],
    ['down', 'far-east-low'],
  ] as const)('%s goes to %s', (direction, key) => {
    expect(nearestInDirection(spots, centre, direction)?.key).toBe(key);
  });

  it('prefers what is level over what is nearer but far aside', () => {
    const row = [centre, { key: 'level', x: 200, y: 100 }, { key: 'aside', x: 120, y: 170 }];
    expect(nearestInDirection(row, centre, 'right')?.key).toBe('level');
  });

  it('finds nothing past the edge', () => {
    expect(nearestInDirection(spots, spots[4]!, 'left')).toBeUndefined();
  });
});

describe('keys, order and type-ahead', () => {
  it('maps arrow keys only', () => {
    expect(directionOf('ArrowUp')).toBe('up');
    expect(directionOf('a')).toBeUndefined();
  });

  it('orders west to east, then north to south', () => {
    expect(readingOrder(spots).map((s) => s.key)).toEqual([
      'west',
      'north',
      'centre',
      'far-east-low',
      'east',
    ]);
  });

  it('finds the nearest spot to a position', () => {
    expect(nearestTo(spots, 150, 110)?.key).toBe('east');
    expect(nearestTo([], 0, 0)).toBeUndefined();
  });

  it('jumps to the next name with the prefix, ignoring case and accents, wrapping', () => {
    const names = [
      ['Wikimedia España'],
      ['Amical Wikimedia', 'Wikimédia France'],
      ['Wikimedia Argentina'],
    ];
    expect(typeAhead(names, 0, 'wikimedia f')).toBe(1);
    expect(typeAhead(names, 1, 'WIKIMEDIA E')).toBe(0);
    expect(typeAhead(names, 2, 'wikimedia a')).toBe(2);
    expect(typeAhead(names, 0, 'zz')).toBe(-1);
    expect(typeAhead(names, 0, '')).toBe(-1);
  });
});

describe('typeAheadWord: when a key adds to the word, and when it starts a new one', () => {
  const names = [
    ['Wikimedia Argentina'],
    ['Wikimedia España', 'Wikimedia Deutschland'],
    ['Amical'],
    ['GLAM-Wiki US Consortium'],
  ];
  it.each([
    // [typed so far, key, after a pause, word looked for]
    ['', 'W', false, 'W'],
    ['', 'W', true, 'W'],
    ['W', 'i', false, 'Wi'],
    // After a pause, a key that still fits a name adds to the word (slow typing, a busy page)...
    ['Wikimedia', ' ', true, 'Wikimedia '],
    ['Wikimedia ', 'A', true, 'Wikimedia A'],
    ['Wikimedia A', 'r', true, 'Wikimedia Ar'],
    ['Wikimedia Esp', 'a', true, 'Wikimedia Espa'],
    // ...ignoring case and accents...
    ['wikimedia esp', 'A', true, 'wikimedia espA'],
    // ...and one that fits none starts a new word: the same letter again goes to the next name.
    ['Wikimedia A', 'A', true, 'A'],
    ['W', 'W', true, 'W'],
    // Without a pause, keys always add to the word, even to one that fits no name.
    ['Wikimedia A', 'x', false, 'Wikimedia Ax'],
    ['Zz', 'z', false, 'Zzz'],
    // Digits are type-ahead too.
    ['', '4', true, '4'],
    // Punctuation inside a name adds to the word.
    ['Amical', ' ', false, 'Amical '],
    ['GLAM', '-', false, 'GLAM-'],
  ] as const)('%j + %j (pause: %s) looks for %j', (typed, key, paused, expected) => {
    expect(typeAheadWord(typed, key, paused, names)).toBe(expected);
  });

  it.each([
    // A space never starts a word (on its own it selects)...
    ['', ' ', false],
    ['', ' ', true],
    // ...nor ends one that fits no name after a pause.
    ['Amical', ' ', true],
    // Keys that are not letters or digits are not type-ahead.
    ['Wiki', 'Enter', false],
    ['Wiki', 'ArrowLeft', false],
    ['Wiki', 'Shift', false],
    ['Wiki', '+', false],
    ['', 'Escape', true],
  ] as const)('%j + %j (pause: %s) is not type-ahead', (typed, key, paused) => {
    expect(typeAheadWord(typed, key, paused, names)).toBeNull();
  });

  it('spells a whole name whatever the pauses between its keys', () => {
    const name = 'Wikimedia Argentina';
    for (let pauses = 0; pauses < 1 << 6; pauses++) {
      let typed = '';
      [...name].forEach((key, i) => {
        typed = typeAheadWord(typed, key, ((pauses >> (i % 6)) & 1) === 1, names) ?? typed;
      });
      expect(typed).toBe(name);
    }
  });
});
