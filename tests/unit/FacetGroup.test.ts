// @vitest-environment jsdom
/**
 * FacetGroup makes a closed group's long list after the panel, LIST_STEP rows a task, and all of
 * it at once when the group is opened or starts open.
 */
import { fireEvent } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import FacetGroup from '../../src/components/filters/FacetGroup.svelte';
import { LIST_STEP, type FacetOption } from '../../src/components/filters/facetOptions.ts';
import { nextTask } from '../../src/state/tasks.ts';
import { renderWithI18n } from './helpers/renderWithI18n.ts';

const COUNT = 2 * LIST_STEP + 7;
const options: FacetOption[] = Array.from({ length: COUNT }, (_, i) => ({
  value: `v${i}`,
  label: `Option ${i}`,
  count: i % 5,
  checked: i === 3,
}));

function setup(open = false) {
  const ontoggle = vi.fn();
  const rendered = renderWithI18n(FacetGroup, { title: 'Network', options, open, ontoggle });
  const rows = () => rendered.container.querySelectorAll('ul.options li').length;
  return { ...rendered, rows, ontoggle };
}

describe('FacetGroup', () => {
  it('makes a closed long list LIST_STEP rows a task, in order, until all are there', async () => {
    const { rows, container } = setup();
    expect(container.querySelector('ul.options')).toBeNull();
    const seen: number[] = [];
    while (rows() < COUNT) {
      await nextTask();
      await nextTask();
      seen.push(rows());
      expect(seen.length).toBeLessThan(20);
    }
    // Each step adds at most LIST_STEP rows, and the rows are the first options, in order.
    for (let i = 1; i < seen.length; i++)
      expect(seen[i]! - seen[i - 1]!).toBeLessThanOrEqual(LIST_STEP);
    expect(seen.some((n) => n > 0 && n < COUNT)).toBe(true);
    const labels = [...container.querySelectorAll('ul.options .label')].map((l) => l.textContent);
    expect(labels).toEqual(options.map((o) => o.label));
  });

  it('makes the whole list at once when it starts open', () => {
    const { rows } = setup(true);
    expect(rows()).toBe(COUNT);
  });

  it('makes the rest at once when a person opens it while it is being made', async () => {
    const { rows, container } = setup();
    // A task at a time (not polling on a timer, which lets several pieces pass under load).
    for (let i = 0; rows() === 0 && i < 20; i++) await nextTask();
    expect(rows()).toBeGreaterThan(0);
    expect(rows()).toBeLessThan(COUNT);
    const details = container.querySelector('details')!;
    details.open = true;
    await fireEvent(details, new Event('toggle'));
    expect(rows()).toBe(COUNT);
  });

  it('says what a row toggles', async () => {
    const { container, ontoggle } = setup(true);
    const box = container.querySelectorAll<HTMLInputElement>('ul.options input')[3]!;
    expect(box.checked).toBe(true);
    await fireEvent.click(box);
    expect(ontoggle).toHaveBeenCalledWith('v3');
  });
});
