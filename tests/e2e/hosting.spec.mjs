// The release build hosted as docs/HOSTING.md says (hosting-server.mjs: under a sub-path,
// precompressed files by Accept-Encoding, the content types, the cache headers and the CSP header
// of dist/_headers): the app loads and draws its map, the wasm arrives as Brotli, hashed files are
// cached for a year and the rest revalidated, the CSP header is the page's own policy and holds,
// and a first visit's bodies are exactly dist/'s Brotli copies (`make bench` holds their sum to its
// 400 KB budget).
import { test } from '@playwright/test';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { expect, injectedScriptRuns, watchCsp, watchErrors, waitForMark } from './helpers.mjs';
import { startHostingServer } from './hosting-server.mjs';
import { synthName } from '../../tools/bench/data.mjs';

const IMMUTABLE = 'public, max-age=31536000, immutable';

let host;
test.beforeAll(async () => {
  host = await startHostingServer();
});
test.afterAll(async () => {
  await host?.close();
});

/** The responses of a page by path below the sub-path (`index.html` for the page itself). */
function watchResponses(page) {
  const seen = new Map();
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname.slice(host.prefix.length) || 'index.html';
    seen.set(path, r);
  });
  return seen;
}

test('the app loads under a sub-path, with compressed files, cache headers and the CSP header', async ({ page }) => {
  const errors = watchErrors(page);
  await watchCsp(page);
  const responses = watchResponses(page);
  await page.goto(host.url);
  await waitForMark(page, 'datamap:ready');
  await expect(page.locator('canvas')).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(host.prefix);

  const file = (pattern) => [...responses.keys()].find((p) => pattern.test(p));
  const wasm = responses.get(file(/_bg\.wasm$/));
  expect(wasm.headers()['content-type']).toBe('application/wasm');
  expect(wasm.headers()['content-encoding']).toBe('br');
  for (const hashed of [file(/_bg\.wasm$/), file(/-[0-9a-f]{8,16}\.js$/), file(/-[0-9a-f]{8,16}\.css$/)]) {
    expect(responses.get(hashed).headers()['cache-control'], hashed).toBe(IMMUTABLE);
  }
  const js = responses.get(file(/-[0-9a-f]{8,16}\.js$/)).headers();
  expect([js['content-type'], js['content-encoding']]).toEqual(['text/javascript; charset=utf-8', 'br']);
  const html = responses.get('index.html').headers();
  expect([html['content-type'], html['cache-control'], html['content-encoding']]).toEqual(['text/html; charset=utf-8', 'no-cache', 'br']);
  const data = responses.get('data/geneva.json').headers();
  expect([data['content-type'], data['cache-control'], data['content-encoding']]).toEqual(['application/json', 'no-cache', 'br']);

  // The CSP header is the page's own policy (the meta tag's, with its script hashes), and it holds.
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(html['content-security-policy']).toBe(meta);
  expect(html['content-security-policy']).toBe(readFileSync('dist/csp.txt', 'utf8').trim());
  expect(await injectedScriptRuns(page)).toBe(false);
  // The injected script is refused (once per policy: the header's and the meta tag's), and
  // nothing else is.
  const violations = await page.evaluate(() => window.__cspViolations);
  expect(violations.length).toBeGreaterThan(0);
  expect(new Set(violations)).toEqual(new Set(['script-src-elem: inline']));
  expect(errors.filter((e) => !e.includes('Content Security Policy'))).toEqual([]);

  // A first visit's transfer: every body as it came over the wire is the file's Brotli copy.
  const bytes = await page.evaluate(() => performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
    .reduce((sum, e) => sum + e.encodedBodySize, 0));
  const brotli = [...responses.keys()].reduce((sum, path) => {
    const copy = `dist/${decodeURIComponent(path)}.br`;
    return sum + (existsSync(copy) ? statSync(copy).size : statSync(`dist/${decodeURIComponent(path)}`).size);
  }, 0);
  console.log(`hosting: first visit ${bytes.toLocaleString('en')} bytes in ${responses.size} responses`);
  expect(bytes).toBeGreaterThan(0);
  expect(bytes).toBe(brotli);
});

test('without Brotli the files come gzipped, and without either as they are', async ({ request }) => {
  const index = readFileSync('dist/index.html', 'utf8');
  const wasmPath = index.match(/href="\.\/([^"]+_bg\.wasm)"/)[1];
  const ask = (encoding) => request.get(host.url + wasmPath, { headers: { 'accept-encoding': encoding } });
  const gz = await ask('gzip, deflate');
  expect([gz.headers()['content-encoding'], gz.headers()['vary']]).toEqual(['gzip', 'Accept-Encoding']);
  const plain = await ask('identity');
  expect(plain.headers()['content-encoding']).toBeUndefined();
  expect((await plain.body()).length).toBe(readFileSync(`dist/${wasmPath}`).length);
  // The sub-path without its slash leads to the app (its files are addressed relative to it).
  const bare = await request.get(host.url.slice(0, -1), { maxRedirects: 0 });
  expect([bare.status(), bare.headers().location]).toEqual([301, host.prefix]);
});

test('a map laid out in the layout worker works under the CSP header', async ({ page }) => {
  test.setTimeout(60_000);
  const errors = watchErrors(page);
  await watchCsp(page);
  const unbaked = readFileSync(`bench/data/${synthName('M', false)}`, 'utf8');
  await page.route((u) => u.pathname === `${host.prefix}unbaked.json`, (route) => route.fulfill({ body: unbaked, contentType: 'application/json' }));
  let worker = null;
  page.on('response', (r) => { if (r.url().endsWith('/layout-worker.js')) worker = r; });
  await page.goto(`${host.url}?data=unbaked.json`);
  await waitForMark(page, 'datamap:ready', 45_000);
  expect(worker?.headers()['cache-control']).toBe('no-cache');
  expect(worker?.headers()['content-security-policy']).toBeTruthy();
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  expect(errors).toEqual([]);
});
