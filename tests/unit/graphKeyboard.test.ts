/** Arrow keys pick the neighbour in their direction on screen (y grows downwards). */
import { describe, expect, it } from 'vitest';
import { pickInDirection } from '../../src/graph/keyboard.ts';

const from = { x: 0, y: 0 };
const around = [
  { index: 1, x: 100, y: 5 },
  { index: 2, x: -80, y: -10 },
  { index: 3, x: 10, y: -90 },
  { index: 4, x: -5, y: 120 },
];

describe('pickInDirection', () => {
  it.each([
    ['right', 1],
    ['left', 2],
    ['up', 3],
    ['down', 4],
  ] as const)('goes %s', (direction, expected) => {
    expect(pickInDirection(from, around, direction)).toBe(expected);
  });

  it('prefers a neighbour on the axis to a nearer one far off it', () => {
    const candidates = [
      { index: 1, x: 40, y: 38 },
      { index: 2, x: 60, y: 2 },
    ];
    expect(pickInDirection(from, candidates, 'right')).toBe(2);
  });

  it('prefers the nearer of two on the axis', () => {
    const candidates = [
      { index: 1, x: 200, y: 0 },
      { index: 2, x: 50, y: 0 },
    ];
    expect(pickInDirection(from, candidates, 'right')).toBe(2);
  });

  it('finds nothing when no neighbour lies that way', () => {
    expect(pickInDirection(from, [{ index: 1, x: -50, y: 0 }], 'right')).toBeNull();
    expect(pickInDirection(from, [], 'up')).toBeNull();
    expect(pickInDirection(from, [{ index: 1, x: 0, y: 0 }], 'up')).toBeNull();
  });
});
