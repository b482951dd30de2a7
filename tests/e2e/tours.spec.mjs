// Curated views and guided tours (docs/url.md, docs/landmarks.md, docs/embedding.md): the Views
// menu, the tour card and its keys, one history entry per step, routes opened cold and fitted to
// the dataset, the status line of a view, the list view's text, the embed commands and events,
// reduced motion, axe; most on tests/fixtures/tours.json (the small map with two views and two
// tours), the last on every tour of the shipped dataset.
import { test } from '@playwright/test';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { expect, watchErrors, waitForMark } from './helpers.mjs';

const fixture = JSON.parse(readFileSync('tests/fixtures/tours.json', 'utf8'));
const shipped = JSON.parse(readFileSync('public/data/geneva.json', 'utf8'));
const talks = fixture.tours.find((t) => t.id === 'data-talks');
const DATA = 'data=/fixtures/tours.json';
const HOST = '/fixtures/embed-host.html';
const CAM = { x: 0, y: 0, z: 1.5 };
/** A localised text in English (a plain string stands for every language). */
const en = (text) => (typeof text === 'string' ? text : text.en);

/** Opens the fixture with `query` (after `?data=...`) and `hash`, and waits for the map. */
async function open(page, query = '', hash = '') {
  await page.goto(`./?${DATA}${query}${hash}`);
  await waitForMark(page, 'datamap:ready');
}

/** The tour card: a region named by the tour's title. */
function card(page, tour = talks, lang = 'en') {
  return page.getByRole('region', { name: tour.title[lang], exact: true });
}

/** Chooses a tour or a view in the Views menu. */
async function choose(page, name, menu = 'Views') {
  await page.getByRole('button', { name: menu, exact: true }).click();
  await page.locator('#story-list').getByRole('link', { name, exact: true }).click();
}

/** Whether each node of the fixture is drawn on the map's canvas under camera `cam` (run in the
 * page or a frame): the pixel at its centre is painted (the canvas is transparent elsewhere). */
function drawnNodes({ positions, cam }) {
  const canvas = document.querySelector('.map canvas');
  const box = canvas.getBoundingClientRect();
  const k = canvas.width / box.width;
  const ctx = canvas.getContext('2d');
  return Object.fromEntries(Object.entries(positions).map(([id, [x, y]]) => {
    const sx = Math.round((box.width / 2 + (x - cam.x) * cam.z) * k);
    const sy = Math.round((box.height / 2 + (y - cam.y) * cam.z) * k);
    return [id, ctx.getImageData(sx, sy, 1, 1).data[3] > 0];
  }).sort());
}

test('a tour opens from the Views menu and is walked to its end and back with the buttons and the keys', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page);
  const menu = page.getByRole('button', { name: 'Views', exact: true });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  const list = page.locator('#story-list');
  await expect(list.getByRole('heading')).toHaveText(['Tours', 'Views']);
  await expect(list.getByRole('link')).toHaveText([...fixture.tours.map((t) => t.title.en), ...fixture.views.map((v) => v.name.en)]);
  await list.getByRole('link', { name: talks.title.en }).click();
  await expect(list).toBeHidden();
  const c = card(page);
  await expect(c).toBeFocused();
  await expect(page).toHaveURL(/#\/tour\/data-talks\/1$/);
  await expect(c.locator('.tour-count')).toHaveText('1 of 3');
  await expect(c.getByRole('heading', { level: 3 })).toHaveText(talks.steps[0].title.en);
  await expect(c).toContainText(talks.steps[0].text.en);
  const source = c.getByRole('list', { name: 'sources' }).getByRole('link', { name: 'WHO data' });
  await expect(source).toHaveAttribute('href', 'https://www.who.int/data');
  await expect(source).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(page.getByRole('complementary', { name: 'World Health Organization' })).toBeVisible();
  await expect(c.getByRole('button', { name: 'Previous' })).toBeDisabled();
  // Next, by button, then by keys while the card has the focus.
  await c.getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(/#\/tour\/data-talks\/2$/);
  await expect(c.locator('.tour-count')).toHaveText('2 of 3');
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/categories=sectors.*#\/tour\/data-talks\/3$/);
  await expect(c.locator('.tour-count')).toHaveText('3 of 3');
  await expect(c.getByRole('heading', { level: 3 })).toHaveCount(0);
  await expect(c.getByRole('link', { name: 'Write to the curators' })).toHaveAttribute('href', 'mailto:curators@example.org');
  await expect(c.getByRole('button', { name: 'Next' })).toBeDisabled();
  await expect(c).toBeFocused();
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/#\/tour\/data-talks\/3$/);
  await page.keyboard.press('PageUp');
  await expect(c.locator('.tour-count')).toHaveText('2 of 3');
  await page.keyboard.press('ArrowLeft');
  await expect(c.locator('.tour-count')).toHaveText('1 of 3');
  await expect(page).toHaveURL(/#\/tour\/data-talks\/1$/);
  await expect(c.getByRole('button', { name: 'Previous' })).toBeDisabled();
  // Close: the whole map, nothing selected or filtered.
  await c.getByRole('button', { name: 'Close' }).click();
  await expect(c).toHaveCount(0);
  await expect(page).toHaveURL(/^[^#?]*\?data=[^&#]*(#\/?)?$/);
  await expect(page.getByRole('complementary')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('Back and Forward walk the steps; a step opened cold shows that step', async ({ page }) => {
  await open(page, '', '#/tour/data-talks/2');
  const c = card(page);
  await expect(c.locator('.tour-count')).toHaveText('2 of 3');
  await expect(c.getByRole('heading', { level: 3 })).toHaveText('Standards');
  await c.getByRole('button', { name: 'Previous' }).click();
  await expect(page).toHaveURL(/#\/tour\/data-talks\/1$/);
  await c.getByRole('button', { name: 'Next' }).click();
  await c.getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(/#\/tour\/data-talks\/3$/);
  for (const [n, heading] of [[2, 'Standards'], [1, 'Health data'], [2, 'Standards']]) {
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`#/tour/data-talks/${n}$`));
    await expect(c.locator('.tour-count')).toHaveText(`${n} of 3`);
    await expect(c.getByRole('heading', { level: 3 })).toHaveText(heading);
  }
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await page.goForward();
  await expect(c.locator('.tour-count')).toHaveText('1 of 3');
  await expect(page.getByRole('complementary', { name: 'World Health Organization' })).toBeVisible();
  await page.goForward();
  await page.goForward();
  await expect(c.locator('.tour-count')).toHaveText('3 of 3');
  await expect(page).toHaveURL(/categories=sectors/);
  // The address reloaded shows the same step.
  const url = page.url();
  await page.goto('about:blank');
  await page.goto(url);
  await expect(card(page).locator('.tour-count')).toHaveText('3 of 3');
});

test('the Views menu works from the keyboard, and a camera in the URL wins over a step’s', async ({ page }) => {
  await open(page);
  const menu = page.getByRole('button', { name: 'Views', exact: true });
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.locator('#story-list').getByRole('link').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card(page)).toBeFocused();
  await expect(page).toHaveURL(/#\/tour\/data-talks\/1$/);
  // Step 3 has a camera of its own; the URL's is kept on arrival.
  await page.goto('about:blank');
  await open(page, `&x=${CAM.x}&y=${CAM.y}&z=${CAM.z}`, '#/tour/data-talks/3');
  await expect(card(page).locator('.tour-count')).toHaveText('3 of 3');
  await page.waitForTimeout(700);
  const u = new URL(page.url());
  expect([u.searchParams.get('x'), u.searchParams.get('y'), u.searchParams.get('z')]).toEqual(['0', '0', '1.5']);
});

test('a step past the end shows the last one, step 0 the first, an unknown tour or view the whole map', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '', '#/tour/data-talks/99');
  await expect(card(page).locator('.tour-count')).toHaveText('3 of 3');
  await expect(page).toHaveURL(/#\/tour\/data-talks\/3$/);
  await open(page, '', '#/tour/data-talks/0');
  await expect(card(page).locator('.tour-count')).toHaveText('1 of 3');
  await open(page, '', '#/tour/humanitarian-tour');
  await expect(card(page, fixture.tours[1]).locator('.tour-count')).toHaveText('1 of 2');
  // Each opened cold, then (the same page) with the hash edited by hand after a step that selects.
  for (const hash of ['#/tour/no-such-tour/2', '#/view/no-such-view', '#/tour/health-data-view/1']) {
    await page.goto('about:blank');
    await open(page, '', hash);
    await expect(page).toHaveURL(/#\/?$/);
    await expect(page.locator('.tour-card')).toBeHidden();
    await expect(page.locator('.story-bar')).toBeHidden();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('application', { name: 'Map of organisations and topics' })).toBeVisible();
    await page.evaluate(() => { location.hash = '#/tour/humanitarian-tour/1'; });
    await expect(page.getByRole('complementary', { name: 'International Committee of the Red Cross' })).toBeVisible();
    await page.evaluate((h) => { location.hash = h; }, hash);
    await expect(page).toHaveURL(/#\/?$/);
    await expect(page.getByRole('complementary')).toHaveCount(0);
    await expect(page.locator('.tour-card')).toBeHidden();
  }
  expect(errors).toEqual([]);
});

test('a view shows "Showing: NAME", only its nodes, and a way back to the whole map, in both languages', async ({ page }) => {
  await open(page, `&x=${CAM.x}&y=${CAM.y}&z=${CAM.z}`);
  const all = await page.evaluate(drawnNodes, { positions: fixture.positions, cam: CAM });
  expect(Object.values(all).every(Boolean)).toBe(true);
  await choose(page, 'Health data');
  await expect(page).toHaveURL(/#\/view\/health-data-view$/);
  const bar = page.locator('.story-bar');
  await expect(bar).toHaveText(/Showing: Health data\s*Whole map/);
  expect(new URL(page.url()).search).not.toMatch(/ids|only|who/);
  // The list shows the view's name, description and organisations.
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Health data' })).toBeVisible();
  await expect(page.locator('.story-text')).toContainText(fixture.views[0].description.en);
  await expect(page.locator('.list-view tbody tr')).toHaveCount(1);
  await expect(page.locator('.list-view tbody th')).toHaveText('World Health Organization');
  await page.getByRole('button', { name: 'FR – Français' }).click();
  expect(await bar.textContent()).toContain('Affichage\u00a0: Données de santé');
  await bar.getByRole('button', { name: 'Toute la carte' }).click();
  await expect(page).toHaveURL(/#\/?$/);
  await expect(page.locator('.list-view tbody tr')).toHaveCount(fixture.organisations.length);
  await expect(bar).toBeHidden();
});

test('a tour in the list view is text above the table, its step marked current', async ({ page }) => {
  await open(page, '&view=list', '#/tour/data-talks/2');
  const text = page.locator('.story-text');
  await expect(text.getByRole('heading', { level: 2 })).toHaveText(talks.title.en);
  await expect(text).toContainText(talks.summary.en);
  const steps = text.locator('ol.tour-steps > li');
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(1)).toHaveAttribute('aria-current', 'step');
  await expect(text.locator('[aria-current]')).toHaveCount(1);
  await expect(steps.nth(1).getByRole('heading', { level: 3 })).toHaveText('Standards');
  await expect(steps.nth(2).getByRole('heading')).toHaveCount(0);
  await expect(steps.nth(0).getByRole('link', { name: 'WHO data' })).toHaveAttribute('href', 'https://www.who.int/data');
  await expect(page.locator('.list-view tbody th')).toHaveText(['International Telecommunication Union']);
  await expect(page.locator('.tour-card')).toBeHidden();
});

test('a view in an iframe shows the same nodes as in the full page', async ({ page }) => {
  // A camera that shows the whole fixture in the frame (800 × 500, less the toolbar).
  const cam = { x: 0, y: 20, z: 1 };
  const route = `?${DATA}&x=${cam.x}&y=${cam.y}&z=${cam.z}#/view/health-data-view`;
  await page.goto(`./${route}`);
  await waitForMark(page, 'datamap:ready');
  await expect(page.locator('.story-bar')).toContainText('Health data');
  const full = await page.evaluate(drawnNodes, { positions: fixture.positions, cam });
  expect(full).toEqual({ 'artificial-intelligence': true, 'data-protection': false, 'health-data': true,
    'humanitarian-data': false, icrc: false, itu: false, standards: false, who: true });
  await page.goto(`${HOST}?src=${encodeURIComponent(`/${route.replace('?', '?embed=1&')}`)}`);
  const frame = page.frame({ url: /embed=1/ });
  await frame.waitForFunction(() => performance.getEntriesByName('datamap:ready', 'mark').length > 0);
  await expect(page.frameLocator('#map').locator('.story-bar')).toContainText('Health data');
  expect(await frame.evaluate(drawnNodes, { positions: fixture.positions, cam })).toEqual(full);
});

test('the host shows a tour or a view by message, and hears each step', async ({ page }) => {
  const errors = watchErrors(page);
  const events = (type) => page.evaluate((t) => window.events.filter((e) => e && e.type === t), type);
  const send = (m) => page.evaluate((msg) => document.getElementById('map').contentWindow.postMessage(msg, '*'), m);
  await page.goto(`${HOST}?src=${encodeURIComponent(`/?embed=1&${DATA}`)}`);
  await expect.poll(() => events('datamap:ready')).toHaveLength(1);
  const frame = page.frameLocator('#map');
  await send({ type: 'datamap:tour', id: 'data-talks', step: 2 });
  await expect.poll(() => events('datamap:step')).toEqual([{ type: 'datamap:step', tour: 'data-talks', step: 2, of: 3 }]);
  await expect(card(frame).locator('.tour-count')).toHaveText('2 of 3');
  await expect.poll(() => page.frame({ url: /embed=1/ }).url()).toMatch(/#\/tour\/data-talks\/2$/);
  await card(frame).getByRole('button', { name: 'Next' }).click();
  await expect.poll(async () => (await events('datamap:step')).at(-1)).toEqual({ type: 'datamap:step', tour: 'data-talks', step: 3, of: 3 });
  await send({ type: 'datamap:tour', id: 'data-talks' });
  await expect.poll(async () => (await events('datamap:step')).at(-1)).toEqual({ type: 'datamap:step', tour: 'data-talks', step: 1, of: 3 });
  // Wrong shapes and unknown ids change nothing.
  for (const bad of [{ type: 'datamap:tour', id: 'no-such-tour' }, { type: 'datamap:tour', id: 'data-talks', step: 0 },
    { type: 'datamap:tour', id: 'data-talks', step: '2' }, { type: 'datamap:view', id: 'Health' }, { type: 'datamap:view' }]) {
    await send(bad);
  }
  await page.waitForTimeout(300);
  expect(page.frame({ url: /embed=1/ }).url()).toMatch(/#\/tour\/data-talks\/1$/);
  expect(await events('datamap:step')).toHaveLength(3);
  await send({ type: 'datamap:view', id: 'humanitarian-view' });
  await expect.poll(() => page.frame({ url: /embed=1/ }).url()).toMatch(/types=humanitarian.*#\/view\/humanitarian-view$/);
  await expect(frame.getByRole('complementary', { name: 'International Committee of the Red Cross' })).toBeVisible();
  await expect(frame.locator('.tour-card')).toBeHidden();
  // A comparison ends the view: its route, its line and its `only` filter go.
  await send({ type: 'datamap:compare', a: 'who', b: 'itu' });
  await expect.poll(() => page.frame({ url: /embed=1/ }).url()).toMatch(/#\/compare\/who\/itu$/);
  await expect(frame.locator('.story-bar')).toBeHidden();
  expect(errors).toEqual([]);
});

test('the Embed dialog offers this tour from its first step, besides the view on screen', async ({ page }) => {
  await open(page, '', '#/tour/data-talks/2');
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this map' });
  const code = dialog.locator('textarea');
  await expect(code).toHaveValue(/embed=1[^"]*#\/tour\/data-talks\/2"/);
  await dialog.getByLabel('This tour, from step 1').check();
  await expect(code).toHaveValue(/src="[^"#]*\?embed=1&amp;data=[^"#&]*#\/tour\/data-talks\/1"/);
});

/** A checksum of the map's canvas, taken on every animation frame for `ms` after `act` runs. */
async function picturesAfter(page, ms) {
  return page.evaluate(async (ms) => {
    const canvas = document.querySelector('.map canvas');
    const ctx = canvas.getContext('2d');
    const sum = () => {
      const d = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let h = 0;
      for (let i = 0; i < d.length; i += 97) h = (h * 31 + d[i]) | 0;
      return h;
    };
    const seen = new Set();
    document.querySelector('.tour-nav button:nth-child(2)').click();
    const start = performance.now();
    while (performance.now() - start < ms) {
      await new Promise((r) => requestAnimationFrame(r));
      seen.add(sum());
    }
    return seen.size;
  }, ms);
}

test('with reduced motion a step jumps to its camera; without, it animates', async ({ page }) => {
  const counts = {};
  for (const motion of ['reduce', 'no-preference']) {
    await page.emulateMedia({ reducedMotion: motion });
    await open(page, '', '#/tour/data-talks/2');
    await expect(card(page).locator('.tour-count')).toHaveText('2 of 3');
    await page.waitForTimeout(700);
    counts[motion] = await picturesAfter(page, 800);
    await expect(card(page).locator('.tour-count')).toHaveText('3 of 3');
  }
  expect(counts.reduce).toBeLessThanOrEqual(4);
  expect(counts['no-preference']).toBeGreaterThan(counts.reduce + 3);
});

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

test.describe('axe', () => {
  // axe is injected as a script, which the app's Content-Security-Policy rightly refuses.
  test.use({ bypassCSP: true });
  for (const lang of ['en', 'fr']) {
    test(`the tour card and the Views menu have no serious or critical violation (${lang})`, async ({ page }) => {
      await open(page, `&lang=${lang}`, '#/tour/data-talks/1');
      await expect(card(page, talks, lang)).toBeVisible();
      await page.getByRole('button', { name: lang === 'en' ? 'Views' : 'Vues', exact: true }).click();
      await expect(page.locator('#story-list')).toBeVisible();
      await page.addScriptTag({ path: axePath });
      const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
      const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      expect(serious).toEqual([]);
    });
  }
});

// The shipped tours are curated separately: this walks whatever tours public/data/geneva.json has,
// and fails while it has none.
test('every shipped tour is walked from the menu to its end and back', async ({ page }) => {
  const errors = watchErrors(page);
  const tours = shipped.tours ?? [];
  expect(tours.length, 'public/data/geneva.json has tours').toBeGreaterThan(0);
  await page.goto('./');
  await waitForMark(page, 'datamap:ready');
  for (const tour of tours) {
    await choose(page, en(tour.title));
    const c = page.getByRole('region', { name: en(tour.title), exact: true });
    const n = tour.steps.length;
    for (let i = 1; i <= n; i++) {
      await expect(c.locator('.tour-count')).toHaveText(`${i} of ${n}`);
      await expect(c.locator('.tour-text')).toHaveText(en(tour.steps[i - 1].text));
      await expect(page).toHaveURL(new RegExp(`#/tour/${tour.id}/${i}$`));
      if (i < n) await c.getByRole('button', { name: 'Next' }).click();
    }
    await expect(c.getByRole('button', { name: 'Next' })).toBeDisabled();
    for (let i = n - 1; i >= 1; i--) {
      await c.getByRole('button', { name: 'Previous' }).click();
      await expect(c.locator('.tour-count')).toHaveText(`${i} of ${n}`);
    }
    await c.getByRole('button', { name: 'Close' }).click();
    await expect(c).toHaveCount(0);
  }
  expect(errors).toEqual([]);
});
