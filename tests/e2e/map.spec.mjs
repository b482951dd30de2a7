// The map as a visitor moves through it: a small dataset with baked positions and a camera in the
// URL, so every node's place on screen is known exactly (docs/url.md).
import { test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, watchErrors, waitForMark } from './helpers.mjs';

const small = JSON.parse(readFileSync('tests/fixtures/small.json', 'utf8'));
const CAM = { x: 0, y: 0, z: 1.5 };
const MAP = { name: 'Map of organisations and topics' };

/** Opens the small dataset with the camera in the URL; returns the map locator and its box. */
async function open(page, extra = '') {
  await page.goto(`./?data=/fixtures/small.json&x=${CAM.x}&y=${CAM.y}&z=${CAM.z}${extra}`);
  await waitForMark(page, 'datamap:ready');
  const map = page.getByRole('application', MAP);
  return { map, box: await map.boundingBox() };
}

/** The screen point of layout point p under camera c in the map's box. */
function screen(box, p, c = CAM) {
  return { x: box.x + box.width / 2 + (p[0] - c.x) * c.z, y: box.y + box.height / 2 + (p[1] - c.y) * c.z };
}

/** The camera in the current URL, or null. */
async function urlCamera(page) {
  const u = new URL(page.url());
  return u.searchParams.has('z') ? { x: +u.searchParams.get('x'), y: +u.searchParams.get('y'), z: +u.searchParams.get('z') } : null;
}

test('a click at a node opens it and a click in empty space clears the selection', async ({ page }) => {
  const errors = watchErrors(page);
  const { box } = await open(page);
  const who = screen(box, small.positions.who);
  await page.mouse.click(who.x, who.y);
  await expect(page).toHaveURL(/#\/org\/who$/);
  const topic = screen(box, small.positions['health-data']);
  await page.mouse.click(topic.x, topic.y);
  await expect(page).toHaveURL(/#\/topic\/health-data$/);
  const empty = screen(box, [0, 30]);
  await page.mouse.click(empty.x, empty.y);
  await expect(page).toHaveURL(/#\/?$/);
  expect(errors).toEqual([]);
});

test('Back and Forward step through selections', async ({ page }) => {
  const { box } = await open(page);
  // Nodes on the left half: the detail panel opens over the right part of the map.
  for (const [kind, id] of [['org', 'who'], ['topic', 'health-data']]) {
    const p = screen(box, small.positions[id]);
    await page.mouse.click(p.x, p.y);
    await expect(page).toHaveURL(new RegExp(`#/${kind}/${id}$`));
  }
  await page.goBack();
  await expect(page).toHaveURL(/#\/org\/who$/);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('World Health Organization');
  await page.goForward();
  await expect(page).toHaveURL(/#\/topic\/health-data$/);
});

test('the wheel zooms in at the pointer and the camera goes into the URL', async ({ page }) => {
  const { box } = await open(page);
  const at = screen(box, small.positions.itu);
  await page.mouse.move(at.x, at.y);
  await page.mouse.wheel(0, -300);
  await expect.poll(async () => (await urlCamera(page))?.z ?? 0).toBeGreaterThan(CAM.z);
  const cam = await urlCamera(page);
  // The point under the pointer stays under the pointer.
  const again = screen(box, small.positions.itu, cam);
  expect(Math.abs(again.x - at.x)).toBeLessThan(1.5);
  expect(Math.abs(again.y - at.y)).toBeLessThan(1.5);
});

test('a drag pans the map and does not select', async ({ page }) => {
  const { box } = await open(page);
  const start = screen(box, [0, 30]);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 60, start.y + 30, { steps: 6 });
  await page.mouse.up();
  await expect.poll(async () => (await urlCamera(page))?.x).toBeCloseTo(CAM.x - 60 / CAM.z, 1);
  expect((await urlCamera(page)).y).toBeCloseTo(CAM.y - 30 / CAM.z, 1);
  expect(new URL(page.url()).hash).toMatch(/^(#\/?)?$/);
});

test('0 fits all (the camera leaves the URL) and + zooms in', async ({ page }) => {
  const { map } = await open(page);
  await map.focus();
  await page.keyboard.press('+');
  await expect.poll(async () => (await urlCamera(page))?.z ?? 0).toBeGreaterThan(CAM.z);
  await page.keyboard.press('0');
  await expect.poll(async () => urlCamera(page)).toBeNull();
});

test('the keyboard alone reaches the map and selects a node, and Escape clears it', async ({ page }) => {
  await open(page);
  const map = page.getByRole('application', MAP);
  for (let i = 0; i < 40 && !(await map.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(map).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#\/(org|topic)\/[a-z0-9-]+$/);
  const first = new URL(page.url()).hash;
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/?$/);
  expect(first).not.toBe('');
});

test('the zoom buttons and the fit button work', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await urlCamera(page))?.z ?? 0).toBeGreaterThan(CAM.z);
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect.poll(async () => urlCamera(page)).toBeNull();
});

test('the real map is drawn: the canvas is not blank after datamap:ready', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./');
  await waitForMark(page, 'datamap:ready');
  const painted = await page.evaluate(() => {
    const c = document.querySelector('.map canvas');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
    return n / (c.width * c.height);
  });
  expect(painted).toBeGreaterThan(0.02);
  expect(errors).toEqual([]);
});

test('hovering a node shows its name in a tooltip', async ({ page }) => {
  const { box } = await open(page);
  const p = screen(box, small.positions.icrc);
  await page.mouse.move(p.x, p.y);
  await expect(page.getByRole('tooltip')).toHaveText('ICRC');
});

test('Back restores the camera of the previous view: the URL camera wins over the selection', async ({ page }) => {
  await open(page, '#/org/who');
  // Selecting from the panel moves the camera to the topic's neighbourhood (a new history entry).
  await page.getByRole('complementary').getByRole('link', { name: 'Health data', exact: true }).click();
  await expect(page).toHaveURL(/#\/topic\/health-data$/);
  await expect.poll(async () => (await urlCamera(page))?.z).not.toBe(CAM.z);
  await page.goBack();
  await expect(page).toHaveURL(/#\/org\/who$/);
  expect(await urlCamera(page)).toEqual(CAM);
  await page.waitForTimeout(900);
  expect(await urlCamera(page)).toEqual(CAM);
});
