// The map view leaves nothing behind when it goes, and the map outlives it: switching to the list
// and back, or changing language, shows the same map where it was, without laying it out again.
// The map: the bench's synthetic size M (2,000 nodes) without positions, so a layout worker runs
// (see src/components/map_view/runtime.rs).
import { test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, watchErrors, waitForMark } from './helpers.mjs';
import { synthName } from '../../tools/bench/data.mjs';

// Written by run.mjs before the tests start.
const unbaked = JSON.parse(readFileSync(`bench/data/${synthName('M', false)}`, 'utf8'));
const MAP = { name: 'Map of organisations and topics' };
test.setTimeout(150_000);

/** Keeps the app's wasm exports (trunk's start event carries them) to read its memory. */
async function keepWasm(page) {
  await page.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail && e.detail.wasm; });
  });
}

/** After a forced garbage collection: the wasm memory and the JS heap in use, in bytes. */
async function memory(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.__wasm.memory.buffer.byteLength);
  return { wasm, js: heap.usedSize };
}

/** A digest of the map's canvas: equal pictures, equal digests. */
async function picture(page) {
  await page.waitForTimeout(400);
  const url = await page.locator('.map canvas').evaluate((c) => c.toDataURL('image/png'));
  return createHash('sha256').update(url).digest('hex');
}

/** Shows the list, then the map again, and waits for the map's next frames. */
async function listAndBack(page, list, map) {
  await page.getByRole('button', { name: list, exact: true }).click();
  await expect(page.locator('table')).toBeVisible();
  await page.getByRole('button', { name: map, exact: true }).click();
  await expect(page.getByRole('application')).toBeVisible();
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
}

/** Switches the language and waits for the map in that language. */
async function language(page, name, label) {
  await page.getByRole('button', { name, exact: true }).click();
  await expect(page.getByRole('application', { name: label })).toBeVisible();
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
}

test('30 switches to the list and 20 language changes leave no memory, worker or layout behind', async ({ page }) => {
  const errors = watchErrors(page);
  let workers = 0;
  page.on('worker', () => { workers += 1; });
  await keepWasm(page);
  await page.route((u) => u.pathname === '/fixtures/unbaked.json', (route) => route.fulfill({ json: unbaked }));
  await page.goto('./?data=/fixtures/unbaked.json');
  await waitForMark(page, 'datamap:ready', 60_000);
  await expect(page.getByRole('application', MAP)).toBeVisible();
  // The layout has settled: its worker has stopped.
  await expect.poll(() => page.workers().length, { timeout: 20_000 }).toBe(0);
  const settled = await picture(page);
  const cdp = await page.context().newCDPSession(page);

  // One round of each first, so that what is made once per page (the list's rows, the French
  // strings, caches) is in the first measurement.
  await listAndBack(page, 'List', 'Map');
  await language(page, 'FR – Français', 'Carte des organisations et des thèmes');
  await language(page, 'EN – English', MAP.name);
  const first = await memory(page, cdp);

  for (let i = 0; i < 30; i += 1) await listAndBack(page, 'List', 'Map');
  expect(await picture(page), 'the same map, where it was, after 30 switches').toBe(settled);
  for (let i = 0; i < 10; i += 1) {
    await language(page, 'FR – Français', 'Carte des organisations et des thèmes');
    await language(page, 'EN – English', MAP.name);
  }
  expect(await picture(page), 'the same map after 20 language changes').toBe(settled);
  const last = await memory(page, cdp);
  console.log(`teardown: wasm ${first.wasm} -> ${last.wasm} bytes, JS heap ${first.js} -> ${last.js} bytes`);

  expect(workers, 'the layout ran once, in one worker').toBe(1);
  expect(page.workers().length, 'no layout worker is left running').toBe(0);
  // Before the map was kept, each switch and each language change laid the map out again in a
  // new worker (54 workers in this test) and the wasm memory grew to 41-43 MB (13 MB now).
  expect(last.wasm - first.wasm, 'wasm memory growth').toBeLessThanOrEqual(1 << 20);
  expect(last.js - first.js, 'JS heap growth').toBeLessThanOrEqual(2 << 20);
  expect(errors).toEqual([]);
});

test('a switch while the layout still runs lets it finish once, in its one worker, as if left alone', async ({ browser }) => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  let workers = 0;
  page.on('worker', () => { workers += 1; });
  await page.route((u) => u.pathname === '/fixtures/unbaked.json', (route) => route.fulfill({ json: unbaked }));
  await page.goto('./?data=/fixtures/unbaked.json');
  await expect(page.getByRole('application', MAP)).toBeVisible();
  await expect.poll(() => workers, { timeout: 20_000 }).toBe(1);
  // Away while the worker lays the map out (the list marks datamap:ready), and back.
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page.locator('table')).toBeVisible();
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await expect(page.getByRole('application', MAP)).toBeVisible();
  await expect.poll(() => page.workers().length, { timeout: 30_000 }).toBe(0);
  const interrupted = await picture(page);
  expect(workers).toBe(1);
  expect(errors).toEqual([]);

  // The same map, left alone, settles to the same picture.
  const alone = await browser.newPage();
  await alone.route((u) => u.pathname === '/fixtures/unbaked.json', (route) => route.fulfill({ json: unbaked }));
  await alone.goto('./?data=/fixtures/unbaked.json');
  await waitForMark(alone, 'datamap:ready', 60_000);
  await expect.poll(() => alone.workers().length, { timeout: 30_000 }).toBe(0);
  expect(interrupted, 'the settled picture').toBe(await picture(alone));
});

test('a camera moved just before switching to the list still reaches the URL', async ({ page }) => {
  const errors = watchErrors(page);
  // Reduced motion: "+" jumps, so the camera has stopped when the view goes.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./');
  await waitForMark(page, 'datamap:ready');
  const map = page.getByRole('application', MAP);
  await map.focus();
  await page.keyboard.press('+');
  // Within the camera report's delay (250 ms): the view goes before it reports.
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page.locator('table')).toBeVisible();
  expect(new URL(page.url()).searchParams.get('z')).toBeNull();
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await expect(map).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('z'), { timeout: 5_000 }).not.toBeNull();
  expect(errors).toEqual([]);
});
