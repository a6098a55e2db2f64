// @vitest-environment jsdom
/** The legend: every kind named, toggles and mode switch reachable as form controls. */
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/svelte';
import GraphLegend from '../../src/graph/GraphLegend.svelte';
import { EDGE_KINDS, type EdgeKind } from '../../src/model/relations.types.ts';
import { renderWithI18n } from './helpers/renderWithI18n.ts';

const ALL = new Set<EdgeKind>(EDGE_KINDS);

describe('GraphLegend', () => {
  it('names every node kind and has a checkbox per edge kind', () => {
    renderWithI18n(GraphLegend, { mode: 'typed', edgeKinds: ALL });
    for (const name of [
      'Chapter',
      'User group',
      'Thematic organization',
      'Network',
      'Language',
      'Program',
      'Meetup',
    ]) {
      expect(screen.getByText(name)).toBeInTheDocument();
    }
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(EDGE_KINDS.length);
    for (const box of boxes) expect(box).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Works in a language' })).toBeInTheDocument();
  });

  it('draws each edge kind with its own dash pattern', () => {
    const { container } = renderWithI18n(GraphLegend, { mode: 'typed', edgeKinds: ALL });
    const dashes = [...container.querySelectorAll('line')].map((l) =>
      l.getAttribute('stroke-dasharray'),
    );
    expect(new Set(dashes).size).toBe(EDGE_KINDS.length);
  });

  it('hands out the edge kinds without the one switched off', async () => {
    const onedgekindschange = vi.fn();
    renderWithI18n(GraphLegend, { mode: 'typed', edgeKinds: ALL, onedgekindschange });
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Member of a network' }));
    const kinds = onedgekindschange.mock.calls[0]![0] as ReadonlySet<EdgeKind>;
    expect([...kinds].sort()).toEqual(EDGE_KINDS.filter((k) => k !== 'member-of').sort());
  });

  it('switches mode, and in projection mode toggles what a projection is made of', async () => {
    const onmodechange = vi.fn();
    const onedgekindschange = vi.fn();
    renderWithI18n(GraphLegend, {
      mode: 'projection',
      edgeKinds: new Set<EdgeKind>(['speaks']),
      onmodechange,
      onedgekindschange,
      skippedHubs: ['English'],
      maxHubSize: 200,
    });
    expect(screen.getByRole('radio', { name: 'Organizations only' })).toBeChecked();
    await fireEvent.click(screen.getByRole('radio', { name: 'Everything' }));
    expect(onmodechange).toHaveBeenCalledWith('typed');
    expect(screen.getByRole('checkbox', { name: 'Same language' })).toBeChecked();
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Same meetup' }));
    const kinds = onedgekindschange.mock.calls[0]![0] as ReadonlySet<EdgeKind>;
    expect([...kinds].sort()).toEqual(['attended', 'organized', 'speaks']);
    expect(
      screen.getByText(/more than 200 organizations adds no links here: English/),
    ).toBeInTheDocument();
  });
});
