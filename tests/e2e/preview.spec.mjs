// The curators' preview of a local file: a file chosen with "Open a file" or dropped on the page
// is read in the browser and shown at once in place of the published map, with a note naming it
// and a way back; a broken file shows the checker's diagnostics while the published map stays;
// images, several files and files over the limit are refused before reading; a new version of the
// same file keeps the selection and the camera; "Show changes" lists what the file removes.
import { test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, watchErrors, waitForMark, count } from './helpers.mjs';

const shipped = JSON.parse(readFileSync('public/data/geneva.json', 'utf8'));
const smallText = readFileSync('tests/fixtures/small.json', 'utf8');
const small = JSON.parse(smallText);

/** small.json, second version: the WHO renamed, a topic added (linked to the ICRC), the ITU and
 * its links removed. */
function secondVersion() {
  const ds = structuredClone(small);
  ds.organisations.find((o) => o.id === 'who').name.en = 'World Health Organization (v2)';
  ds.organisations = ds.organisations.filter((o) => o.id !== 'itu');
  ds.links = ds.links.filter((l) => l.org !== 'itu');
  ds.topics.push({ id: 'open-data', category: 'governance', name: { en: 'Open data', fr: 'Données ouvertes' } });
  ds.links.push({ org: 'icrc', topic: 'open-data' });
  ds.positions['open-data'] = [60, 60];
  delete ds.positions.itu;
  return JSON.stringify(ds, null, 2);
}

/** Drags `files` ({ name, type, text, size? }) over the page and, unless `hold`, drops them: the
 * events a browser sends, with a DataTransfer built in the page. A `size` is set on the File
 * object itself (a 200 MB file need not be made to test the limit). */
async function drop(page, files, { hold = false } = {}) {
  await page.evaluate(({ files, hold }) => {
    const dt = new DataTransfer();
    const made = files.map((f) => {
      const file = new File([f.text], f.name, { type: f.type });
      if (f.size !== undefined) Object.defineProperty(file, 'size', { value: f.size });
      dt.items.add(file);
      return file;
    });
    // The list the page reads holds the very objects made above (with their sizes).
    Object.defineProperty(dt, 'files', { value: Object.assign({ length: made.length, item: (i) => made[i] }, made) });
    const target = document.querySelector('main') ?? document.body;
    const send = (type) => target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
    send('dragenter');
    send('dragover');
    if (hold) window.__held = () => send('drop');
    else send('drop');
  }, { files, hold });
}

const json = (name, text) => ({ name, type: 'application/json', text });
const NOTE = 'Previewing your file small.json, not the published map';

test('"Open a file" shows the chosen file at once, named in a note; the way back and a reload give the published map', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./');
  await waitForMark(page, 'datamap:ready');
  const open = page.getByRole('button', { name: 'Open a file' });
  // By keyboard: Enter on the focused button opens the file chooser.
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), open.press('Enter')]);
  await chooser.setFiles({ name: 'small.json', mimeType: 'application/json', buffer: Buffer.from(smallText) });
  await expect(page.locator('h1')).toHaveText(small.meta.title.en);
  expect(await count(page, 'organisations')).toBe(small.organisations.length);
  await expect(page.getByRole('note')).toContainText(NOTE);
  expect(new URL(page.url()).search).toBe('');
  // A node of the file, by its hash.
  await page.evaluate(() => { location.hash = '#/org/icrc'; });
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText('International Committee of the Red Cross');
  await page.getByRole('button', { name: 'Back to the published map' }).click();
  await expect(page.locator('h1')).toHaveText(shipped.meta.title.en);
  expect(await count(page, 'organisations')).toBe(shipped.organisations.length);
  await expect(page.getByRole('note')).toHaveCount(0);
  // Nothing is kept: after a reload, the published map.
  await page.locator('input[type=file]').setInputFiles({ name: 'small.json', mimeType: 'application/json', buffer: Buffer.from(smallText) });
  await expect(page.locator('h1')).toHaveText(small.meta.title.en);
  await page.reload();
  await waitForMark(page, 'datamap:ready');
  await expect(page.locator('h1')).toHaveText(shipped.meta.title.en);
  await expect(page.getByRole('note')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a file dropped on the page is shown, with a drop zone while it is dragged', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?lang=fr');
  await waitForMark(page, 'datamap:ready');
  await expect(page.getByRole('button', { name: 'Ouvrir un fichier' })).toBeVisible();
  await drop(page, [json('small.json', smallText)], { hold: true });
  await expect(page.locator('.drop-zone')).toBeVisible();
  await expect(page.locator('.drop-zone')).toContainText('Déposez un fichier .json pour le voir sur la carte (il est lu ici, jamais envoyé)');
  await page.evaluate(() => window.__held());
  await expect(page.locator('.drop-zone')).toBeHidden();
  await expect(page.locator('h1')).toHaveText(small.meta.title.fr);
  await expect(page.getByRole('note')).toContainText('Aperçu de votre fichier small.json, pas de la carte publiée');
  // The file's nodes have their panels.
  await page.evaluate(() => { location.hash = '#/topic/health-data'; });
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText('Données de santé');
  await page.getByRole('button', { name: 'Revenir à la carte publiée' }).click();
  await expect(page.locator('h1')).toHaveText(shipped.meta.title.fr);
  expect(errors).toEqual([]);
});

test('a broken file shows the alert with line:column, and the published map stays usable', async ({ page }) => {
  const who = shipped.positions.who;
  await page.goto(`./?x=${who[0]}&y=${who[1]}&z=2`);
  await waitForMark(page, 'datamap:ready');
  await drop(page, [json('broken.json', '{"version": 1,\n "topics": [}')]);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Your file cannot be shown');
  await expect(alert).toContainText('broken.json:2:13: error: $: invalid JSON');
  await expect(page.locator('h1')).toHaveText(shipped.meta.title.en);
  expect(await count(page, 'organisations')).toBe(shipped.organisations.length);
  // The map still answers: the WHO sits at its centre.
  const box = await page.getByRole('application', { name: 'Map of organisations and topics' }).boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page).toHaveURL(/#\/org\/who$/);
  await page.locator('.preview-problem').getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('an image, several files, a file over the limit and a text file are refused at once', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./');
  await waitForMark(page, 'datamap:ready');
  const message = page.locator('.preview-message');
  const cases = [
    [[{ name: 'photo.png', type: 'image/png', text: 'PNG' }], 'photo.png is an image, not a dataset'],
    [[json('a.json', smallText), json('b.json', smallText)], '2 files at once: open one .json file at a time.'],
    [[{ ...json('huge.json', '{}'), size: 200 * 1024 * 1024 }], 'huge.json is 200.0 MiB; the limit is 40 MiB.'],
    [[{ name: 'notes.txt', type: 'text/plain', text: 'hello' }], 'notes.txt is not a JSON file'],
  ];
  for (const [files, said] of cases) {
    const start = Date.now();
    await drop(page, files);
    await expect(message).toContainText(said, { timeout: 2_000 });
    expect(Date.now() - start).toBeLessThan(2_000);
    await expect(page.locator('h1')).toHaveText(shipped.meta.title.en);
    expect(await count(page, 'organisations')).toBe(shipped.organisations.length);
    await expect(page.getByRole('note')).toHaveCount(0);
  }
  expect(errors).toEqual([]);
});

test('a new version of the same file keeps the selection and the camera; a node gone is deselected', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?x=10&y=-5&z=2.5#/org/who');
  await waitForMark(page, 'datamap:ready');
  await drop(page, [json('small.json', smallText)]);
  await expect(page.locator('h1')).toHaveText(small.meta.title.en);
  const panel = page.getByRole('complementary').getByRole('heading', { level: 2 });
  await expect(panel).toHaveText('World Health Organization');
  await drop(page, [json('small.json', secondVersion())]);
  await expect(panel).toHaveText('World Health Organization (v2)');
  const url = new URL(page.url());
  expect([url.searchParams.get('x'), url.searchParams.get('y'), url.searchParams.get('z'), url.hash]).toEqual(['10', '-5', '2.5', '#/org/who']);
  expect(await count(page, 'topics')).toBe(small.topics.length + 1);
  // The ITU is selected, and the next version has no ITU: the selection is cleared.
  await drop(page, [json('small.json', smallText)]);
  await page.evaluate(() => { location.hash = '#/org/itu'; });
  await expect(panel).toHaveText('International Telecommunication Union');
  await drop(page, [json('small.json', secondVersion())]);
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect(page).not.toHaveURL(/itu/);
  expect(errors).toEqual([]);
});

/** The canvas alpha at layout points `points` ({ id: [x, y] }) under camera `cam`, by id. */
function alphas(page, points, cam) {
  return page.locator('.map canvas').evaluate((c, { points, cam }) => {
    const box = c.getBoundingClientRect();
    const k = c.width / box.width;
    const ctx = c.getContext('2d');
    const at = ([x, y]) => [Math.round((box.width / 2 + (x - cam.x) * cam.z) * k), Math.round((box.height / 2 + (y - cam.y) * cam.z) * k)];
    return Object.fromEntries(Object.entries(points).map(([id, p]) => [id, ctx.getImageData(...at(p), 1, 1).data[3]]));
  }, { points, cam });
}

test('"Show changes" lists what the file removes from the ?data= map and outlines what it adds', async ({ page }) => {
  const errors = watchErrors(page);
  const cam = { x: 0, y: 0, z: 1.5 };
  // Tall enough for the map to keep every node in view under the open changes.
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.goto(`./?data=/fixtures/small.json&x=${cam.x}&y=${cam.y}&z=${cam.z}`);
  await waitForMark(page, 'datamap:ready');
  await drop(page, [json('small.json', smallText)]);
  await expect(page.getByRole('note')).toContainText('(the same organisations, topics and links as the published map)');
  await expect(page.getByText('Show changes')).toHaveCount(0);
  await drop(page, [json('small.json', secondVersion())]);
  const toggle = page.locator('.preview-note summary');
  await expect(toggle).toHaveText('Show changes');
  // The added topic and the organisation of the added link stand out; the others fade.
  const points = { 'open-data': [60, 60], icrc: small.positions.icrc, who: small.positions.who };
  const before = await alphas(page, points, cam);
  expect(before).toEqual({ 'open-data': 255, icrc: 255, who: 255 });
  await toggle.click();
  await expect(page.locator('.preview-note details')).toHaveAttribute('open', '');
  // Polled as a whole: while the map takes its new height, its canvas is blank for a moment.
  const faded = ({ who, ...rest }) => ({ ...rest, who: who > 20 && who < 100 ? 'faded' : who });
  await expect.poll(async () => faded(await alphas(page, points, cam))).toEqual({ 'open-data': 255, icrc: 255, who: 'faded' });
  const changes = page.getByRole('region', { name: 'Changes from the published map' });
  await expect(changes).toContainText('Organisations and topics: 1 added, 1 removed, 1 changed');
  await expect(changes).toContainText('Links: 1 added, 2 removed, 0 changed');
  await expect(changes).toContainText('Added (outlined on the map)Open data (open-data)');
  await expect(changes).toContainText('International Telecommunication Union (itu)');
  await expect(changes).toContainText('International Telecommunication Union – Standards (itu/standards)');
  await toggle.click();
  await expect(changes).toBeHidden();
  await expect.poll(async () => alphas(page, points, cam)).toEqual(before);
  await page.getByRole('button', { name: 'Back to the published map' }).click();
  await expect(page.getByRole('note')).toHaveCount(1);
  await expect(page.locator('.other-data')).toContainText('/fixtures/small.json');
  expect(await count(page, 'organisations')).toBe(small.organisations.length);
  expect(errors).toEqual([]);
});

test('an embedded map offers no preview', async ({ page }) => {
  await page.goto('./?embed=1');
  await waitForMark(page, 'datamap:ready');
  await expect(page.getByRole('button', { name: 'Open a file' })).toHaveCount(0);
});
