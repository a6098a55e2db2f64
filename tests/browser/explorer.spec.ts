/**
 * The explorer's answers at a glance (issue 14): selections frame themselves on the map and the
 * graph, the details start at their top, panes keep their width, the years say what they mean,
 * playback adds no history, the phone's sheets, the graph's keyboard.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { axeViolations, expect, openApp, screenshot, test } from './fixtures.ts';
import type { AtlasGraphElement } from '../../src/graph/testHook.ts';
import type { AtlasMapElement } from '../../src/map/testHook.ts';

interface DataFile {
  organizations: {
    id: string;
    name: string;
    kind: string;
    status: string;
    recognized?: string;
    countries: string[];
    location?: unknown;
  }[];
  networks: { id: string; members: string[]; inferredMembers?: string[] }[];
}
const data = JSON.parse(readFileSync('data/wikimedia.json', 'utf8')) as DataFile;
const byId = new Map(data.organizations.map((o) => [o.id, o]));
const iberocoop = data.networks.find((n) => n.id === 'iberocoop')!;
const iberocoopPlaced = [...iberocoop.members, ...(iberocoop.inferredMembers ?? [])].filter(
  (id) => byId.get(id)?.location && byId.get(id)?.status === 'active',
);

/** Ids of the places the map draws inside its view (points, and the members of clusters). */
async function idsInMapView(page: Page): Promise<Set<string>> {
  const ids = await page
    .getByTestId('map')
    .evaluate((element) =>
      ((element as AtlasMapElement).atlasMap?.placesInView() ?? []).flatMap((p) => p.ids),
    );
  return new Set(ids);
}

/** The graph's zoom now, and the zoom that would show every node. */
async function graphZoom(graph: Locator): Promise<{ scale: number; fitAll: number }> {
  return graph.evaluate((element) => {
    const hook = (element as AtlasGraphElement).atlasGraph!;
    return { scale: hook.scale(), fitAll: hook.fitAllScale() };
  });
}

/** Whether the graph draws node `id` inside its own box. */
async function nodeInGraphView(graph: Locator, id: string): Promise<boolean> {
  return graph.evaluate((element, selectionId) => {
    const p = (element as AtlasGraphElement).atlasGraph?.positionOf(selectionId);
    const box = element.getBoundingClientRect();
    return !!p && p.x >= box.left && p.x <= box.right && p.y >= box.top && p.y <= box.bottom;
  }, id);
}

async function paneWidths(page: Page): Promise<number[]> {
  return page
    .locator('.atlas-panes > .atlas-pane')
    .evaluateAll((panes) => panes.map((p) => p.getBoundingClientRect().width));
}

test.describe('at 1280x720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('selecting a network frames its members on the map and zooms the graph to them', async ({
    page,
  }) => {
    await openApp(page);
    const map = page.getByTestId('map');
    const graph = page.getByTestId('graph');
    await expect(map).toHaveAttribute('data-ready', 'true');
    await expect(graph).toHaveAttribute('data-layout-state', 'settled', { timeout: 30_000 });
    const worldZoom = Number(await map.getAttribute('data-zoom'));

    const search = page.getByTestId('search');
    await search.fill('iberocoop');
    await search.press('ArrowDown');
    await search.press('Enter');
    await expect(page).toHaveURL(/focus=iberocoop/);
    await expect(map).toHaveAttribute('data-selected', 'iberocoop');

    // Every placed member is drawn inside the map's view, zoomed in from the world.
    await expect
      .poll(async () => {
        const inView = await idsInMapView(page);
        return iberocoopPlaced.filter((id) => !inView.has(id));
      })
      .toEqual([]);
    expect(Number(await map.getAttribute('data-zoom'))).toBeGreaterThan(worldZoom);

    // The graph zooms in past "fit all", with the network and its members in view.
    await expect.poll(async () => (await graphZoom(graph)).scale).toBeGreaterThan(0);
    await expect
      .poll(async () => {
        const { scale, fitAll } = await graphZoom(graph);
        return scale > fitAll * 1.2;
      })
      .toBe(true);
    for (const id of ['iberocoop', ...iberocoopPlaced.slice(0, 5)])
      await expect.poll(() => nodeInGraphView(graph, id)).toBe(true);

    // Where the data is thin, the details say so next to the members.
    const placedListed = iberocoop.members.filter((id) => byId.get(id)?.location).length;
    const thin = page.getByTestId('details').getByTestId('thin-data');
    if (placedListed < iberocoop.members.length)
      await expect(thin).toContainText(`Place recorded for ${placedListed} of`);
    await expect(thin).toContainText(
      new RegExp(`recorded for \\d+ of ${iberocoop.members.length} members`),
    );

    // No pane is a sliver: the filters made room for the details.
    for (const width of await paneWidths(page)) expect(width).toBeGreaterThanOrEqual(400);
    await screenshot(page, 'explorer-iberocoop-framed');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a single place is framed at a regional zoom, not street level', async ({ page }) => {
    await openApp(page, '?view=map&focus=wikimedia-argentina');
    const map = page.getByTestId('map');
    await expect(map).toHaveAttribute('data-ready', 'true');
    await expect.poll(async () => (await idsInMapView(page)).has('wikimedia-argentina')).toBe(true);
    const zoom = Number(await map.getAttribute('data-zoom'));
    expect(zoom).toBeGreaterThanOrEqual(3);
    expect(zoom).toBeLessThanOrEqual(6);
  });

  test('the details start at their top for each new selection', async ({ page }) => {
    await openApp(page, '?focus=wikimedia-cee');
    const details = page.getByTestId('details');
    const pane = page.locator('.details.sheet');
    await expect(details.getByRole('heading', { level: 2 })).toHaveText('Wikimedia CEE');
    await pane.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect.poll(() => pane.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
    // A member's button, far down the list, selects it.
    const member = details.getByRole('button', { name: 'Wikimedia Ukraine' }).first();
    await member.scrollIntoViewIfNeeded();
    await member.click();
    await expect(details.getByRole('heading', { level: 2 })).toHaveText('Wikimedia Ukraine');
    expect(await pane.evaluate((el) => el.scrollTop)).toBe(0);
    // The focus was in the panel: the new heading takes it, for screen readers.
    await expect(details.getByRole('heading', { level: 2 })).toBeFocused();
  });

  test('a person walking the graph keeps the focus when the details change', async ({ page }) => {
    await openApp(page, '?view=split&focus=wikimedia-argentina');
    const graph = page.getByTestId('graph');
    await expect(graph).toHaveAttribute('data-layout-state', 'settled', { timeout: 30_000 });
    const surface = graph.getByRole('application');
    await surface.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(page).not.toHaveURL(/focus=wikimedia-argentina/);
    await expect(surface).toBeFocused();
  });

  test('"recognized since 2019" keeps only groups recognized then, and counts the undated', async ({
    page,
  }) => {
    await openApp(page, '?kind=user_group&from=2019');
    const summary = page.getByTestId('summary');
    await expect(summary).toContainText('organizations active in 2019 or later');
    const panel = page.getByTestId('filters');
    await panel.getByRole('radio', { name: 'Organizations recognized in these years' }).check();
    await expect(page).toHaveURL(/years=recognized/);
    await expect(summary).toContainText('organizations recognized in 2019 or later');

    const groups = data.organizations.filter((o) => o.kind === 'user_group');
    const recognizedSince = groups.filter((o) => Number(o.recognized?.slice(0, 4)) >= 2019);
    const undated = groups.filter((o) => !o.recognized);
    await expect(summary).toContainText(`${recognizedSince.length} organizations`);
    await expect(summary).toContainText(`date unknown (`);
    await expect(panel.getByTestId('undated')).toContainText(/Date unknown \(\d+\)/);

    await page.getByTestId('view-table').click();
    const rows = page.getByTestId('table').locator('tbody tr[data-id]');
    await expect(rows).toHaveCount(recognizedSince.length);
    const shown = await rows.evaluateAll((r) => r.map((row) => row.getAttribute('data-id')));
    expect(shown.sort()).toEqual(recognizedSince.map((o) => o.id).sort());

    // Showing the undated ones adds exactly them, and says so.
    await panel.getByTestId('undated').getByRole('checkbox').check();
    await expect(page).toHaveURL(/undated=1/);
    await expect(rows).toHaveCount(recognizedSince.length + undated.length);
    await expect(summary).toContainText(`date unknown (`);
    await expect(summary).toContainText('included');
    await screenshot(page, 'explorer-recognized-since-2019');
  });

  test('playing the timeline adds no history entries while it plays', async ({ page }) => {
    await openApp(page, '?view=split');
    const before = await page.evaluate(() => history.length);
    const timeline = page.getByTestId('timeline');
    await timeline.getByRole('button', { name: /play/i }).click();
    await expect(page).toHaveURL(/from=\d{4}&to=\d{4}/);
    const first = new URL(page.url()).searchParams.get('from');
    const playing = await page.evaluate(() => history.length);
    // The first year played is one step Back returns from; the years after it add none.
    expect(playing).toBeLessThanOrEqual(before + 1);
    for (const n of [1, 2, 3]) {
      await expect
        .poll(async () => Number(new URL(page.url()).searchParams.get('from')), {
          timeout: 20_000,
        })
        .toBeGreaterThanOrEqual(Number(first) + n);
      expect(await page.evaluate(() => history.length)).toBe(playing);
    }
    await timeline.getByRole('button', { name: /pause/i }).click();
    expect(await page.evaluate(() => history.length)).toBe(playing);
  });
});

/** Plays the timeline until it shows `year`, then pauses there and waits for the layout. */
async function playUntil(page: Page, year: number): Promise<void> {
  const timeline = page.getByTestId('timeline');
  await timeline.getByRole('button', { name: /play/i }).click();
  await expect
    .poll(async () => Number(new URL(page.url()).searchParams.get('from')), { timeout: 60_000 })
    .toBeGreaterThanOrEqual(year);
  await timeline.getByRole('button', { name: /pause/i }).click();
  await expect(page.getByTestId('graph')).toHaveAttribute('data-layout-state', 'settled', {
    timeout: 30_000,
  });
}

/** How far each point moved, once both sets are centred and scaled to a spread of 1. */
function shapeMoves(a: { x: number; y: number }[], b: { x: number; y: number }[]): number[] {
  const normal = (ps: { x: number; y: number }[]) => {
    const cx = ps.reduce((s, p) => s + p.x, 0) / ps.length;
    const cy = ps.reduce((s, p) => s + p.y, 0) / ps.length;
    const r = Math.sqrt(ps.reduce((s, p) => s + (p.x - cx) ** 2 + (p.y - cy) ** 2, 0) / ps.length);
    return ps.map((p) => ({ x: (p.x - cx) / r, y: (p.y - cy) / r }));
  };
  const na = normal(a);
  const nb = normal(b);
  return na.map((p, i) => Math.hypot(p.x - nb[i]!.x, p.y - nb[i]!.y));
}

/** Layout positions of the given nodes, by id (nodes not drawn are left out). */
async function layoutPositions(
  graph: Locator,
  ids: readonly string[],
): Promise<Map<string, { x: number; y: number }>> {
  const entries = await graph.evaluate((element, list) => {
    const hook = (element as AtlasGraphElement).atlasGraph!;
    return list.flatMap((id) => {
      const p = hook.layoutPositionOf(id);
      return p ? [[id, p] as const] : [];
    });
  }, ids);
  return new Map(entries);
}

test('playback keeps the graph steady: nodes stay put year to year, no layout box', async ({
  page,
}) => {
  await openApp(page, '?view=graph');
  const graph = page.getByTestId('graph');
  await expect(graph).toHaveAttribute('data-layout-state', 'settled', { timeout: 30_000 });
  await playUntil(page, 2012);
  const year = Number(new URL(page.url()).searchParams.get('from'));
  const ids = data.organizations.map((o) => o.id);
  const before = await layoutPositions(graph, ids);
  // Any "Laying out the graph" box from now on is recorded.
  await graph.evaluate((element) => {
    const seen: string[] = [];
    (window as unknown as { layoutBoxes: string[] }).layoutBoxes = seen;
    new MutationObserver(() => {
      if (element.querySelector('progress')) seen.push('progress');
    }).observe(element, { childList: true, subtree: true });
  });
  await playUntil(page, year + 2);
  const after = await layoutPositions(graph, ids);
  // The picture grows as organizations join: compare shapes, each year's positions taken about
  // their centre and divided by their spread.
  const common = [...before.keys()].filter((id) => after.has(id));
  expect(common.length, 'organizations in both years').toBeGreaterThan(20);
  const moves = shapeMoves(
    common.map((id) => before.get(id)!),
    common.map((id) => after.get(id)!),
  );
  const median = moves.sort((x, y) => x - y)[Math.floor(moves.length / 2)]!;
  console.log(`playback: median move ${median.toFixed(3)} of the picture's spread`);
  expect(median).toBeLessThan(0.15);
  expect(
    await page.evaluate(() => (window as unknown as { layoutBoxes: string[] }).layoutBoxes),
  ).toEqual([]);
  await screenshot(page, 'explorer-playback-steady');
});

test('the graph takes type-to-jump, shows its key hint, and arrows always leave a node', async ({
  page,
}) => {
  await openApp(page, '?view=graph');
  const graph = page.getByTestId('graph');
  await expect(graph).toHaveAttribute('data-layout-state', 'settled', { timeout: 30_000 });
  const surface = graph.getByRole('application');
  await surface.focus();
  await page.keyboard.press('ArrowUp'); // keyboard focus: the hint shows
  const hint = graph.locator('.key-hint');
  await expect(hint).toHaveCSS('opacity', '1');
  await expect(hint).toContainText('Type a name');
  const live = graph.locator('[aria-live]');

  // Typing a name jumps to it; Enter selects it.
  await page.keyboard.type('wikimedia arg');
  await expect(live).toHaveText(/^Wikimedia Argentina, Chapter, \d+ connections$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/focus=wikimedia-argentina/);
  await expect(surface).toBeFocused();
  await screenshot(page, 'explorer-graph-type-to-jump');

  // From the node drawn furthest left, every arrow but Left goes somewhere.
  const ids = data.organizations.map((o) => o.id);
  const positions = await layoutPositions(graph, ids);
  const leftmost = [...positions].sort((a, b) => a[1].x - b[1].x)[0]![0];
  const name = byId.get(leftmost)!.name;
  await page.keyboard.press('Escape');
  await page.keyboard.type(name.slice(0, 30));
  await expect(live).toHaveText(
    new RegExp(`^${name.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
  );
  await page.keyboard.press('ArrowRight');
  await expect(live).not.toHaveText(/^No connection/);
  await expect(live).not.toHaveText(new RegExp(`^${name.slice(0, 10)}`));
});

test('skip links at the top take the focus to the map, the graph and the details', async ({
  page,
}) => {
  await openApp(page, '?view=split&focus=wikimedia-argentina');
  await expect(page.getByTestId('graph')).toHaveAttribute('data-layout-state', 'settled', {
    timeout: 30_000,
  });
  await page.keyboard.press('Tab');
  const toMap = page.getByTestId('skip-map');
  await expect(toMap).toBeFocused();
  await expect(toMap).toBeVisible();
  await screenshot(page, 'explorer-skip-links');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('map-places')).toBeFocused();
  await page.getByTestId('skip-graph').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('graph').getByRole('application')).toBeFocused();
  await page.getByTestId('skip-details').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('details').getByRole('heading', { level: 2 })).toBeFocused();
  expect(new URL(page.url()).hash).toBe('');
});

test('search lists every match grouped, with "N more", and a meetup series has its page', async ({
  page,
}) => {
  await openApp(page);
  const search = page.getByTestId('search');
  await search.fill('wikimedia');
  const listbox = page.getByRole('listbox');
  const more = listbox.locator('[data-more="organization"]');
  await expect(more).toHaveText(/^\d+ more$/);
  const hidden = Number((await more.textContent())!.split(' ')[0]);
  const before = await listbox.getByRole('option').count();
  await more.click();
  await expect(listbox.locator('[data-more="organization"]')).toHaveCount(0);
  await expect(listbox.getByRole('option')).toHaveCount(before - 1 + hidden);
  await expect(search).toBeFocused();

  await search.fill('cee meeting');
  const series = listbox.getByRole('group', { name: 'Meetup series' }).getByRole('option');
  await expect(series.first()).toHaveText(/CEE Meeting/);
  await series.first().click();
  await expect(page).toHaveURL(/focus=series:wikimedia-cee-meeting/);
  const details = page.getByTestId('details');
  await expect(details).toHaveAttribute('data-kind', 'series');
  const editions = details.getByTestId('series-editions').getByRole('button');
  expect(await editions.count()).toBeGreaterThan(3);
  await screenshot(page, 'explorer-series-page');
  // An edition's page leads back to its series.
  await editions.first().click();
  await expect(details).toHaveAttribute('data-kind', 'meetup');
  await details.locator('[data-field="series"]').getByRole('button').click();
  await expect(details).toHaveAttribute('data-kind', 'series');
  expect(await axeViolations(page)).toEqual([]);
});

for (const lang of ['en', 'es', 'fr', 'ar', 'pt-br', 'de', 'uk', 'id']) {
  test(`the header fits on one row at 1280 px in ${lang}`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openApp(page, `?lang=${lang}`);
    const header = page.locator('header').first();
    // One row of 32 px controls is 45 px high; a second row would add 40.
    const height = await header.evaluate((h) => h.getBoundingClientRect().height);
    expect(height).toBeLessThan(60);
    if (lang === 'es' || lang === 'ar') await screenshot(page, `explorer-header-${lang}`);
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('the selected place stays visible above the details sheet; filters and details take turns', async ({
    page,
  }) => {
    await openApp(page, '?focus=iberoconf-2014');
    const details = page.getByTestId('details');
    await expect(details).toBeVisible();
    const map = page.getByTestId('map');
    await expect(map).toHaveAttribute('data-ready', 'true');
    // One view switch: the header's, with no "both" on a phone.
    await expect(page.getByTestId('view-split')).toHaveCount(0);
    await expect(page.getByTestId('view-map')).toHaveAttribute('aria-pressed', 'true');

    const sheet = page.locator('.details.sheet');
    await expect
      .poll(async () => {
        const entry = page.getByTestId('map-places').locator('button[data-id="iberoconf-2014"]');
        if ((await entry.count()) === 0) return false;
        const y = Number(await entry.getAttribute('data-y'));
        const mapBox = (await map.boundingBox())!;
        const sheetBox = (await sheet.boundingBox())!;
        return mapBox.y + y < sheetBox.y && mapBox.y + y > mapBox.y;
      })
      .toBe(true);
    await screenshot(page, 'explorer-phone-details');

    // Filters replace the details sheet, and the details come back.
    await page.getByTestId('filters-toggle').tap();
    await expect(page.getByTestId('filters')).toBeVisible();
    await expect(details).toHaveCount(0);
    await page.getByTestId('details-toggle').tap();
    await expect(details).toBeVisible();
    await expect(page.getByTestId('filters')).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the data line is one line that opens to the licence and credit', async ({ page }) => {
    await openApp(page);
    const about = page.getByTestId('dataset-about');
    const licence = about.getByRole('link', { name: 'CC-BY-SA-4.0' });
    await expect(licence).toBeHidden();
    expect((await about.boundingBox())!.height).toBeLessThanOrEqual(36);
    await about.getByText(/Data as of/).tap();
    await expect(licence).toBeVisible();
    await screenshot(page, 'explorer-phone-about');
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('on a laptop the data line shows the licence and credit', async ({ page }) => {
  await openApp(page);
  const about = page.getByTestId('dataset-about');
  await expect(about.getByRole('link', { name: 'CC-BY-SA-4.0' })).toBeVisible();
  await expect(about.getByRole('link', { name: /Movement Atlas contributors/ })).toBeVisible();
});
