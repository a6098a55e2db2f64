// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import SearchBox from '../../src/components/SearchBox.svelte';
import { buildSearchIndex } from '../../src/model/search.ts';
import { renderWithI18n } from './helpers/renderWithI18n.ts';
import { smallAtlas } from './helpers/smallDataset.ts';

const index = buildSearchIndex(smallAtlas);

function setup(query = '') {
  const props = { index, query, onquery: vi.fn(), onselect: vi.fn() };
  const r = renderWithI18n(SearchBox, props);
  const input = screen.getByTestId('search');
  return { ...r, props, input };
}

async function type(input: HTMLElement, text: string) {
  await fireEvent.focus(input);
  await fireEvent.input(input, { target: { value: text } });
}
const key = (input: HTMLElement, k: string) => fireEvent.keyDown(input, { key: k });
const activeText = (input: HTMLElement) => {
  const id = input.getAttribute('aria-activedescendant');
  return id ? document.getElementById(id)?.textContent?.trim() : undefined;
};

describe('SearchBox', () => {
  it('is a combobox that lists results grouped by kind, with the local name that matched', async () => {
    const { input, props } = setup();
    expect(input).toHaveRole('combobox');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    await type(input, 'tunisie');
    expect(props.onquery).toHaveBeenLastCalledWith('tunisie');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    const listbox = screen.getByRole('listbox');
    expect(input).toHaveAttribute('aria-controls', listbox.id);
    const group = within(listbox).getByRole('group', { name: 'Organizations' });
    expect(within(group).getByRole('option')).toHaveTextContent(
      'Wikimedia TN User Group — Wikimedia Tunisie',
    );
  });

  it('moves through options across groups with the arrow keys, Home and End', async () => {
    const { input } = setup();
    await type(input, 'iber');
    expect(screen.getAllByRole('group')).toHaveLength(2);
    expect(
      within(screen.getByRole('group', { name: 'Networks' })).getByRole('option'),
    ).toHaveTextContent('Iberocoop');
    expect(
      within(screen.getByRole('group', { name: 'Meetups' })).getByRole('option'),
    ).toHaveTextContent('Iberoconf 2014');
    expect(input).not.toHaveAttribute('aria-activedescendant');
    await key(input, 'ArrowDown');
    expect(activeText(input)).toBe('Iberocoop');
    expect(screen.getByRole('option', { name: 'Iberocoop' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await key(input, 'ArrowDown');
    expect(activeText(input)).toBe('Iberoconf 2014');
    await key(input, 'ArrowDown');
    expect(activeText(input)).toBe('Iberocoop');
    await key(input, 'ArrowUp');
    expect(activeText(input)).toBe('Iberoconf 2014');
    await key(input, 'Home');
    expect(activeText(input)).toBe('Iberocoop');
    await key(input, 'End');
    expect(activeText(input)).toBe('Iberoconf 2014');
  });

  it('selects the active option with Enter and closes the list', async () => {
    const { input, props } = setup();
    await type(input, 'iber');
    await key(input, 'ArrowUp');
    await key(input, 'Enter');
    expect(props.onselect).toHaveBeenCalledWith('iberoconf-2014');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('selects with a click', async () => {
    const { input, props } = setup();
    await type(input, 'espana');
    await fireEvent.click(screen.getByRole('option', { name: 'Wikimedia España' }));
    expect(props.onselect).toHaveBeenCalledWith('wikimedia-espana');
  });

  it('closes on Escape, then clears the text on a second Escape', async () => {
    const { input, props } = setup();
    await type(input, 'iber');
    await key(input, 'Escape');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(props.onquery).not.toHaveBeenCalledWith('');
    await key(input, 'Escape');
    expect(props.onquery).toHaveBeenLastCalledWith('');
    expect(input).toHaveValue('');
  });

  it('says when nothing is found', async () => {
    const { input } = setup();
    await type(input, 'zzz');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('Nothing found for “zzz”');
  });

  it('starts from the query of the URL and follows it', async () => {
    const { input, props, rerender } = setup('ukraine');
    expect(input).toHaveValue('ukraine');
    await rerender({ ...props, query: 'cee' });
    expect(input).toHaveValue('cee');
    await fireEvent.focus(input);
    expect(screen.getByRole('option', { name: 'Wikimedia CEE' })).toBeInTheDocument();
  });
});
