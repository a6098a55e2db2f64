// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import FilterPanel from '../../src/components/FilterPanel.svelte';
import { applyFilters, NO_FILTERS, type Filters } from '../../src/model/filters.ts';
import { renderWithI18n } from './helpers/renderWithI18n.ts';
import { smallAtlas as atlas } from './helpers/smallDataset.ts';

/** Renders the panel; closed groups make their lists a task later, waited for here. */
async function setup(over: Partial<Filters> = {}, locale = 'en') {
  const rendered = render(over, locale);
  await vi.waitFor(() => expect(unlisted(rendered.container)).toHaveLength(0));
  return rendered;
}

/** The facet groups whose list is not made yet. */
const unlisted = (container: Element) =>
  [...container.querySelectorAll('details.facet')].filter((g) => !g.querySelector('ul.options'));

function render(over: Partial<Filters> = {}, locale = 'en') {
  const filters = { ...NO_FILTERS, ...over };
  const props = {
    atlas,
    filters,
    result: applyFilters(atlas, filters),
    ontoggle: vi.fn(),
    onyears: vi.fn(),
    onyearmeaning: vi.fn(),
    onundated: vi.fn(),
    onsourced: vi.fn(),
    onclear: vi.fn(),
    currentYear: 2025,
  };
  return { ...renderWithI18n(FilterPanel, props, locale), props };
}

const group = (name: string) => screen.getByRole('list', { name });

describe('FilterPanel', () => {
  it('makes the list of a closed group a task after the panel, an open one at once', async () => {
    const { container } = render({ network: ['iberocoop'] });
    // Kind is open by default, Network because a value is chosen; the others are closed.
    expect(group('Kind')).toBeInTheDocument();
    expect(group('Network')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Country' })).toBeNull();
    expect(unlisted(container).length).toBeGreaterThan(0);
    await vi.waitFor(() => expect(unlisted(container)).toHaveLength(0));
    expect(group('Country')).toBeInTheDocument();
  });

  it('lists each facet with translated labels and counts, and sums up what is shown', async () => {
    await setup();
    expect(screen.getByRole('status')).toHaveTextContent('5 organizations, 4 meetups shown');
    expect(within(group('Kind')).getByRole('checkbox', { name: 'Chapter 4' })).toBeEnabled();
    expect(within(group('Kind')).getByRole('checkbox', { name: 'User group 1' })).toBeEnabled();
    expect(within(group('Region')).getByRole('checkbox', { name: 'Africa 1' })).toBeInTheDocument();
    expect(
      within(group('Language')).getByRole('checkbox', { name: 'Arabic 1' }),
    ).toBeInTheDocument();
    expect(
      within(group('Network')).getByRole('checkbox', { name: 'Iberocoop 2' }),
    ).toBeInTheDocument();
    expect(
      within(group('Program')).getByRole('checkbox', { name: 'Education 1' }),
    ).toBeInTheDocument();
  });

  it('reports a toggled value with its facet', async () => {
    const { props } = await setup();
    await fireEvent.click(within(group('Country')).getByRole('checkbox', { name: /Spain/ }));
    expect(props.ontoggle).toHaveBeenCalledWith('country', 'ES');
    await fireEvent.click(within(group('Status')).getByRole('checkbox', { name: /Former/ }));
    expect(props.ontoggle).toHaveBeenCalledWith('status', 'former');
  });

  it('greys out values that the other facets reduce to zero, but keeps chosen ones usable', async () => {
    await setup({ network: ['iberocoop'], country: ['ES'] });
    const countries = group('Country');
    expect(within(countries).getByRole('checkbox', { name: 'Ukraine 0' })).toBeDisabled();
    const spain = within(countries).getByRole('checkbox', { name: 'Spain 1' });
    expect(spain).toBeChecked();
    expect(spain).toBeEnabled();
    // Network counts ignore the network facet itself.
    expect(
      within(group('Network')).getByRole('checkbox', { name: 'Wikimedia CEE 0' }),
    ).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent('One organization, one meetup shown');
  });

  it('sorts long lists by count, then by name, and narrows them as one types', async () => {
    await setup();
    const languages = within(group('Language'))
      .getAllByRole('checkbox')
      .map((c) => c.closest('label')?.textContent?.replace(/\s+/g, ' ').trim());
    expect(languages).toEqual(['Spanish 3', 'Arabic 1', 'French 1', 'Ukrainian 1']);
    await fireEvent.input(screen.getByRole('searchbox', { name: 'Filter the list: Country' }), {
      target: { value: 'espan' },
    });
    expect(within(group('Country')).queryAllByRole('checkbox')).toHaveLength(0);
    await fireEvent.input(screen.getByRole('searchbox', { name: 'Filter the list: Country' }), {
      target: { value: 'SPAI' },
    });
    expect(within(group('Country')).getAllByRole('checkbox')).toEqual([
      within(group('Country')).getByRole('checkbox', { name: 'Spain 1' }),
    ]);
  });

  it('sets the year range, swapping a reversed one, and clears a year left empty', async () => {
    const { props } = await setup({ from: 2010, to: 2015 });
    const from = screen.getByRole('spinbutton', { name: 'From' });
    const to = screen.getByRole('spinbutton', { name: 'To' });
    expect(from).toHaveValue(2010);
    expect(to).toHaveValue(2015);
    await fireEvent.change(from, { target: { value: '2018' } });
    expect(props.onyears).toHaveBeenLastCalledWith(2015, 2018);
    await fireEvent.change(to, { target: { value: '' } });
    expect(props.onyears).toHaveBeenLastCalledWith(2010, null);
    await fireEvent.change(to, { target: { value: '1900' } });
    expect(props.onyears).toHaveBeenLastCalledWith(2004, 2010);
    // Out of bounds: clamped, and the input shows the year kept.
    await fireEvent.change(to, { target: { value: '2999' } });
    expect(props.onyears).toHaveBeenLastCalledWith(2010, 2025);
    expect(to).toHaveValue(2025);
  });

  it('follows a range set elsewhere (the timeline)', async () => {
    const { props, rerender } = await setup();
    const filters = { ...NO_FILTERS, from: 2014, to: 2014 };
    await rerender({ ...props, filters, result: applyFilters(atlas, filters) });
    expect(screen.getByRole('spinbutton', { name: 'From' })).toHaveValue(2014);
    expect(screen.getByRole('spinbutton', { name: 'To' })).toHaveValue(2014);
  });

  it('toggles "only sourced facts" and clears all filters', async () => {
    const first = await setup();
    expect(screen.getByRole('button', { name: 'Clear all' })).toBeDisabled();
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Only sourced facts' }));
    expect(first.props.onsourced).toHaveBeenCalledWith(true);
    first.unmount();
    const { props } = await setup({ sourcedOnly: true });
    expect(screen.getByRole('checkbox', { name: 'Only sourced facts' })).toBeChecked();
    await fireEvent.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(props.onclear).toHaveBeenCalledOnce();
  });

  it('speaks the UI language, names of countries included', async () => {
    await setup({}, 'fr');
    expect(screen.getByRole('heading', { name: 'Filtres' })).toBeInTheDocument();
    expect(within(group('Pays')).getByRole('checkbox', { name: /Espagne/ })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('5 organisations et 4 rencontres');
  });
});
