// A large map without baked positions is laid out in a Web Worker (src/web/layout_worker.rs), off
// the page's main thread; without a worker, or when the worker fails, the page lays it out itself,
// as it does small maps. The layout is the same code either way, so the settled picture must be the
// same pixel for pixel. The map: the bench's synthetic size M (2,000 nodes), without positions.
import { test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, watchErrors, waitForMark } from './helpers.mjs';
import { synthName } from '../../tools/bench/data.mjs';

// Written by run.mjs before the tests start (datamap-gen, as `make bench` does).
const unbaked = JSON.parse(readFileSync(`bench/data/${synthName('M', false)}`, 'utf8'));
const small = JSON.parse(readFileSync('tests/fixtures/small.json', 'utf8'));
const MAP = { name: 'Map of organisations and topics' };
test.setTimeout(60_000);

/**
 * Opens `data` (served at /fixtures/unbaked.json), after `prepare`;
 * waits for the settled map. Returns the canvas picture (its PNG's size and digest), whether the worker script
 * was requested, and how many times a worker said the layout had settled.
 */
async function settled(page, prepare = async () => {}, data = unbaked) {
  let workerAsked = false;
  page.on('request', (r) => { if (new URL(r.url()).pathname.endsWith('/layout-worker.js')) workerAsked = true; });
  await page.route((u) => u.pathname === '/fixtures/unbaked.json', (route) => route.fulfill({ json: data }));
  // Count the worker's "settled" messages, to know who laid the map out.
  await page.addInitScript(() => {
    window.__settledByWorker = 0;
    if (!window.Worker) return;
    const Original = window.Worker;
    window.Worker = class extends Original {
      constructor(...args) {
        super(...args);
        this.addEventListener('message', (e) => { if (e.data && e.data.settled) window.__settledByWorker += 1; });
      }
    };
  });
  await prepare(page);
  await page.goto('./?data=/fixtures/unbaked.json');
  await waitForMark(page, 'datamap:ready', 45_000);
  await expect(page.getByRole('application', MAP)).toBeVisible();
  // Any redraw after settling (the camera report, a resize) has happened by now.
  await page.waitForTimeout(400);
  const url = await page.locator('canvas').first().evaluate((c) => c.toDataURL('image/png'));
  // A digest of the picture: equal pictures give equal digests, and a failure stays readable.
  const png = { bytes: url.length, sha256: createHash('sha256').update(url).digest('hex') };
  const byWorker = await page.evaluate(() => window.__settledByWorker);
  return { png, workerAsked, byWorker };
}

test('the layout runs in a worker and gives the picture the page would draw by itself', async ({ browser }) => {
  const a = await browser.newPage();
  const errors = watchErrors(a);
  const inWorker = await settled(a);
  expect(inWorker.workerAsked).toBe(true);
  expect(inWorker.byWorker).toBe(1);
  expect(errors).toEqual([]);

  const b = await browser.newPage();
  const inPage = await settled(b, (p) => p.addInitScript(() => { delete window.Worker; }));
  expect(inPage.workerAsked).toBe(false);
  expect(inPage.byWorker).toBe(0);
  expect(inPage.png.bytes).toBeGreaterThan(1000);
  expect(inWorker.png).toEqual(inPage.png);
  await a.close();
  await b.close();
});

test('a worker that cannot start (its script missing) leaves the layout to the page', async ({ browser }) => {
  const inPage = await settled(await browser.newPage(), (p) => p.addInitScript(() => { delete window.Worker; }));
  const page = await browser.newPage();
  const broken = await settled(page, (p) => p.route((u) => u.pathname.endsWith('/layout-worker.js'), (route) => route.fulfill({ status: 404, body: 'gone' })));
  expect(broken.workerAsked).toBe(true);
  expect(broken.byWorker).toBe(0);
  expect(broken.png).toEqual(inPage.png);
  // The page still answers: the map takes a click.
  const map = page.getByRole('application', MAP);
  await map.focus();
  await page.keyboard.press('+');
  await expect.poll(() => new URL(page.url()).searchParams.has('z')).toBe(true);
});

test('a small map is laid out in the page: no worker is started', async ({ page }) => {
  const errors = watchErrors(page);
  const small_ = await settled(page, async () => {}, { ...small, positions: {} });
  expect(small_.workerAsked).toBe(false);
  expect(small_.png.bytes).toBeGreaterThan(1000);
  expect(errors).toEqual([]);
});
