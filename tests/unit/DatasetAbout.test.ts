// @vitest-environment jsdom
import { screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
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

describe('DatasetAbout', () => {
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
});
