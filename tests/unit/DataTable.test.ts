// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import DataTable from '../../src/components/DataTable.svelte';
import { applyFilters, NO_FILTERS, type Filters } from '../../src/model/filters.ts';
import { renderWithI18n } from './helpers/renderWithI18n.ts';
import { smallAtlas as atlas } from './helpers/smallDataset.ts';

const scrollIntoView = vi.fn();
beforeEach(() => {
  scrollIntoView.mockClear();
  Element.prototype.scrollIntoView = scrollIntoView;
});

function setup(over: { filters?: Partial<Filters>; selectedId?: string; pageSize?: number } = {}) {
  const props = {
    atlas,
    result: applyFilters(atlas, { ...NO_FILTERS, ...over.filters }),
    selectedId: over.selectedId ?? null,
    onselect: vi.fn(),
    pageSize: over.pageSize ?? 200,
  };
  return { ...renderWithI18n(DataTable, props), props };
}

/** The first cell (row header) of each body row. */
const names = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((c) => c.textContent?.trim());
const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(name) });

describe('DataTable', () => {
  it('lists the organizations the filters leave, with a caption and column headers', () => {
    setup({ filters: { country: ['AR', 'TN'] } });
    const table = screen.getByRole('table', { name: '2 organizations shown by the filters' });
    expect(screen.getByTestId('table')).toContainElement(table);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent?.replace(/[▲▼↕]/g, '').trim()),
    ).toEqual(['Name', 'Kind', 'Status', 'Countries', 'Languages', 'Networks', 'Recognized']);
    expect(header('Name')).toHaveAttribute('scope', 'col');
    const tunisia = screen.getByRole('row', { name: /Wikimedia TN User Group/ });
    expect(
      within(tunisia)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['User group', 'Active', 'Tunisia', 'Arabic, French', '', '2014']);
    expect(screen.getByRole('tab', { name: 'Organizations (2)' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it('sorts by a column header, ascending then descending, ties in dataset order', async () => {
    setup();
    expect(header('Name')).toHaveAttribute('aria-sort', 'ascending');
    await fireEvent.click(within(header('Recognized')).getByRole('button'));
    expect(header('Recognized')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Name')).not.toHaveAttribute('aria-sort');
    expect(names()).toEqual([
      'Wikimedia Argentina',
      'Wikimedia España',
      'Wikimedia Ukraine',
      'Wikimedia Venezuela',
      'Wikimedia TN User Group',
    ]);
    await fireEvent.click(within(header('Recognized')).getByRole('button'));
    expect(header('Recognized')).toHaveAttribute('aria-sort', 'descending');
    expect(names()[0]).toBe('Wikimedia TN User Group');
    expect(names()[4]).toBe('Wikimedia Argentina');
  });

  it('selects with the name button or a click on the row, once', async () => {
    const { props } = setup();
    await fireEvent.click(screen.getByRole('button', { name: 'Wikimedia Ukraine' }));
    expect(props.onselect).toHaveBeenCalledExactlyOnceWith('wikimedia-ukraine');
    const row = screen.getByRole('row', { name: /Wikimedia España/ });
    await fireEvent.click(within(row).getAllByRole('cell')[2]!);
    expect(props.onselect).toHaveBeenLastCalledWith('wikimedia-espana');
  });

  it('marks the selected row and scrolls to it when the selection changes', async () => {
    const { props, rerender } = setup({ selectedId: 'wikimedia-ukraine' });
    const row = screen.getByRole('row', { name: /Wikimedia Ukraine/ });
    expect(row).toHaveAttribute('aria-current', 'true');
    await vi.waitFor(() => expect(scrollIntoView).toHaveBeenCalled());
    expect(scrollIntoView.mock.contexts.at(-1)).toBe(row);
    await rerender({ ...props, selectedId: 'wikimedia-espana' });
    expect(row).not.toHaveAttribute('aria-current');
    const espana = screen.getByRole('row', { name: /Wikimedia España/ });
    await vi.waitFor(() => expect(scrollIntoView.mock.contexts.at(-1)).toBe(espana));
  });

  it('shows meetups and networks in their own tabs, and switches tab to the selection', async () => {
    const { props, rerender } = setup();
    await fireEvent.click(screen.getByRole('tab', { name: 'Meetups (4)' }));
    expect(
      screen.getByRole('table', { name: '4 meetups shown by the filters' }),
    ).toBeInTheDocument();
    const wikimania = screen.getByRole('row', { name: /Wikimania 2021/ });
    expect(
      within(wikimania)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Aug 13\u2009–\u200917, 2021', '', 'Online', '0', '2']);
    const iberoconf = screen.getByRole('row', { name: /Iberoconf 2014/ });
    expect(within(iberoconf).getAllByRole('cell')[1]).toHaveTextContent('Buenos Aires, Argentina');
    await rerender({ ...props, selectedId: 'wikimedia-cee' });
    expect(screen.getByRole('tab', { name: 'Networks (2)' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(screen.getByRole('row', { name: /Wikimedia CEE/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  it('moves between tabs with the arrow keys', async () => {
    setup();
    const tab = screen.getByRole('tab', { name: /Organizations/ });
    expect(tab).toHaveAttribute('tabindex', '0');
    await fireEvent.keyDown(tab, { key: 'ArrowLeft' });
    const networks = screen.getByRole('tab', { name: /Networks/ });
    expect(networks).toHaveAttribute('aria-selected', 'true');
    expect(networks).toHaveFocus();
    expect(tab).toHaveAttribute('tabindex', '-1');
  });

  it('renders rows a page at a time, and reaches a selected row beyond the page', async () => {
    const { props, rerender } = setup({ pageSize: 2 });
    expect(names()).toHaveLength(2);
    await fireEvent.click(screen.getByRole('button', { name: 'Show 2 more (3 not shown)' }));
    expect(names()).toHaveLength(4);
    await rerender({ ...props, selectedId: 'wikimedia-venezuela-old' });
    expect(names()).toHaveLength(5);
    expect(screen.queryByRole('button', { name: /more/ })).not.toBeInTheDocument();
  });

  it('says when the filters leave nothing', () => {
    setup({ filters: { country: ['ZZ'] } });
    expect(screen.getByText('Nothing here passes the filters.')).toBeInTheDocument();
  });
});
