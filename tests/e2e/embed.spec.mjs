// The embed contract (docs/embedding.md): a host page with the map in an iframe.
import { test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, watchErrors } from './helpers.mjs';

const HOST = '/fixtures/embed-host.html';

async function events(page, type) {
  return page.evaluate((t) => window.events.filter((e) => e && e.type === t), type);
}

async function send(page, message) {
  await page.evaluate((m) => document.getElementById('map').contentWindow.postMessage(m, '*'), message);
}

test('the host hears datamap:ready, selects by message, and hears the selection back', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(HOST);
  await expect.poll(() => events(page, 'datamap:ready')).toHaveLength(1);
  await expect.poll(async () => (await events(page, 'datamap:height')).length).toBeGreaterThan(0);
  await send(page, { type: 'datamap:select', id: 'who' });
  const frame = page.frameLocator('#map');
  await expect(frame.getByRole('complementary', { name: 'World Health Organization' })).toBeVisible();
  await expect.poll(() => events(page, 'datamap:select')).toContainEqual({ type: 'datamap:select', id: 'who', kind: 'org' });
  await send(page, { type: 'datamap:lang', lang: 'fr' });
  await expect(frame.getByRole('heading', { level: 2 })).toHaveText('Organisation mondiale de la Santé');
  await send(page, { type: 'datamap:filter', types: ['humanitarian'] });
  await expect.poll(() => page.frame({ url: /embed=1/ }).url()).toMatch(/types=humanitarian/);
  expect(errors).toEqual([]);
});

test('embed mode has no header title or footer, and an "Open full map" link to the same view', async ({ page }) => {
  await page.goto(HOST);
  await expect.poll(() => events(page, 'datamap:ready')).toHaveLength(1);
  const frame = page.frameLocator('#map');
  await expect(frame.locator('h1')).toBeHidden();
  await expect(frame.locator('.site-footer')).toBeHidden();
  const open = frame.getByRole('link', { name: 'Open full map' });
  await expect(open).toHaveAttribute('href', /data=\/fixtures\/small\.json/);
  await expect(open).not.toHaveAttribute('href', /embed=1/);
  // Without the footer, the data's date stands beside the link.
  const small = JSON.parse(readFileSync('tests/fixtures/small.json', 'utf8'));
  await expect(frame.locator('.embed-as-of')).toHaveText(`Data as of ${small.meta.updated}`);
});

test('the wheel scrolls the host page until the map is clicked, then zooms the map', async ({ page }) => {
  await page.goto(HOST);
  await expect.poll(() => events(page, 'datamap:ready')).toHaveLength(1);
  const box = await page.locator('#map').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 40);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  const frame = page.frame({ url: /embed=1/ });
  expect(new URL(frame.url()).searchParams.get('z')).toBe('1.5');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2 + 40);
  await page.mouse.wheel(0, -300);
  await expect.poll(() => Number(new URL(frame.url()).searchParams.get('z'))).toBeGreaterThan(1.5);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('malformed messages change nothing and log no error', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(HOST);
  await expect.poll(() => events(page, 'datamap:ready')).toHaveLength(1);
  for (const bad of [null, 42, 'datamap:select', [], {}, { type: 'datamap:select' }, { type: 'datamap:select', id: 42 },
    { type: 'datamap:select', id: '<img src=x onerror=alert(1)>' }, { type: 'datamap:select', id: 'no-such-node' },
    { type: 'datamap:filter', types: 'un' }, { type: 'datamap:lang', lang: 'xx' }, { type: 'datamap:eval', code: 'alert(1)' },
    { type: 'datamap:filter', q: 'x'.repeat(100000) }]) {
    await send(page, bad);
  }
  await page.waitForTimeout(300);
  const frame = page.frame({ url: /embed=1/ });
  expect(new URL(frame.url()).hash).toMatch(/^(#\/?)?$/);
  await expect(page.frameLocator('#map').getByRole('complementary')).toHaveCount(0);
  expect(await events(page, 'datamap:select')).toEqual([]);
  expect(errors).toEqual([]);
});

test('?data= in the frame shows the other dataset and says so; a broken file shows the alert', async ({ page }) => {
  await page.goto(`${HOST}?src=${encodeURIComponent('/?embed=1&data=/fixtures/invalid/dangling-link.json')}`);
  const frame = page.frameLocator('#map');
  await expect(frame.getByRole('alert')).toContainText('links[0].topic');
  await expect(frame.locator('.other-data')).toContainText('/fixtures/invalid/dangling-link.json');
});

test('the snippet from the Embed dialog, pasted into a plain page, shows the same view', async ({ page, baseURL }) => {
  await page.goto('./?lang=fr&types=un#/org/who');
  await expect(page.getByRole('complementary', { name: 'Organisation mondiale de la Santé' })).toBeVisible();
  await page.getByRole('button', { name: 'Intégrer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Intégrer cette carte' });
  await expect(dialog).toBeVisible();
  const snippet = await dialog.locator('textarea').inputValue();
  expect(snippet).toMatch(/^<iframe src="[^"]*embed=1[^"]*" title="Carte des données de la Genève internationale"/);
  await expect(dialog.locator('.embed-preview iframe')).toHaveCount(1);
  // A plain HTML page on the same server, holding only the snippet.
  await page.goto(`${baseURL}/fixtures/embed-host.html?src=about:blank`);
  await page.setContent(`<!doctype html><html lang="en"><head><title>Pasted</title></head><body>${snippet}</body></html>`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('complementary', { name: 'Organisation mondiale de la Santé' })).toBeVisible();
  await expect(frame.locator('html')).toHaveAttribute('lang', 'fr');
});

test('the host opens a comparison and a focus two links deep by message, and hears the comparison back', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(HOST);
  await expect.poll(() => events(page, 'datamap:ready')).toHaveLength(1);
  await send(page, { type: 'datamap:compare', a: 'who', b: 'itu' });
  await expect.poll(() => page.frame({ url: /embed=1/ }).url()).toMatch(/#\/compare\/who\/itu$/);
  await expect.poll(() => events(page, 'datamap:select'))
    .toContainEqual({ type: 'datamap:select', id: null, kind: null, compare: ['who', 'itu'] });
  await send(page, { type: 'datamap:depth', depth: 2 });
  await expect.poll(() => page.frame({ url: /embed=1/ }).url()).toMatch(/depth=2/);
  // Wrong shapes change nothing.
  await send(page, { type: 'datamap:depth', depth: 7 });
  await send(page, { type: 'datamap:compare', a: 'who' });
  await page.waitForTimeout(300);
  expect(page.frame({ url: /embed=1/ }).url()).toMatch(/depth=2.*#\/compare\/who\/itu$/);
  // A selection closes the comparison, and the event says so.
  await send(page, { type: 'datamap:select', id: 'icrc' });
  await expect.poll(() => page.frame({ url: /embed=1/ }).url()).toMatch(/#\/org\/icrc$/);
  const last = (await events(page, 'datamap:select')).at(-1);
  expect(last).toEqual({ type: 'datamap:select', id: 'icrc', kind: 'org' });
  expect(errors).toEqual([]);
});
