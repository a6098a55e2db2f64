// @vitest-environment jsdom
/**
 * The Export menu as a keyboard user meets it (menu button pattern), and a JSON export made from
 * an atlas state with filters: saved under the state's name, as a dataset of what is shown.
 */
import { readFileSync } from 'node:fs';
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ExportMenu from '../../src/components/ExportMenu.svelte';
import { AtlasState } from '../../src/state/atlasState.svelte.ts';
import { I18n } from '../../src/i18n/i18n.svelte.ts';
import { validateDataset } from '../../src/model/validate.ts';
import { renderWithI18n } from './helpers/renderWithI18n.ts';

const SMALL = readFileSync('tests/fixtures/small.json', 'utf8');
const saved: { name: string; blob: Blob }[] = [];

beforeEach(() => {
  saved.length = 0;
  URL.createObjectURL = vi.fn(() => 'blob:test');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = (URL.createObjectURL as ReturnType<typeof vi.fn>).mock.calls.at(-1)![0] as Blob;
    saved.push({ name: this.download, blob });
  });
});
afterEach(() => vi.restoreAllMocks());

function setup() {
  const state = new AtlasState({ i18n: new I18n('en') });
  state.loadText(SMALL, 'small.json');
  renderWithI18n(ExportMenu, { atlasState: state });
  return { state, button: screen.getByRole('button', { name: 'Export' }) };
}

const focusedText = () => document.activeElement?.textContent?.trim();

describe('ExportMenu', () => {
  it('opens from the keyboard, moves with arrows, Home and End, and Escape returns focus', async () => {
    const { button } = setup();
    expect(screen.queryByRole('menu')).toBeNull();
    button.focus();
    await fireEvent.keyDown(button, { key: 'ArrowDown' });
    const menu = await screen.findByRole('menu', { name: 'Export' });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByRole('menuitem').map((i) => i.textContent?.trim())).toEqual([
      'PNG image',
      'SVG image',
      'CSV table',
      'GEXF graph',
      'JSON data',
    ]);
    await waitFor(() => expect(focusedText()).toBe('PNG image'));
    await fireEvent.keyDown(menu, { key: 'ArrowUp' });
    await waitFor(() => expect(focusedText()).toBe('JSON data'));
    await fireEvent.keyDown(menu, { key: 'ArrowDown' });
    await waitFor(() => expect(focusedText()).toBe('PNG image'));
    await fireEvent.keyDown(menu, { key: 'End' });
    await waitFor(() => expect(focusedText()).toBe('JSON data'));
    await fireEvent.keyDown(menu, { key: 'Home' });
    await waitFor(() => expect(focusedText()).toBe('PNG image'));
    await fireEvent.keyDown(menu, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('saves the JSON of what the filters leave, named after the state, and says so', async () => {
    const { state, button } = setup();
    state.setFilter('network', ['iberocoop']);
    state.setYears(2014, 2014);
    await fireEvent.click(button);
    await fireEvent.click(screen.getByRole('menuitem', { name: 'JSON data' }));
    // The export modules load on first use: give their import time on a loaded machine.
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 20_000 });
    expect(saved[0]!.name).toBe('movement-atlas-iberocoop-2014.json');
    const checked = validateDataset(await saved[0]!.blob.text(), 'export.json');
    expect(checked.errors).toEqual([]);
    expect(checked.dataset!.organizations.map((o) => o.id)).toEqual(
      state.result!.organizations.map((o) => o.id),
    );
    await waitFor(() =>
      expect(screen.getByTestId('export-status').textContent).toBe(
        'Saved movement-atlas-iberocoop-2014.json',
      ),
    );
    expect(document.activeElement).toBe(button);
  });
});
