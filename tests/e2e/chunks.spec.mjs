// The first module and the chunks loaded on first use (src/web/lazy.rs, docs/HOSTING.md): a first
// visit fetches no chunk; what the address shows at once, a touch, a dialog or a view fetches its
// own; a chunk that cannot be fetched is said in the interface's language and the rest works.
import { test } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { expect, waitForMark, watchErrors } from './helpers.mjs';

/** The names (`split_panel`, `chunk_12`) of the chunks the page requests, in order. */
function chunksOf(page) {
  const seen = [];
  page.on('request', (r) => {
    const m = new URL(r.url()).pathname.match(/\/((?:split|chunk)_\w+)-[0-9a-f]{16}\.wasm$/);
    if (m) seen.push(m[1]);
  });
  return seen;
}

const panel = (page, name) => page.getByRole('complementary', { name });

test('a first visit fetches no chunk; the first key press fetches the panel’s, before any click', async ({ page }) => {
  const errors = watchErrors(page);
  const seen = chunksOf(page);
  await page.goto('./');
  await waitForMark(page, 'datamap:ready');
  await page.waitForTimeout(300);
  expect(seen).toEqual([]);
  await page.keyboard.press('Shift');
  await expect.poll(() => seen).toContain('split_panel');
  await page.evaluate(() => { location.hash = '#/org/who'; });
  await expect(panel(page, 'World Health Organization')).toBeVisible();
  expect(errors).toEqual([]);
});

test('a node, a tour or the list named by the address is drawn with the map', async ({ page }) => {
  const errors = watchErrors(page);
  const seen = chunksOf(page);
  await page.goto('./#/org/who');
  await waitForMark(page, 'datamap:ready');
  await expect(panel(page, 'World Health Organization')).toBeVisible();
  expect(seen).toContain('split_panel');
  await page.goto('about:blank');
  await page.goto('./#/tour/data-talks-tour/2');
  await waitForMark(page, 'datamap:ready');
  await expect(page.locator('#tour-card .tour-count')).toHaveText(/^2 of \d+$/);
  await page.goto('about:blank');
  await page.goto('./?view=list&lang=fr');
  await waitForMark(page, 'datamap:ready');
  await expect(page.getByRole('table')).toBeVisible();
  expect(seen).toEqual(expect.arrayContaining(['split_draw', 'split_list']));
  expect(errors).toEqual([]);
});

for (const [lang, list, map, note] of [
  ['en', 'List', 'Map', 'This part of the map could not be loaded. Check your connection and try again.'],
  ['fr', 'Liste', 'Carte', 'Cette partie de la carte n’a pas pu être chargée. Vérifiez votre connexion et réessayez.'],
]) {
  test(`a chunk that cannot be fetched is said (${lang}), and the rest of the app works`, async ({ page }) => {
    await page.route(/\/split_list-[0-9a-f]{16}\.wasm$/, (route) => route.abort());
    await page.goto(`./?lang=${lang}`);
    await waitForMark(page, 'datamap:ready');
    await page.getByRole('button', { name: list, exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText(note);
    await page.getByRole('button', { name: map, exact: true }).click();
    await expect(page.getByRole('application')).toBeVisible();
    await page.evaluate(() => { location.hash = '#/org/who'; });
    await expect(page.locator('aside.panel h2')).toBeVisible();
  });
}

test('Embed and About fetch their code as they open, and the focus goes inside', async ({ page }) => {
  const errors = watchErrors(page);
  const seen = chunksOf(page);
  await page.goto('./');
  await waitForMark(page, 'datamap:ready');
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  await expect(page.locator('#embed-code')).toBeVisible();
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog.embed-dialog')))).toBe(true);
  expect(seen).toContain('split_embed');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'About', exact: true }).click();
  await expect(page.locator('#about-dialog')).toBeVisible();
  expect(seen).toContain('split_about');
  expect(errors).toEqual([]);
});

test('every chunk and its loader are named after their content, cached for a year and precompressed', () => {
  const files = readdirSync('dist');
  const chunks = files.filter((f) => /^(?:(?:split|chunk)_\w+-[0-9a-f]{16}\.wasm|__wasm_split-[0-9a-f]{16}\.js)$/.test(f));
  expect(chunks.filter((f) => f.startsWith('split_')).length).toBeGreaterThanOrEqual(8);
  expect(chunks.filter((f) => f.startsWith('__wasm_split-'))).toHaveLength(1);
  const headers = readFileSync('dist/_headers', 'utf8');
  for (const f of chunks) {
    // A copy is kept when it is smaller than the file (not for the smallest chunks).
    if (statSync(`dist/${f}`).size > 1000) expect(files).toEqual(expect.arrayContaining([`${f}.br`, `${f}.gz`]));
    expect(headers).toContain(`/${f}\n  Cache-Control: public, max-age=31536000, immutable`);
  }
  // The glue imports the loader by its hashed name; the loader names every chunk it fetches.
  const glue = readFileSync(`dist/${files.find((f) => /^geneva-data-map-[0-9a-f]+\.js$/.test(f))}`, 'utf8');
  const loader = chunks.find((f) => f.startsWith('__wasm_split-'));
  expect(glue).toContain(`from "./${loader}"`);
  // The page fetches it beside the glue, not once the glue has come.
  expect(readFileSync('dist/index.html', 'utf8')).toMatch(new RegExp(`<link rel="modulepreload" href="\\./${loader.replace('.', '\\.')}" crossorigin="anonymous" integrity="sha384-`));
  const named = [...readFileSync(`dist/${loader}`, 'utf8').matchAll(/"\.\/([\w-]+\.wasm)"/g)].map((m) => m[1]);
  expect(named.length).toBeGreaterThanOrEqual(8);
  for (const f of named) expect(files).toContain(f);
});

test('About whose code cannot be fetched says so in the header; the note closes, the map works', async ({ page }) => {
  await page.route(/\/split_about-[0-9a-f]{16}\.wasm$/, (route) => route.abort());
  await page.goto('./?lang=fr');
  await waitForMark(page, 'datamap:ready');
  await page.getByRole('button', { name: 'À propos', exact: true }).click();
  const note = page.locator('.load-failed-note[role=alert]');
  await expect(note).toContainText('Cette partie de la carte n’a pas pu être chargée.');
  await expect(page.locator('#about-dialog')).toBeHidden();
  await note.getByRole('button', { name: 'Fermer' }).click();
  await expect(note).toHaveCount(0);
  await page.evaluate(() => { location.hash = '#/org/who'; });
  await expect(page.locator('aside.panel h2')).toBeVisible();
});
