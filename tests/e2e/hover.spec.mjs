// Hovering a dense map (the bench's synthetic size M, baked: 2,000 nodes, 8,000 links). The map
// keeps its picture without hover, and a faded layer of every node that focus frames are drawn
// over, then shows the kept picture when the pointer leaves (src/components/map_view/frame/
// picture.rs): what a visitor sees must be what a full drawing would show, for every camera, with
// or without a selection, and in both colour schemes.
import { test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, palette, rgba, watchErrors, waitForMark } from './helpers.mjs';
import { synthName } from '../../tools/bench/data.mjs';

// Written by run.mjs before the tests start (datamap-gen, as `make bench` does).
const dense = JSON.parse(readFileSync(`bench/data/${synthName('M', true)}`, 'utf8'));
const MAP = { name: 'Map of organisations and topics' };
const BACKGROUND = { light: [255, 255, 255], dark: [0x12, 0x16, 0x1c] };
test.setTimeout(60_000);

// The organisation farthest from any other node: the camera is centred on it, so it alone is
// under the map's centre (its few links keep the focus small next to the faded map).
const ids = Object.keys(dense.positions).sort();
const gap = (id) => {
  const [x, y] = dense.positions[id];
  return Math.min(...ids.filter((o) => o !== id).map((o) => Math.hypot(dense.positions[o][0] - x, dense.positions[o][1] - y)));
};
const orgs = new Set(dense.organisations.map((o) => o.id));
const loner = ids.filter((id) => orgs.has(id)).map((id) => [id, gap(id)]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
const org = dense.organisations.find((o) => o.id === loner);
const name = org.acronym?.en || org.name.en;
const [tx, ty] = dense.positions[loner];
// Organisations are drawn in the palette's neutral fill (their type is their shape).
const colour = { light: rgba(palette('LIGHT').org_fill), dark: rgba(palette('DARK').org_fill) };

// A topic near it but not linked to it, to be selected while the organisation is hovered.
const linked = new Set(dense.links.filter((l) => l.org === loner).map((l) => l.topic));
const near = (id) => Math.hypot(dense.positions[id][0] - tx, dense.positions[id][1] - ty);
const other = dense.topics.map((t) => t.id).filter((id) => !linked.has(id)).sort((a, b) => near(a) - near(b) || a.localeCompare(b))[0];

/** What the canvas shows: a digest of its pixels, its ink (summed distance from the background)
 * and the colour at its centre. */
function picture(page, background) {
  return page.locator('.map canvas').evaluate((c, bg) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let ink = 0;
    let hash = 0;
    for (let i = 0; i < d.length; i += 4) {
      const a = d[i + 3] / 255;
      // Composited over the page's background, as the visitor sees it.
      for (let k = 0; k < 3; k++) ink += Math.abs(d[i + k] * a + bg[k] * (1 - a) - bg[k]);
      hash = (Math.imul(hash, 31) + d[i] + 7 * d[i + 1] + 13 * d[i + 2] + 17 * d[i + 3]) | 0;
    }
    const m = 4 * (Math.floor(c.height / 2) * c.width + Math.floor(c.width / 2));
    return { hash, ink: Math.round(ink / 1000), centre: [...d.slice(m, m + 4)] };
  }, background);
}

for (const scheme of ['light', 'dark']) {
  test(`hovering a dense map fades the rest and leaving restores the same picture (${scheme})`, async ({ browser }) => {
    const page = await browser.newPage({ colorScheme: scheme });
    const errors = watchErrors(page);
    await page.route((u) => u.pathname === '/fixtures/dense.json', (route) => route.fulfill({ json: dense }));
    await page.goto(`./?data=/fixtures/dense.json&x=${tx}&y=${ty}&z=1.5`);
    await waitForMark(page, 'datamap:ready', 30_000);
    const map = page.getByRole('application', MAP);
    const box = await map.boundingBox();
    const bg = BACKGROUND[scheme];
    await page.waitForTimeout(300);

    for (const step of ['first camera', 'after zooming out']) {
      const before = await picture(page, bg);
      // Over the organisation: its tooltip, the rest faded, the node itself still at full colour.
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await expect(page.getByRole('tooltip')).toHaveText(name);
      await expect.poll(async () => (await picture(page, bg)).hash, { message: step }).not.toBe(before.hash);
      const over = await picture(page, bg);
      // (Before, another node's label may cover it: labels are drawn over nodes.)
      expect(over.centre, `${step}: the hovered node at full colour`).toEqual(colour[scheme]);
      expect(over.ink, `${step}: most of the map is faded`).toBeLessThan(before.ink * 0.6);
      expect(over.ink, `${step}: the focus and the faded map still show`).toBeGreaterThan(before.ink * 0.02);
      // The pointer leaves the map: exactly the picture from before.
      await page.mouse.move(box.x + box.width / 2, box.y - 40);
      await expect(page.getByRole('tooltip')).toHaveCount(0);
      await expect.poll(async () => (await picture(page, bg)).hash, { message: step }).toBe(before.hash);
      // A new camera: the kept picture is stale and must not come back.
      await map.focus();
      await page.keyboard.press('-');
      await page.waitForTimeout(900);
      expect((await picture(page, bg)).hash).not.toBe(before.hash);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
}

test('hovering a dense map with a node selected: the selection keeps its ring, and leaving restores the picture', async ({ page }) => {
  const errors = watchErrors(page);
  await page.route((u) => u.pathname === '/fixtures/dense.json', (route) => route.fulfill({ json: dense }));
  await page.goto(`./?data=/fixtures/dense.json&x=${tx}&y=${ty}&z=1.5#/topic/${other}`);
  await waitForMark(page, 'datamap:ready', 30_000);
  await expect(page.getByRole('complementary')).toContainText(dense.topics.find((t) => t.id === other).name.en);
  const box = await page.getByRole('application', MAP).boundingBox();
  const bg = BACKGROUND.light;
  await page.waitForTimeout(400);
  const before = await picture(page, bg);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByRole('tooltip')).toHaveText(name);
  await expect.poll(async () => (await picture(page, bg)).hash).not.toBe(before.hash);
  expect((await picture(page, bg)).centre, 'the hovered node at full colour').toEqual(colour.light);
  await page.mouse.move(box.x + box.width / 2, box.y - 40);
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  await expect.poll(async () => (await picture(page, bg)).hash).toBe(before.hash);
  expect(new URL(page.url()).hash).toBe(`#/topic/${other}`);
  expect(errors).toEqual([]);
});
