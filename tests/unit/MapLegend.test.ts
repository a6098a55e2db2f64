// @vitest-environment jsdom
/**
 * MapLegend lists as many network buttons as the map has made so far (`networksListed`), the
 * first ones in order, and all of them by default; the heading counts all of them meanwhile.
 */
import { describe, expect, it, vi } from 'vitest';
import MapLegend from '../../src/map/MapLegend.svelte';
import type { NetworkStyle } from '../../src/map/networks.ts';
import { renderWithI18n } from './helpers/renderWithI18n.ts';

const networks: NetworkStyle[] = Array.from({ length: 25 }, (_, i) => ({
  id: `n${i}`,
  name: `Network ${i}`,
  colour: '#336699',
}));
const layers = { organizations: true, networks: true, meetups: true, former: false };

function names(container: HTMLElement): string[] {
  return [...container.querySelectorAll('.networks button')].map((b) => b.textContent ?? '');
}

describe('MapLegend', () => {
  const props = { layers, onlayerschange: vi.fn(), networks, selectedId: null, onselect: vi.fn() };

  it('lists every network by default', () => {
    const { container } = renderWithI18n(MapLegend, props);
    expect(names(container)).toEqual(networks.map((n) => n.name));
  });

  it('lists the first networks only while the map makes them, the heading counting all', async () => {
    const { container, rerender } = renderWithI18n(MapLegend, { ...props, networksListed: 0 });
    expect(names(container)).toEqual([]);
    expect(container.querySelector('.networks summary')?.textContent).toContain('25');
    await rerender({ ...props, networksListed: 10 });
    expect(names(container)).toEqual(networks.slice(0, 10).map((n) => n.name));
    await rerender({ ...props, networksListed: 30 });
    expect(names(container)).toEqual(networks.map((n) => n.name));
  });
});
