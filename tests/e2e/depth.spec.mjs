// The selection's neighbourhood one or two links deep (`?depth=2`): on the small dataset with
// baked positions and a camera in the URL, every node's place on screen is known, so the test
// reads the canvas's colour at a node's centre and tells a node in focus from a faded one.
// WHO works on health data and AI; ITU works on AI too (two links from WHO); the ICRC shares no
// topic with either (four links away).
import { test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, watchErrors, waitForMark } from './helpers.mjs';

const small = JSON.parse(readFileSync('tests/fixtures/small.json', 'utf8'));
const CAM = { x: 0, y: 0, z: 1.5 };

/** The canvas's opacity (0-255) at the centre of layout point `p`: a node in focus is drawn
 * opaque, a faded one at a fifth of that (the canvas is transparent where nothing is drawn). */
async function opacityAt(page, p) {
  return page.locator('.map canvas').evaluate((c, [p, cam]) => {
    const scale = c.width / c.clientWidth;
    const x = (c.clientWidth / 2 + (p[0] - cam.x) * cam.z) * scale;
    const y = (c.clientHeight / 2 + (p[1] - cam.y) * cam.z) * scale;
    return c.getContext('2d').getImageData(Math.round(x), Math.round(y), 1, 1).data[3];
  }, [p, CAM]);
}

async function open(page, depth) {
  const query = `./?data=/fixtures/small.json&x=${CAM.x}&y=${CAM.y}&z=${CAM.z}${depth ? `&depth=${depth}` : ''}#/org/who`;
  await page.goto(query);
  await waitForMark(page, 'datamap:ready');
  // The selection's framing and any redraw are over.
  await page.waitForTimeout(700);
}

test('depth 2 brings forward the nodes two links away, and only those', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, 2);
  const [itu, icrc, ai] = [small.positions.itu, small.positions.icrc, small.positions['artificial-intelligence']];
  const near = { itu: await opacityAt(page, itu), ai: await opacityAt(page, ai), icrc: await opacityAt(page, icrc) };
  await open(page, null);
  const one = { itu: await opacityAt(page, itu), ai: await opacityAt(page, ai), icrc: await opacityAt(page, icrc) };
  console.log(`depth: depth 2 ${JSON.stringify(near)}, depth 1 ${JSON.stringify(one)}`);
  // A neighbour is in focus at both depths; ITU only at depth 2; the ICRC at neither.
  expect(near.ai).toBeGreaterThan(200);
  expect(one.ai).toBeGreaterThan(200);
  expect(near.itu).toBeGreaterThan(200);
  expect(one.itu).toBeLessThan(100);
  expect(near.icrc).toBeLessThan(100);
  expect(one.icrc).toBeLessThan(100);
  expect(errors).toEqual([]);
});

test('a depth other than 2 in the URL is depth 1', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, 7);
  expect(await opacityAt(page, small.positions.itu)).toBeLessThan(100);
  await open(page, 2);
  expect(await opacityAt(page, small.positions.itu)).toBeGreaterThan(200);
  expect(errors).toEqual([]);
});
