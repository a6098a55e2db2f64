// @vitest-environment jsdom
import { screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import DatasetAbout from '../../src/components/DatasetAbout.svelte';
import type { DatasetMeta } from '../../src/model/schema.ts';
import { renderWithI18n } from './helpers/renderWithI18n.ts';

const META: DatasetMeta = {
  title: 'Wikimedia affiliates',
  dataAsOf: '2026-12-01',
  licence: { name: 'CC-BY-SA-4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  attribution: 'Movement Atlas contributors, from Meta-Wiki',
  attributionUrl: 'javascript:alert(1)',
};

/** jsdom has no matchMedia: a screen of this width (the footer folds up to 720 px). */
function screenWidth(width: number): void {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: Number(/max-width:\s*(\d+)px/.exec(query)?.[1] ?? 0) >= width,
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

describe('DatasetAbout', () => {
  beforeEach(() => screenWidth(1280));

  it('shows title, date, licence link and attribution as text', () => {
    renderWithI18n(DatasetAbout, { meta: META });
    const footer = screen.getByRole('contentinfo', { name: 'About the data' });
    expect(footer).toHaveTextContent('Wikimedia affiliates');
    expect(footer).toHaveTextContent('Data as of December 1, 2026');
    expect(screen.getByRole('link', { name: /CC-BY-SA-4.0/ })).toHaveAttribute(
      'href',
      'https://creativecommons.org/licenses/by-sa/4.0/',
    );
    // A non-http(s) attribution URL is never a link: the credit stays as text.
    expect(screen.queryByRole('link', { name: /Movement Atlas contributors/ })).toBeNull();
    expect(footer).toHaveTextContent('Credit: Movement Atlas contributors, from Meta-Wiki');
  });

  it('shows nothing for a dataset without a meta block', () => {
    const { container } = renderWithI18n(DatasetAbout, { meta: undefined });
    expect(container.textContent?.trim()).toBe('');
  });

  it('folds the licence and credit under the title and date on a phone', () => {
    screenWidth(360);
    renderWithI18n(DatasetAbout, { meta: META });
    const footer = screen.getByRole('contentinfo', { name: 'About the data' });
    const details = footer.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')).toHaveTextContent('Data as of December 1, 2026');
    expect(details).toHaveTextContent('Credit: Movement Atlas contributors, from Meta-Wiki');
  });
});
