// The release build as a visitor meets it: the real dataset loads and its counts show; broken
// files and missing files show a useful alert; the Content-Security-Policy holds.
import { test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, injectedScriptRuns, watchCsp, watchErrors, waitForMark, count } from './helpers.mjs';

const shipped = JSON.parse(readFileSync('public/data/geneva.json', 'utf8'));

test('the real dataset loads, its counts show, and the page logs no error', async ({ page }) => {
  const errors = watchErrors(page);
  await watchCsp(page);
  await page.goto('./');
  await waitForMark(page, 'datamap:data-loaded');
  await waitForMark(page, 'datamap:ready');
  await expect(page.locator('h1')).toHaveText(shipped.meta.title.en);
  expect(await count(page, 'organisations')).toBe(shipped.organisations.length);
  expect(await count(page, 'topics')).toBe(shipped.topics.length);
  expect(await count(page, 'links')).toBe(shipped.links.length);
  await expect(page.locator('[role=alert]')).toHaveCount(0);
  await expect(page.locator('.other-data')).toHaveCount(0);
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  expect(errors).toEqual([]);
});

test('the Content-Security-Policy allows only what the app needs', async ({ page }) => {
  await page.goto('./');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain("'unsafe-eval'");
  expect(csp).toContain("object-src 'none'");
  // An inline script injected by a page author is refused.
  expect(await injectedScriptRuns(page)).toBe(false);
});

test('French is chosen by ?lang=fr', async ({ page }) => {
  await page.goto('./?lang=fr');
  await waitForMark(page, 'datamap:ready');
  await expect(page.locator('h1')).toHaveText(shipped.meta.title.fr);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('.counts')).toContainText('thèmes');
});

test('another dataset by ?data= shows its own counts and a note naming it', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?data=/fixtures/small.json');
  await waitForMark(page, 'datamap:ready');
  expect(await count(page, 'organisations')).toBe(3);
  await expect(page.locator('.other-data')).toContainText('/fixtures/small.json');
  expect(errors).toEqual([]);
});

test('a malformed file shows an alert with the line and column of the JSON error', async ({ page }) => {
  await page.goto('./?data=/fixtures/invalid/trailing-comma.json');
  const alert = page.locator('[role=alert]');
  await expect(alert).toContainText('trailing-comma.json:11:5: error: $: invalid JSON: trailing comma');
  await expect(alert).toContainText('remove the comma');
  await expect(page.locator('h1')).toBeVisible();
});

test('a missing file shows an alert with the HTTP status and a retry button', async ({ page }) => {
  await page.goto('./?data=/fixtures/no-such-file.json');
  const alert = page.locator('[role=alert]');
  await expect(alert).toContainText('404');
  await expect(alert).toContainText('/fixtures/no-such-file.json');
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
});

test('a dataset with a dangling link shows the error with its path, line and fix', async ({ page }) => {
  await page.goto('./?data=/fixtures/invalid/dangling-link.json');
  const alert = page.locator('[role=alert]');
  await expect(alert).toContainText('dangling-link.json:46:16: error: links[0].topic: there is no topic with the id "helth-data"');
  await expect(alert).toContainText('did you mean `health-data`?');
});

test('a file with many errors lists the first few and counts the rest', async ({ page }) => {
  await page.goto('./?data=/fixtures/invalid/several-errors.json');
  const alert = page.locator('[role=alert]');
  await expect(alert).toContainText('4 error(s)');
  await expect(alert.locator('li')).toHaveCount(4);
});

test.describe('datasets that cannot be had', () => {
  test.setTimeout(40_000);

  test('a server that never answers: after 15 s an alert says so, with a working Try again', async ({ page }) => {
    await page.goto('./?data=/slow/geneva.json');
    await expect(page.getByRole('status')).toContainText('Loading');
    const alert = page.locator('[role=alert]');
    await expect(alert).toContainText('did not arrive within 15 seconds', { timeout: 25_000 });
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('status')).toContainText('Loading');
  });

  test('a redirect loop shows an alert that names the file', async ({ page }) => {
    await page.goto('./?data=/loop/geneva.json');
    await expect(page.locator('[role=alert]')).toContainText('/loop/geneva.json');
  });

  test('a page that is not JSON shows the JSON error with its line and column', async ({ page }) => {
    await page.goto('./?data=/fixtures/embed-host.html');
    await expect(page.locator('[role=alert]')).toContainText('embed-host.html:1:1: error: $: invalid JSON');
  });

  test('another origin that the policy does not allow shows an alert, and nothing is fetched from it', async ({ page }) => {
    await page.goto('./?data=http://127.0.0.1:9/geneva.json');
    await expect(page.locator('[role=alert]')).toContainText('no answer from http://127.0.0.1:9/geneva.json');
  });
});

test.describe('the early download of the dataset (index.html starts it, the app takes its bytes)', () => {
  /** Counts the page's requests for a path. */
  function requestsFor(page, path) {
    const seen = [];
    page.on('request', (r) => { if (new URL(r.url()).pathname === path) seen.push(r.url()); });
    return seen;
  }

  test('the dataset is downloaded once, and the map is drawn from those bytes', async ({ page }) => {
    const errors = watchErrors(page);
    const seen = requestsFor(page, '/data/geneva.json');
    await page.goto('./');
    await waitForMark(page, 'datamap:ready');
    expect(await count(page, 'organisations')).toBe(shipped.organisations.length);
    expect(seen).toHaveLength(1);
    // Taken once: a later fetch (a retry, another dataset) does not find stale bytes.
    expect(await page.evaluate(() => '__datamapPrefetch' in window)).toBe(false);
    expect(errors).toEqual([]);
  });

  test('without it (a page that lost the script), the app fetches the file itself', async ({ page }) => {
    const errors = watchErrors(page);
    const seen = requestsFor(page, '/fixtures/small.json');
    await page.addInitScript(() => Object.defineProperty(window, '__datamapPrefetch', { set() {}, get() { return undefined; } }));
    await page.goto('./?data=/fixtures/small.json');
    await waitForMark(page, 'datamap:ready');
    expect(seen).toHaveLength(2); // the page's early download (ignored), then the app's own
    expect(errors).toEqual([]);
  });

  test('a failed early download is fetched again by the app, which says what went wrong', async ({ page }) => {
    const seen = requestsFor(page, '/fixtures/no-such-file.json');
    await page.goto('./?data=/fixtures/no-such-file.json');
    await expect(page.locator('[role=alert]')).toContainText('the server answered 404');
    expect(seen).toHaveLength(2);
  });

  test('another dataset than the early one is fetched, not mixed up', async ({ page }) => {
    const seen = requestsFor(page, '/fixtures/small.json');
    // The page's script saw no ?data= (the bundled file); the app is told another one.
    await page.addInitScript(() => {
      let slot;
      Object.defineProperty(window, '__datamapPrefetch', {
        configurable: true,
        set(v) { slot = { ...v, url: 'data/other.json' }; },
        get() { return slot; },
      });
    });
    await page.goto('./?data=/fixtures/small.json');
    await waitForMark(page, 'datamap:ready');
    expect(seen).toHaveLength(2);
  });
});
