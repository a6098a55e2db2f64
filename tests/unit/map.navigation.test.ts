import { describe, expect, it } from 'vitest';
import {
  directionOf,
  nearestInDirection,
  nearestTo,
  readingOrder,
  typeAhead,
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
