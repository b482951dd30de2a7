// The interactive legend: its entries are the filters (a click filters, the checkboxes and the URL
// follow), pointing at or focusing one highlights its nodes on the map (the small dataset with
// baked positions and a camera in the URL, so every node's pixel is known), and an exported
// picture carries the legend, the title and the date.
import { test } from '@playwright/test';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { expect, palette, rgba, watchErrors, waitForMark } from './helpers.mjs';

const small = JSON.parse(readFileSync('tests/fixtures/small.json', 'utf8'));
// The whole small map (y from -140 to 180) fits a 1280x720 page with room to spare.
const CAM = { x: 0, y: 20, z: 1.3 };
const LIGHT = palette('LIGHT');

/** Opens the small dataset with the camera in the URL, once the legend is built. */
async function open(page, extra = '') {
  await page.goto(`./?data=/fixtures/small.json&x=${CAM.x}&y=${CAM.y}&z=${CAM.z}${extra}`);
  await waitForMark(page, 'datamap:ready');
  await expect(page.getByRole('checkbox').first()).toBeVisible();
}

/** The canvas pixel (RGBA) at the centre of each node `ids`, by id. */
function pixels(page, ids) {
  const points = Object.fromEntries(ids.map((id) => [id, small.positions[id]]));
  return page.locator('.map canvas').evaluate((c, { points, cam }) => {
    const box = c.getBoundingClientRect();
    const k = c.width / box.width;
    const ctx = c.getContext('2d');
    const out = {};
    for (const [id, [x, y]] of Object.entries(points)) {
      const px = Math.round((box.width / 2 + (x - cam.x) * cam.z) * k);
      const py = Math.round((box.height / 2 + (y - cam.y) * cam.z) * k);
      out[id] = [...ctx.getImageData(px, py, 1, 1).data];
    }
    return out;
  }, { points, cam: CAM });
}

const ORGS = ['who', 'itu', 'icrc'];
const ALL = [...ORGS, 'health-data', 'data-protection'];

test('a click on a legend entry filters the map and the list, and its checkbox says so', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page);
  const humanitarian = page.getByRole('checkbox', { name: /Humanitarian organisations/ });
  await expect(humanitarian).not.toBeChecked();
  // A click on the entry's name (its visible label), not on the box itself.
  await page.locator('label.filter', { hasText: 'Humanitarian organisations' }).locator('.filter-name').click();
  await expect(humanitarian).toBeChecked();
  await expect(page).toHaveURL(/types=humanitarian/);
  await expect(page.getByRole('checkbox', { name: /UN system/ })).not.toBeChecked();
  // On the map, the UN organisations are gone and ICRC is still there.
  await expect.poll(async () => (await pixels(page, ['who']))['who'][3]).toBe(0);
  expect((await pixels(page, ['icrc']))['icrc']).toEqual(rgba(LIGHT.org_fill));
  await page.getByRole('button', { name: 'List' }).click();
  await expect(page.locator('.list-view tbody th')).toHaveText(['International Committee of the Red Cross']);
  // By keyboard: Space on a focused entry adds it to the filter.
  await page.getByRole('checkbox', { name: /UN system/ }).focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/types=humanitarian%2Cun|types=humanitarian,un/);
  await expect(page.locator('.list-view tbody tr')).toHaveCount(3);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('pointing at a legend entry highlights its nodes and fades the others; leaving restores the map', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page);
  const before = await pixels(page, ALL);
  for (const id of ALL) expect(before[id][3], `${id} is drawn`).toBe(255);
  await page.locator('label.filter', { hasText: 'UN system' }).hover();
  await expect(page.locator('label.filter.highlighted')).toHaveText(/UN system/);
  await expect.poll(async () => (await pixels(page, ['icrc']))['icrc'][3]).toBeLessThan(100);
  const lit = await pixels(page, ALL);
  expect(lit.who).toEqual(before.who);
  expect(lit.itu).toEqual(before.itu);
  for (const id of ['icrc', 'health-data', 'data-protection']) {
    expect(lit[id][3], `${id} is faded`).toBeLessThan(100);
    expect(lit[id][3], `${id} still shows`).toBeGreaterThan(20);
  }
  // A category: its topics stand out, every organisation fades.
  await page.locator('label.filter', { hasText: 'Data for policy sectors' }).hover();
  await expect.poll(async () => (await pixels(page, ['who']))['who'][3]).toBeLessThan(100);
  const sectors = await pixels(page, ALL);
  expect(sectors['health-data']).toEqual(before['health-data']);
  expect(sectors['data-protection'][3]).toBeLessThan(100);
  // The pointer leaves the legend: the same map as before.
  await page.mouse.move(5, 5);
  await expect(page.locator('label.filter.highlighted')).toHaveCount(0);
  await expect.poll(async () => pixels(page, ALL)).toEqual(before);
  expect(errors).toEqual([]);
});

test('focusing a legend entry by keyboard highlights it too', async ({ page }) => {
  await open(page);
  const before = await pixels(page, ALL);
  const un = page.getByRole('checkbox', { name: /UN system/ });
  await un.focus();
  await expect.poll(async () => (await pixels(page, ['icrc']))['icrc'][3]).toBeLessThan(100);
  expect((await pixels(page, ['who']))['who']).toEqual(before.who);
  // Tab to the next entry: it is highlighted instead.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: /Humanitarian organisations/ })).toBeFocused();
  await expect.poll(async () => (await pixels(page, ['who']))['who'][3]).toBeLessThan(100);
  expect((await pixels(page, ['icrc']))['icrc']).toEqual(before.icrc);
});

test('the exported SVG holds the legend, the title, the date and the address', async ({ page }) => {
  await open(page, '&lang=fr');
  await page.getByText('Exporter', { exact: true }).click();
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Image vectorielle (SVG)' }).click()]);
  const text = readFileSync(await dl.path(), 'utf8');
  const legend = await page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const g = doc.querySelector('g.legend');
    return g && { texts: [...g.querySelectorAll('text')].map((t) => t.textContent), keys: g.querySelectorAll('circle, polygon').length };
  }, text);
  expect(legend).not.toBeNull();
  const all = legend.texts.join('\n');
  expect(all).toContain(small.meta.title.fr);
  expect(all).toContain(small.meta.updated);
  expect(all).toContain('Geneva Data Map');
  expect(all).toContain(page.url());
  for (const c of small.categories) expect(legend.texts).toContain(`${c.name.fr} (${small.topics.filter((t) => t.category === c.id).length})`);
  for (const o of small.org_types) expect(legend.texts).toContain(`${o.name.fr} (${small.organisations.filter((x) => x.type === o.id).length})`);
  expect(legend.keys).toBe(small.categories.length + small.org_types.length);
});

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
for (const scheme of ['light', 'dark']) {
  for (const lang of ['en', 'fr']) {
    test(`the legend, with an entry highlighted, has no serious or critical violation (${scheme}, ${lang})`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme: scheme, bypassCSP: true });
      const page = await context.newPage();
      await open(page, `&lang=${lang}`);
      await page.getByRole('checkbox').nth(1).check();
      await page.getByRole('checkbox').first().focus();
      await expect(page.locator('label.filter.highlighted')).toHaveCount(1);
      await page.addScriptTag({ path: axePath });
      const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
      const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await context.close();
    });
  }
}
