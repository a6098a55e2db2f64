/** The graph's keys as intentions, and arrows picking the neighbour in their direction. */
import { describe, expect, it } from 'vitest';
import {
  PAN_STEP,
  ZOOM_STEP,
  keyIntention,
  pickInDirection,
  walkTarget,
  type KeyLike,
} from '../../src/graph/keyboard.ts';

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

describe('keyIntention', () => {
  const ready = { ready: true };
  const press = (key: string, mods: Partial<KeyLike> = {}, context = ready) =>
    keyIntention(
      { key, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...mods },
      context,
    );

  it.each([
    ['ArrowLeft', {}, { type: 'focus-neighbour', direction: 'left' }],
    ['ArrowRight', {}, { type: 'focus-neighbour', direction: 'right' }],
    ['ArrowUp', {}, { type: 'focus-neighbour', direction: 'up' }],
    ['ArrowDown', {}, { type: 'focus-neighbour', direction: 'down' }],
    // Shift pans: the view goes towards the arrow, so the picture moves the other way.
    ['ArrowLeft', { shiftKey: true }, { type: 'pan', dx: PAN_STEP, dy: 0 }],
    ['ArrowRight', { shiftKey: true }, { type: 'pan', dx: -PAN_STEP, dy: 0 }],
    ['ArrowUp', { shiftKey: true }, { type: 'pan', dx: 0, dy: PAN_STEP }],
    ['ArrowDown', { shiftKey: true }, { type: 'pan', dx: 0, dy: -PAN_STEP }],
    ['Enter', {}, { type: 'select' }],
    [' ', {}, { type: 'select' }],
    ['Escape', {}, { type: 'clear' }],
    ['+', {}, { type: 'zoom', factor: ZOOM_STEP }],
    ['+', { shiftKey: true }, { type: 'zoom', factor: ZOOM_STEP }],
    ['=', {}, { type: 'zoom', factor: ZOOM_STEP }],
    ['-', {}, { type: 'zoom', factor: 1 / ZOOM_STEP }],
    ['0', {}, { type: 'fit' }],
    ['Tab', {}, null],
    ['a', {}, null],
    ['Home', {}, null],
    ['ArrowLeft', { ctrlKey: true }, null],
    ['ArrowLeft', { altKey: true }, null],
    ['+', { metaKey: true }, null],
    ['0', { ctrlKey: true }, null],
  ] as const)('%j with %j means %j', (key, mods, expected) => {
    expect(press(key, mods)).toEqual(expected);
  });

  it('leaves every key to the page while nothing is drawn', () => {
    for (const key of ['ArrowLeft', 'Enter', 'Escape', '+', '0']) {
      expect(press(key, {}, { ready: false })).toBeNull();
    }
  });
});

describe('walkTarget', () => {
  const focused = { from: { index: 0, ...from }, neighbours: around };

  it.each([
    ['no focus: the selected node', { focused: null, selected: 7, first: 3 }, { to: 7 }],
    [
      'no focus, no selection: the best connected',
      { focused: null, selected: -1, first: 3 },
      { to: 3 },
    ],
    ['no focus, no nodes: nothing', { focused: null, selected: -1, first: -1 }, null],
    ['focus: the neighbour that way', { focused, selected: 7, first: 3 }, { to: 1 }],
    [
      'focus, no neighbour that way',
      { focused: { ...focused, neighbours: [] }, selected: -1, first: 3 },
      { none: true },
    ],
  ] as const)('%s', (_, state, expected) => {
    expect(walkTarget(state, 'right')).toEqual(expected);
  });
});
