// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Timeline from '../../src/components/Timeline.svelte';
import { scaleLinear } from 'd3-scale';
import {
  fractionalYear,
  meetupMarks,
  yearBounds,
  yearScale,
} from '../../src/components/timeline/years.ts';
import { applyFilters, NO_FILTERS, type Filters } from '../../src/model/filters.ts';
import { renderWithI18n } from './helpers/renderWithI18n.ts';
import { I18n } from '../../src/i18n/i18n.svelte.ts';
import { smallAtlas as atlas, smallDataset } from './helpers/smallDataset.ts';
import { buildAtlas } from '../../src/model/atlas.ts';
import { synthesizeDataset } from '../../src/model/synthetic.ts';

function setup(over: Partial<Filters> = {}, locale = 'en') {
  const filters = { ...NO_FILTERS, ...over };
  const props = {
    atlas,
    filters,
    result: applyFilters(atlas, filters),
    onyears: vi.fn(),
    currentYear: 2025,
  };
  return { ...renderWithI18n(Timeline, props, locale), props };
}

// jsdom lays nothing out: the strip falls back to 800px, 2004..2025 over x = 10..790.
const centre = (year: number) => 10 + ((year + 0.5 - 2004) * 780) / 22;
const slider = (name: string) => screen.getByRole('slider', { name });

// jsdom has no ResizeObserver, and lays nothing out: as in a browser, an observed element is
// reported once (its width is then 0 here).
vi.stubGlobal(
  'ResizeObserver',
  class {
    readonly #callback: () => void;
    constructor(callback: () => void) {
      this.#callback = callback;
    }
    observe() {
      queueMicrotask(() => this.#callback());
    }
    unobserve() {}
    disconnect() {}
  },
);
afterEach(() => vi.useRealTimers());

describe('years', () => {
  it.each([
    ['2014', false, 2014],
    ['2014', true, 2015],
    ['2014-07', false, 2014.5],
    ['2014-12', true, 2015],
    ['2021-08-01', false, 2021 + 7 / 12],
  ])('fractionalYear(%s, end=%s) = %s', (date, end, expected) => {
    expect(fractionalYear(date, end)).toBeCloseTo(expected, 6);
  });

  it("maps years to pixels and back exactly as d3's scaleLinear, in both directions", () => {
    for (const range of [
      [10, 790],
      [790, 10],
      [10, 1270.5],
    ] as const) {
      const ours = yearScale([2004, 2028], range);
      const d3 = scaleLinear().domain([2004, 2028]).range(range);
      for (const year of [2000, 2004, 2011.37, 2027.99, 2028, 2031]) {
        expect(ours(year)).toBe(d3(year));
      }
      for (const px of [0, 10, 123.4, 789.9, 790, 1300])
        expect(ours.invert(px)).toBe(d3.invert(px));
    }
  });

  it('spans at least 2004 to the current year, wider when the data is', () => {
    expect(yearBounds(atlas, 2025)).toEqual({ first: 2004, last: 2025 });
    expect(yearBounds(atlas, 2020)).toEqual({ first: 2004, last: 2022 });
  });

  it('places meetups of one year in separate lanes and leaves undated ones out', () => {
    const meetups = [
      ...smallDataset.meetups,
      { ...smallDataset.meetups[0]!, id: 'iberoconf-2014-b', start: '2014-12' },
      { ...smallDataset.meetups[0]!, id: 'undated', start: undefined },
    ];
    const marks = meetupMarks(meetups, 4);
    expect(marks.map((m) => [m.id, m.row])).toEqual([
      ['iberoconf-2014', 0],
      ['iberoconf-2014-b', 1],
      ['wikiarabia-2015', 0],
      ['wikimania-2021', 0],
      ['wikimedia-cee-meeting-2022', 0],
    ]);
  });
});

describe('Timeline', () => {
  it('draws meetups by format, faint when the filters leave them out', async () => {
    const { container } = setup({ from: 2021 });
    expect(screen.getByTestId('timeline')).toBeInTheDocument();
    // They come a task after the strip.
    expect(container.querySelectorAll('rect.meetup')).toHaveLength(0);
    await vi.waitFor(() => expect(container.querySelectorAll('rect.meetup')).toHaveLength(4));
    const marks = [...container.querySelectorAll('rect.meetup')];
    expect(marks.map((m) => m.textContent)).toEqual([
      'Iberoconf 2014',
      'WikiArabia 2015',
      'Wikimania 2021',
      'Wikimedia CEE Meeting 2022',
    ]);
    expect(marks.map((m) => m.classList.contains('faint'))).toEqual([true, true, false, false]);
    expect(marks[2]).toHaveClass('online');
    expect(marks[3]).toHaveClass('hybrid');
    expect(marks[0]).toHaveClass('in-person');
  });

  it('draws many meetups a slice per task, hidden until all are there', async () => {
    const big = buildAtlas(synthesizeDataset(7_000, 3));
    const filters = NO_FILTERS;
    // What the group holds after each task's changes: a MutationObserver reports at the end of
    // the task that made them, so no slice is missed, however fast the slices follow.
    const seen: { drawn: number; hidden: boolean }[] = [];
    const observer = new MutationObserver(() => {
      const group = document.querySelector('g.meetups');
      if (group) {
        seen.push({
          drawn: group.querySelectorAll('rect.meetup').length,
          hidden: group.getAttribute('visibility') === 'hidden',
        });
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    const { container } = renderWithI18n(Timeline, {
      atlas: big,
      filters,
      result: applyFilters(big, filters),
      onyears: vi.fn(),
      currentYear: 2025,
    });
    const group = container.querySelector('g.meetups')!;
    const dated = big.dataset.meetups.filter((m) => m.start).length;
    expect(dated).toBeGreaterThan(200);
    await vi.waitFor(() => expect(group).not.toHaveAttribute('visibility'));
    observer.disconnect();
    // A part was drawn, hidden, before all of them were.
    expect(seen.some((s) => s.drawn > 0 && s.drawn < dated && s.hidden)).toBe(true);
    // None was shown before all were there.
    expect(seen.filter((s) => !s.hidden && s.drawn > 0).every((s) => s.drawn === dated)).toBe(true);
    const ids = [...group.querySelectorAll('rect.meetup')].map((r) => r.textContent);
    expect(ids).toEqual(meetupMarks(big.dataset.meetups, 1).map((m) => m.name));
  });

  it('moves the range with the slider handles: arrows by one year, Shift by five', async () => {
    const { props } = setup();
    const first = slider('First year');
    expect(first).toHaveAttribute('aria-valuemin', '2004');
    expect(first).toHaveAttribute('aria-valuenow', '2004');
    expect(slider('Last year')).toHaveAttribute('aria-valuemax', '2025');
    await fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(props.onyears).toHaveBeenLastCalledWith(2005, null);
    await fireEvent.keyDown(first, { key: 'ArrowRight', shiftKey: true });
    expect(props.onyears).toHaveBeenLastCalledWith(2009, null);
    await fireEvent.keyDown(slider('Last year'), { key: 'ArrowLeft' });
    expect(props.onyears).toHaveBeenLastCalledWith(null, 2024);
  });

  it('keeps the handles in order', async () => {
    const { props } = setup({ from: 2011, to: 2012 });
    expect(slider('First year')).toHaveAttribute('aria-valuemax', '2012');
    await fireEvent.keyDown(slider('First year'), { key: 'ArrowRight', shiftKey: true });
    expect(props.onyears).toHaveBeenLastCalledWith(2012, 2012);
    await fireEvent.keyDown(slider('Last year'), { key: 'Home' });
    expect(props.onyears).toHaveBeenLastCalledWith(2011, 2011);
  });

  it('runs time right to left in RTL, and the arrow keys follow the eye', async () => {
    const { container, props } = setup({}, 'ar');
    const bars = [...container.querySelectorAll('rect.bar-all')].map((r) =>
      Number(r.getAttribute('x')),
    );
    // Recognitions in 2007, 2011 and 2014, in that order: right to left.
    expect(bars).toHaveLength(3);
    expect(bars[0]).toBeGreaterThan(bars[1]!);
    expect(bars[1]).toBeGreaterThan(bars[2]!);
    // The handle is named in Arabic here.
    await fireEvent.keyDown(slider(new I18n('ar').t('timeline-from')), { key: 'ArrowLeft' });
    expect(props.onyears).toHaveBeenLastCalledWith(2005, null);
  });

  it.each(['en', 'ar'])('dims only what is outside the range (%s)', (locale) => {
    const { container } = setup({ from: 2010, to: 2012 }, locale);
    const box = (r: Element) => {
      const x = Number(r.getAttribute('x'));
      return [x, x + Number(r.getAttribute('width'))] as const;
    };
    const [s0, s1] = box(container.querySelector('rect.selection')!);
    expect(s1 - s0).toBeCloseTo((3 * 780) / 22, 6);
    const outside = [...container.querySelectorAll('rect.outside')].map(box);
    expect(outside).toHaveLength(2);
    for (const [a, b] of outside) expect(b <= s0 + 1e-9 || a >= s1 - 1e-9).toBe(true);
    expect(outside.reduce((sum, [a, b]) => sum + b - a, 0)).toBeCloseTo(780 - (s1 - s0), 6);
  });

  it('brushes a range by dragging, snapped to years, and clears it with a click', async () => {
    const { container, props } = setup();
    const area = container.querySelector('rect.area')!;
    await fireEvent.pointerDown(area, { clientX: centre(2010), button: 0, pointerId: 1 });
    await fireEvent.pointerMove(area, { clientX: centre(2012), pointerId: 1 });
    await fireEvent.pointerMove(area, { clientX: centre(2014), pointerId: 1 });
    expect(props.onyears).not.toHaveBeenCalled();
    await fireEvent.pointerUp(area, { clientX: centre(2014), pointerId: 1 });
    expect(props.onyears).toHaveBeenLastCalledWith(2010, 2014);
    await fireEvent.pointerDown(area, { clientX: centre(2016), button: 0, pointerId: 1 });
    await fireEvent.pointerUp(area, { clientX: centre(2016), pointerId: 1 });
    expect(props.onyears).toHaveBeenLastCalledWith(null, null);
  });

  it('plays year by year through onyears, at the chosen speed, and pauses', async () => {
    vi.useFakeTimers();
    const { props } = setup();
    await fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(props.onyears).toHaveBeenLastCalledWith(2004, 2004);
    await vi.advanceTimersByTimeAsync(1000);
    expect(props.onyears).toHaveBeenLastCalledWith(2005, 2005);
    await fireEvent.change(screen.getByRole('combobox', { name: 'Speed' }), {
      target: { value: '2' },
    });
    await vi.advanceTimersByTimeAsync(500);
    expect(props.onyears).toHaveBeenLastCalledWith(2006, 2006);
    const pause = screen.getByRole('button', { name: 'Pause' });
    expect(pause).toHaveAttribute('aria-pressed', 'true');
    await fireEvent.click(pause);
    await vi.advanceTimersByTimeAsync(5000);
    expect(props.onyears).toHaveBeenCalledTimes(3);
  });

  it('stops playing when the range is changed elsewhere, and when unmounted', async () => {
    vi.useFakeTimers();
    const { props, rerender, unmount } = setup();
    await fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    const filters = { ...NO_FILTERS, from: 2004, to: 2004 };
    await rerender({ ...props, filters, result: applyFilters(atlas, filters) });
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    const other = { ...NO_FILTERS, from: 2010, to: null };
    await rerender({ ...props, filters: other, result: applyFilters(atlas, other) });
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    // jsdom keeps a timer of its own: count only the playback's.
    const idle = vi.getTimerCount();
    await fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(vi.getTimerCount()).toBe(idle + 1);
    unmount();
    expect(vi.getTimerCount()).toBe(idle);
  });
});
