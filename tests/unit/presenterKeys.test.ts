import { describe, expect, it } from 'vitest';
import { presenterIntention } from '../../src/presenter/keys.ts';

describe('presenter keys', () => {
  it.each([
    ...['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n', 'N', 'Enter'].map((k) => [k, 'next']),
    ...['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P'].map((k) => [k, 'previous']),
    ['Home', 'first'],
    ['End', 'last'],
    ['f', 'fullscreen'],
    ['s', 'notes'],
    ['o', 'overview'],
    ['?', 'help'],
    ['Escape', 'escape'],
  ])('%j means %s', (key, type) => {
    expect(presenterIntention({ key }, null)?.type).toBe(type);
  });

  it.each([
    ['b', 'black'],
    ['.', 'black'],
    ['w', 'white'],
    [',', 'white'],
  ])('%j covers the screen in %s', (key, colour) => {
    expect(presenterIntention({ key }, null)).toEqual({ type: 'screen', colour });
  });

  it('G, digits and Enter jump to a step', () => {
    expect(presenterIntention({ key: 'g' }, null)).toEqual({ type: 'typing', digits: '' });
    expect(presenterIntention({ key: '1' }, '')).toEqual({ type: 'typing', digits: '1' });
    expect(presenterIntention({ key: '2' }, '1')).toEqual({ type: 'typing', digits: '12' });
    expect(presenterIntention({ key: 'Backspace' }, '12')).toEqual({ type: 'typing', digits: '1' });
    expect(presenterIntention({ key: 'Enter' }, '12')).toEqual({ type: 'go', step: 12 });
    expect(presenterIntention({ key: 'Enter' }, '')).toBeNull();
  });

  it('leaves keys with modifiers and others to the browser', () => {
    expect(presenterIntention({ key: 'ArrowRight', altKey: true }, null)).toBeNull();
    expect(presenterIntention({ key: 'p', ctrlKey: true }, null)).toBeNull();
    expect(presenterIntention({ key: 'r', metaKey: true }, null)).toBeNull();
    expect(presenterIntention({ key: 'x' }, null)).toBeNull();
  });
});
