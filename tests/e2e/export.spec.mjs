// The ways out: the map as PNG (2×) and SVG (labels as text), each with its caption under the map,
// the list as CSV (with a BOM).
import { test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, waitForMark } from './helpers.mjs';

const shipped = JSON.parse(readFileSync('public/data/geneva.json', 'utf8'));

async function download(page, menu, item) {
  if (menu) await page.getByText(menu, { exact: true }).click();
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: item }).click()]);
  return { name: dl.suggestedFilename(), bytes: readFileSync(await dl.path()) };
}

test('the PNG export is a valid PNG twice the size of the map, with its caption under it', async ({ page }) => {
  await page.goto('./');
  await waitForMark(page, 'datamap:ready');
  const box = await page.getByRole('application', { name: 'Map of organisations and topics' }).boundingBox();
  const { name, bytes } = await download(page, 'Export', 'PNG image');
  expect(name).toMatch(/^geneva-data-map-\d{4}-\d{2}-\d{2}\.png$/);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  // The canvas follows the element's whole-pixel client size; its box may have a half pixel more.
  expect(Math.abs(bytes.readUInt32BE(16) - box.width * 2)).toBeLessThanOrEqual(2);
  // The caption (title, date, address, legend) goes under the map.
  expect(bytes.readUInt32BE(20)).toBeGreaterThan(box.height * 2 + 200);
});

test('the SVG export parses and holds the visible labels as text', async ({ page }) => {
  await page.goto('./?lang=fr');
  await waitForMark(page, 'datamap:ready');
  const { name, bytes } = await download(page, 'Exporter', 'Image vectorielle (SVG)');
  expect(name).toMatch(/\.svg$/);
  const text = bytes.toString('utf8');
  const labels = await page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    if (doc.querySelector('parsererror')) return null;
    return [...doc.querySelectorAll('text')].map((t) => t.textContent);
  }, text);
  expect(labels).not.toBeNull();
  expect(labels.length).toBeGreaterThan(5);
  expect(labels).toContain('Données de santé');
  // One shape per node: topics as circles, organisations as polygons (one shape per type).
  expect(await page.evaluate((svg) => new DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('g.nodes > *').length, text))
    .toBe(shipped.topics.length + shipped.organisations.length);
});

test('the CSV export has one row per listed organisation and keeps accents', async ({ page }) => {
  await page.goto('./?view=list&types=un');
  await waitForMark(page, 'datamap:ready');
  const listed = await page.locator('.list-view tbody tr').count();
  const { name, bytes } = await download(page, null, 'Download CSV');
  expect(name).toMatch(/\.csv$/);
  expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
  expect(lines[0]).toBe('id,name_en,name_fr,acronym,type,topics,website');
  expect(lines.length - 1).toBe(listed);
  expect(listed).toBe(shipped.organisations.filter((o) => o.type === 'un').length);
  expect(lines.some((l) => l.startsWith('who,World Health Organization,Organisation mondiale de la Santé,'))).toBe(true);
});
