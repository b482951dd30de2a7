// The plain edition (dist/edition/, docs/edition.md) and the link previews: every organisation
// and every source address of the bundled dataset is on each language's page, axe finds no serious
// or critical violation there (both themes), the Nu HTML checker finds nothing, links into the
// map open the right panel, it fits a phone, it is served as docs/HOSTING.md says, and an edition
// of the hostile fixture nasty-text.json shows its markup as text and runs nothing; index.html
// carries the preview tags and a 1200×630 picture, its <noscript> leads to the edition, and the
// list view links to it.
import { test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync } from 'node:fs';
import { audit, expect, waitForMark, watchCsp, watchErrors } from './helpers.mjs';
import { startHostingServer } from './hosting-server.mjs';

const data = JSON.parse(readFileSync(new URL('../../public/data/geneva.json', import.meta.url), 'utf8'));
const named = (x, lang) => (typeof x.name === 'string' ? x.name : x.name[lang] ?? x.name.en);
const LANGS = ['en', 'fr'];

test.describe('the edition', () => {
  // axe is injected as a script, which the edition's policy (no script at all) rightly refuses.
  test.use({ bypassCSP: true });

  for (const lang of LANGS) {
    test(`the ${lang} page has every organisation and every source address`, async ({ page }) => {
      await page.goto(`./edition/${lang}.html`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const ids = await page.locator('article[id^="o-"]').evaluateAll((els) => els.map((e) => e.id.slice(2)));
      expect(ids.sort()).toEqual(data.organisations.map((o) => o.id).sort());
      for (const o of data.organisations) {
        await expect(page.locator(`#o-${o.id} h3`)).toContainText(named(o, lang));
      }
      const hrefs = new Set(await page.locator('a[href]').evaluateAll((els) => els.map((a) => a.getAttribute('href'))));
      const urls = data.links.flatMap((l) => (l.sources ?? []).map((s) => s.url));
      expect(urls.length).toBeGreaterThan(300);
      expect(urls.filter((u) => !hrefs.has(u))).toEqual([]);
    });

    // The colours are the same in both languages: the dark theme is audited once. A page of the
    // whole dataset takes axe about 20 s on a busy 2-core machine.
    for (const scheme of lang === 'en' ? ['light', 'dark'] : ['light']) {
      test(`the ${lang} page has no serious or critical violation (${scheme})`, async ({ page }) => {
        test.setTimeout(120_000);
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`./edition/${lang}.html`);
        expect(await audit(page)).toEqual([]);
      });
    }

    test(`a link of the ${lang} page opens the organisation's panel in the map`, async ({ page }) => {
      await page.goto(`./edition/${lang}.html`);
      const who = data.organisations.find((o) => o.id === 'who');
      await page.locator('#o-who .on-map a').click();
      await expect(page).toHaveURL(new RegExp(`/\\?lang=${lang}#/org/who$`));
      await waitForMark(page, 'datamap:ready');
      await expect(page.getByRole('complementary', { name: named(who, lang) })).toBeVisible();
    });
  }

  test('the pages fit a phone’s width: long names and addresses wrap', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['', 'en.html', 'fr.html']) {
      await page.goto(`./edition/${path}`);
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(scroll, path || 'index').toBeLessThanOrEqual(client);
    }
  });

  test('the first page has no serious or critical violation and leads to both pages', async ({ page }) => {
    await page.goto('./edition/');
    expect(await audit(page)).toEqual([]);
    await page.getByRole('link', { name: 'Lire l’édition en français' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test('the edition is valid HTML for the Nu HTML checker', () => {
  // The checker of npm's vnu-jar (package-lock.json), on Java. It reads the pages as file: URLs,
  // which no `'self'` of their policy can match, so its notes that the policy blocks edition.css are
  // left out: the hosting test above checks that the stylesheet applies under that policy.
  const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  const check = (...args) => spawnSync('java', ['-jar', vnu, '--Werror', '--filterpattern', '.*violates Content Security Policy.*', ...args], { encoding: 'utf8' });
  const pages = ['index.html', 'en.html', 'fr.html'].map((f) => `dist/edition/${f}`);
  for (const run of [check(...pages), check('--css', 'dist/edition/edition.css')]) {
    expect(run.error?.message ?? '', 'java runs (tools/setup.sh installs it)').toBe('');
    expect(`${run.stdout}${run.stderr}`.trim()).toBe('');
    expect(run.status).toBe(0);
  }
});

test('index.html carries a description, Open Graph and Twitter card tags, and the picture', async ({ page }) => {
  await page.goto('./');
  const meta = (attr, name) => page.locator(`meta[${attr}="${name}"]`).getAttribute('content');
  expect(await meta('name', 'description')).toContain('International Geneva');
  for (const name of ['og:title', 'og:description', 'og:type', 'og:image', 'og:image:alt']) {
    expect(await meta('property', name), name).toBeTruthy();
  }
  expect(await meta('name', 'twitter:card')).toBe('summary_large_image');
  const image = await meta('property', 'og:image');
  expect(await meta('name', 'twitter:image')).toBe(image);
  const response = await page.request.get(new URL(image, page.url()).href);
  expect(response.status()).toBe(200);
  const png = await response.body();
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  // The IHDR chunk: width and height, big-endian, at bytes 16 and 20.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  expect([Number(await meta('property', 'og:image:width')), Number(await meta('property', 'og:image:height'))]).toEqual([1200, 630]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page points to the edition in both languages', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('noscript p[lang="fr"]')).toBeVisible();
    await expect(page.getByRole('link', { name: 'l’édition simple' })).toHaveAttribute('href', 'edition/fr.html');
    await page.getByRole('link', { name: 'the plain edition' }).click();
    await expect(page.locator('h1')).toHaveText(data.meta.title.en);
    await expect(page.locator('#o-who')).toBeVisible();
  });
});

test('the list view links to the edition in its language', async ({ page }) => {
  for (const lang of LANGS) {
    await page.goto(`./?view=list&lang=${lang}`);
    await waitForMark(page, 'datamap:ready');
    const name = lang === 'en' ? /Plain edition/ : /Édition simple/;
    await expect(page.getByRole('link', { name })).toHaveAttribute('href', `edition/${lang}.html`);
  }
});

test('the edition is served under a sub-path as docs/HOSTING.md says: compressed, revalidated, styled under the CSP', async ({ page }) => {
  const host = await startHostingServer();
  try {
    const errors = watchErrors(page);
    await watchCsp(page);
    const responses = new Map();
    page.on('response', (r) => responses.set(new URL(r.url()).pathname.slice(host.prefix.length), r));
    await page.goto(`${host.url}edition/`);
    await page.getByRole('link', { name: 'Read the English edition' }).click();
    await expect(page.locator('#o-who')).toBeVisible();
    for (const path of ['edition/', 'edition/en.html', 'edition/edition.css', 'edition/favicon.svg']) {
      // The icon may be asked for after the page shows.
      await expect.poll(() => responses.has(path), path).toBe(true);
      const headers = responses.get(path).headers();
      expect([headers['cache-control'], headers['content-encoding']], path).toEqual(['no-cache', 'br']);
      expect(headers['content-security-policy'], path).toBeTruthy();
    }
    // The stylesheet applies: the articles have its border radius.
    expect(await page.locator('#o-who').evaluate((e) => getComputedStyle(e).borderTopLeftRadius)).toBe('6px');
    const png = await page.request.get(`${host.url}preview.png`);
    expect([png.status(), png.headers()['content-type'], png.headers()['cache-control']]).toEqual([200, 'image/png', 'no-cache']);
    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await host.close();
  }
});

test('an edition of hostile texts shows their markup as text and runs nothing', async ({ page }) => {
  // The edition of tests/fixtures/hostile/nasty-text.json (markup and script in every text), made
  // by the same command as `make dist`, into the fixtures' git-ignored folder the server serves.
  const out = 'tests/fixtures/hostile/generated/edition-nasty';
  mkdirSync(out, { recursive: true });
  const run = spawnSync('cargo', ['run', '--quiet', '--bin', 'datamap-check', '--', 'edition', 'tests/fixtures/hostile/nasty-text.json', out], { encoding: 'utf8', env: { ...process.env, DATAMAP_BASE_URL: '' } });
  expect(run.status, run.stderr).toBe(0);
  const nasty = JSON.parse(readFileSync('tests/fixtures/hostile/nasty-text.json', 'utf8'));
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs += 1; d.dismiss(); });
  for (const lang of LANGS) {
    await page.goto(`./fixtures/hostile/generated/edition-nasty/edition/${lang}.html`);
    await expect(page.locator('h1')).toHaveText(nasty.meta.title[lang]);
    await expect(page.locator('#o-evil-org h3')).toContainText(nasty.organisations[0].name[lang]);
    expect(await page.locator('script, iframe, object, img, svg, style').count()).toBe(0);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  }
  expect(dialogs).toBe(0);
});
