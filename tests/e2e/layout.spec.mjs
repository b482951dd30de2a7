// A map without baked positions is laid out in a Web Worker (src/web/layout_worker.rs), off the
// page's main thread; without a worker, or when the worker fails, the page lays it out itself.
// The layout is the same code either way, so the settled picture must be the same pixel for pixel.
import { test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, watchErrors, waitForMark } from './helpers.mjs';

const small = JSON.parse(readFileSync('tests/fixtures/small.json', 'utf8'));
const unbaked = { ...small, positions: {} };
const MAP = { name: 'Map of organisations and topics' };

/**
 * Opens the small dataset without positions (served at /fixtures/unbaked.json), after `prepare`;
 * waits for the settled map. Returns the canvas as a PNG data URL, whether the worker script
 * was requested, and how many times a worker said the layout had settled.
 */
async function settled(page, prepare = async () => {}) {
  let workerAsked = false;
  page.on('request', (r) => { if (new URL(r.url()).pathname.endsWith('/layout-worker.js')) workerAsked = true; });
  await page.route((u) => u.pathname === '/fixtures/unbaked.json', (route) => route.fulfill({ json: unbaked }));
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
  await waitForMark(page, 'datamap:ready');
  await expect(page.getByRole('application', MAP)).toBeVisible();
  // Any redraw after settling (the camera report, a resize) has happened by now.
  await page.waitForTimeout(400);
  const png = await page.locator('canvas').first().evaluate((c) => c.toDataURL('image/png'));
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
  expect(inPage.png.length).toBeGreaterThan(1000);
  expect(inWorker.png).toBe(inPage.png);
  await a.close();
  await b.close();
});

test('a worker that cannot start (its script missing) leaves the layout to the page', async ({ browser }) => {
  const inPage = await settled(await browser.newPage(), (p) => p.addInitScript(() => { delete window.Worker; }));
  const page = await browser.newPage();
  const broken = await settled(page, (p) => p.route((u) => u.pathname.endsWith('/layout-worker.js'), (route) => route.fulfill({ status: 404, body: 'gone' })));
  expect(broken.workerAsked).toBe(true);
  expect(broken.byWorker).toBe(0);
  expect(broken.png).toBe(inPage.png);
  // The page still answers: the map takes a click.
  const map = page.getByRole('application', MAP);
  await map.focus();
  await page.keyboard.press('+');
  await expect.poll(() => new URL(page.url()).searchParams.has('z')).toBe(true);
});
