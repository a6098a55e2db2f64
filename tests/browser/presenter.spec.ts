/**
 * Presentation mode: the default tour steps with clicker keys, blanks, jumps, and looks the same
 * however a step is reached; the notes window follows and drives; an authored draft downloads,
 * validates and plays; axe finds nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeViolations, expect, graphPosition, screenshot, test } from './fixtures.ts';
import { validateDataset } from '../../src/model/validate.ts';

const TOUR = 'regional-meetups-2015';
const DATA = JSON.parse(readFileSync('data/wikimedia.json', 'utf8')) as {
  tours: { steps: unknown[] }[];
  networks: { id: string; members: string[] }[];
};
const STEPS = DATA.tours[0]!.steps.length;
/** Step 3 of the default tour shows Iberocoop. */
const IBEROCOOP_MEMBERS = DATA.networks.find((n) => n.id === 'iberocoop')!.members;

async function openTour(page: Page, search = `?tour=${TOUR}`): Promise<void> {
  await page.goto(`./${search}`);
  await expect(page.getByTestId('presenter')).toBeVisible();
}

/** Waits until the stage has settled: map camera still, graph laid out. */
async function settled(page: Page): Promise<void> {
  const stage = page.getByTestId('stage');
  for (const map of await stage.getByTestId('map').all()) {
    await expect(map).toHaveAttribute('data-ready', 'true');
    await expect(map).toHaveAttribute('data-camera', 'still');
  }
  for (const graph of await stage.getByTestId('graph').all()) {
    await expect(graph).toHaveAttribute('data-layout-state', 'settled', { timeout: 30_000 });
  }
}

async function at(page: Page, step: number): Promise<void> {
  await expect(page.getByTestId('position')).toHaveText(`${step} / ${STEPS}`);
  await expect(page).toHaveURL(new RegExp(`[?&]step=${step}(&|$)`));
}

test('the default tour steps forward and back with clicker keys and arrows', async ({ page }) => {
  await openTour(page);
  await at(page, 1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wikimania 2015, Mexico City');
  // No filter panel, no header in presentation mode.
  await expect(page.getByTestId('filters-toggle')).toHaveCount(0);
  for (const [key, step] of [
    ['PageDown', 2],
    ['ArrowRight', 3],
    ['ArrowDown', 4],
    [' ', 5],
    ['n', 6],
    ['PageUp', 5],
    ['ArrowLeft', 4],
    ['ArrowUp', 3],
    ['p', 2],
    ['End', STEPS],
    ['Home', 1],
  ] as const) {
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    await at(page, step);
  }
  // G, a number, Enter jumps.
  await page.keyboard.press('g');
  await page.keyboard.press('7');
  await page.keyboard.press('Enter');
  await at(page, 7);
  // Back returns to the step before.
  await page.goBack();
  await at(page, 1);
});

test('B blanks the screen and any key returns; W whitens', async ({ page }) => {
  await openTour(page, `?tour=${TOUR}&step=2`);
  await page.keyboard.press('b');
  const screen = page.getByTestId('screen');
  await expect(screen).toBeVisible();
  await expect(screen).toHaveCSS('background-color', 'rgb(0, 0, 0)');
  await page.keyboard.press('x');
  await expect(screen).toHaveCount(0);
  await at(page, 2);
  await page.keyboard.press(',');
  await expect(screen).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await page.keyboard.press('ArrowRight');
  await expect(screen).toHaveCount(0);
  // The key that returned did nothing else.
  await at(page, 2);
});

/**
 * How many pixels differ between two PNG screenshots of the same size, counted in the page.
 * Anti-aliasing of canvas strokes may differ at sub-pixel level between two drawings of the same
 * view; anything that moves, appears or changes colour differs in far more pixels.
 */
async function differingPixels(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([x, y]) => {
      const load = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(image, 0, 0);
        return ctx.getImageData(0, 0, image.width, image.height).data;
      };
      const [p, q] = [await load(x), await load(y)];
      if (p.length !== q.length) return Infinity;
      let n = 0;
      for (let i = 0; i < p.length; i += 4) {
        if (p[i] !== q[i] || p[i + 1] !== q[i + 1] || p[i + 2] !== q[i + 2]) n++;
      }
      return n;
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

test('a step looks the same by direct link, forwards and backwards', async ({ page }) => {
  const shots: Buffer[] = [];
  const zooms: (string | null)[] = [];
  const shoot = async () => {
    await settled(page);
    zooms.push(await page.getByTestId('map').getAttribute('data-zoom'));
    shots.push(await page.getByTestId('presenter').screenshot());
  };
  await openTour(page, `?tour=${TOUR}&step=4`);
  await at(page, 4);
  await shoot();
  // From step 3 the map shared the screen with the graph: the camera must refit to the full pane.
  await openTour(page, `?tour=${TOUR}&step=3`);
  await settled(page);
  await page.keyboard.press('PageDown');
  await at(page, 4);
  await shoot();
  await openTour(page, `?tour=${TOUR}&step=5`);
  await settled(page);
  await page.keyboard.press('PageUp');
  await at(page, 4);
  await shoot();
  shots.forEach((shot, i) => writeFileSync(`test-results/presenter-step4-${i}.png`, shot));
  expect(zooms[1]).toBe(zooms[0]);
  expect(zooms[2]).toBe(zooms[0]);
  const size = 1366 * 800;
  for (const [i, how] of [
    [1, 'forwards'],
    [2, 'backwards'],
  ] as const) {
    const differ = await differingPixels(page, shots[0]!, shots[i]!);
    // Camera, zoom and pixel origin are equal (checked above); what differs is antialiasing at
    // the edges of labels and arcs drawn during different frames: about 0.5% of the pixels
    // with this step's 40-odd markers. A different picture differs by far more.
    expect(differ / size, `${how} vs direct link: share of differing pixels`).toBeLessThan(0.01);
  }
});

test('Escape leaves the tour at the current state, in explore mode', async ({ page }) => {
  await openTour(page, `?tour=${TOUR}&step=4`);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presenter')).toHaveCount(0);
  await expect(page.getByTestId('filters-toggle')).toBeVisible();
  await expect(page).toHaveURL(/\?view=map&focus=iberoconf-2014$/);
});

test('overview and key help open and close; the Present menu starts a tour', async ({ page }) => {
  await openTour(page, `?tour=${TOUR}&step=2`);
  await page.keyboard.press('o');
  const overview = page.getByTestId('overview');
  await expect(overview).toBeVisible();
  await screenshot(page, 'presenter-overview');
  await overview.getByRole('button', { name: /Iberoconf 2014/ }).click();
  await at(page, 4);
  await expect(overview).toHaveCount(0);
  await page.keyboard.press('?');
  await expect(page.getByTestId('key-help')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('key-help')).toHaveCount(0);
  await at(page, 4);
  await page.keyboard.press('Escape');
  await page.getByTestId('present-menu').click();
  await page.getByRole('button', { name: /Regional meet-ups/ }).click();
  await at(page, 1);
});

test('the notes window follows the presentation and drives it', async ({ page, context }) => {
  await openTour(page, `?tour=${TOUR}&step=2`);
  const popup = context.waitForEvent('page');
  await page.keyboard.press('s');
  const notes = await popup;
  await expect(notes.getByTestId('notes-window')).toBeVisible();
  await expect(notes.getByTestId('notes-position')).toHaveText(`2 / ${STEPS}`);
  await expect(notes.getByText(/Anna Torres/)).toBeVisible();
  await expect(notes.getByText('Next: Iberocoop')).toBeVisible();
  await expect(notes.getByTestId('elapsed')).toHaveText(/^\d\d:\d\d$/);
  // The presentation drives the notes...
  await page.keyboard.press('PageDown');
  await expect(notes.getByTestId('notes-position')).toHaveText(`3 / ${STEPS}`);
  // ...and the notes drive the presentation.
  await notes.keyboard.press('PageDown');
  await at(page, 4);
  await notes.getByRole('button', { name: 'WikiArabia 2015, Monastir' }).click();
  await at(page, 5);
  await screenshot(notes, 'presenter-notes-window');
});

test('an authored draft downloads, validates and plays', async ({ page }) => {
  await page.goto('./?view=map&focus=iberocoop');
  await expect(page.getByTestId('filters-toggle')).toBeVisible();
  await page.getByTestId('draft-add').click();
  await page.goto('./?view=graph&focus=wikimedia-cee');
  await page.getByTestId('draft-add').click();
  // The draft survives a reload.
  await page.reload();
  await page.getByTestId('present-menu').click();
  await expect(page.getByText(/Your draft: “My tour”, 2 steps/)).toBeVisible();
  await page.getByTestId('draft-edit').click();
  const editor = page.getByTestId('draft-editor');
  await editor.getByLabel('Title of the tour').fill('Two networks');
  await editor.getByLabel('Title of the tour').blur();
  await editor.getByLabel('Title of step 1').fill('Iberocoop');
  await editor.getByLabel('Title of step 1').blur();
  await editor.getByLabel('Caption').first().fill('Members of [[iberocoop]].\n\nSince 2010.');
  await editor.getByLabel('Caption').first().blur();
  await editor.getByRole('button', { name: 'Move down' }).first().click();
  await expect(editor.getByLabel('Title of step 2')).toHaveValue('Iberocoop');
  const download = page.waitForEvent('download');
  await editor.getByTestId('draft-download').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('movement-atlas-two-networks.json');
  const text = readFileSync((await file.path())!, 'utf8');
  const result = validateDataset(text, file.suggestedFilename());
  expect(result.errors).toEqual([]);
  const tour = result.dataset!.tours!.find((t) => t.id === 'two-networks')!;
  expect(tour.steps.map((s) => s.title)).toEqual(['Step 2', 'Iberocoop']);
  expect(tour.steps[1]!.body).toEqual(['Members of [[iberocoop]].', 'Since 2010.']);
  expect(tour.steps[1]!.state).toEqual({ view: 'map', focus: 'iberocoop' });
  // Preview plays it.
  await editor.getByTestId('draft-preview').click();
  await expect(page.getByTestId('position')).toHaveText('1 / 2');
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('position')).toHaveText('2 / 2');
  await expect(page.getByRole('button', { name: 'Iberocoop' })).toBeVisible();
  // And from a link, after a reload.
  await openTour(page, '?tour=draft&step=2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Iberocoop');
});

test('presentation mode is axe clean and legible on a projector', async ({ page }) => {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await openTour(page, `?tour=${TOUR}&step=3`);
    await settled(page);
    const sizes = await page.getByTestId('caption').evaluate((card) => {
      const px = (el: Element | null) => (el ? parseFloat(getComputedStyle(el).fontSize) : 0);
      return { title: px(card.querySelector('h1')), body: px(card.querySelector('.body p')) };
    });
    expect(sizes.body).toBeGreaterThanOrEqual(28);
    expect(sizes.title).toBeGreaterThanOrEqual(28);
    // The step's records are framed inside the graph's pane, under the stage's CSS zoom too.
    const graph = page.getByTestId('stage').getByTestId('graph');
    const pane = (await graph.boundingBox())!;
    for (const id of ['iberocoop', ...IBEROCOOP_MEMBERS]) {
      const at = (await graphPosition(page, id, graph))!;
      expect(at.x, id).toBeGreaterThan(pane.x);
      expect(at.x, id).toBeLessThan(pane.x + pane.width);
      expect(at.y, id).toBeGreaterThan(pane.y);
      expect(at.y, id).toBeLessThan(pane.y + pane.height);
    }
    await screenshot(page, `presenter-${width}x${height}`);
  }
  expect(await axeViolations(page)).toEqual([]);
  await openTour(page, `?tour=${TOUR}&step=4&lang=ar`);
  await settled(page);
  await screenshot(page, 'presenter-ar');
  expect(await axeViolations(page)).toEqual([]);
});

test('the handout prints every step', async ({ page }) => {
  await page.goto(`./?tour=${TOUR}&print&notes`);
  const handout = page.getByTestId('handout');
  await expect(handout.getByRole('article')).toHaveCount(STEPS);
  await expect(handout.getByText(/Anna Torres/)).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, 'presenter-handout-print');
});
