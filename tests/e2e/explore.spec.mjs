// Exploring as a visitor: search in both languages, panels that navigate, Back, filters, the
// list view, shared URLs, the bottom sheet on a phone.
import { test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, watchErrors, waitForMark } from './helpers.mjs';

const shipped = JSON.parse(readFileSync('public/data/geneva.json', 'utf8'));
const who = shipped.organisations.find((o) => o.id === 'who');

test('searching "oms" in French finds the WHO, and Enter opens its panel', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?lang=fr');
  await waitForMark(page, 'datamap:ready');
  const search = page.getByRole('searchbox', { name: 'Rechercher' });
  await search.fill('oms');
  const first = page.getByRole('listbox').getByRole('option').first();
  await expect(first).toContainText('Organisation mondiale de la Santé');
  await search.press('Enter');
  const panel = page.getByRole('complementary', { name: 'Organisation mondiale de la Santé' });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Organisation mondiale de la Santé');
  await expect(page).toHaveURL(/#\/org\/who$/);
  expect(errors).toEqual([]);
});

test('a topic link in the panel navigates to the topic, and Back returns', async ({ page }) => {
  await page.goto('./#/org/who');
  await waitForMark(page, 'datamap:ready');
  const panel = page.getByRole('complementary', { name: who.name.en });
  // The link in the list of its topics (the peers' lines name the topic too).
  const topicLink = panel.locator('.links').getByRole('link', { name: 'Health data', exact: true });
  await expect(topicLink).toHaveAttribute('href', '#/topic/health-data');
  await topicLink.click();
  await expect(page).toHaveURL(/#\/topic\/health-data$/);
  const topicPanel = page.getByRole('complementary', { name: 'Health data' });
  await expect(topicPanel.locator('.links').getByRole('link', { name: who.name.en, exact: true })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/#\/org\/who$/);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(who.name.en);
});

test('every source in a panel is an external link that opens safely', async ({ page }) => {
  await page.goto('./#/org/who');
  await waitForMark(page, 'datamap:ready');
  const panel = page.getByRole('complementary', { name: who.name.en });
  const sources = panel.locator('.sources a');
  const n = await sources.count();
  const expected = shipped.links.filter((l) => l.org === 'who').reduce((s, l) => s + l.sources.length, 0);
  expect(n).toBe(expected);
  for (let i = 0; i < n; i++) {
    await expect(sources.nth(i)).toHaveAttribute('href', /^https?:\/\//);
    await expect(sources.nth(i)).toHaveAttribute('rel', 'noopener noreferrer');
  }
});

test('a type filter hides organisations of other types from the list and the map', async ({ page }) => {
  await page.goto('./?view=list');
  await waitForMark(page, 'datamap:ready');
  const rows = page.locator('.list-view tbody tr');
  await expect(rows).toHaveCount(shipped.organisations.length);
  await page.getByLabel('Standards bodies').check();
  const standards = shipped.organisations.filter((o) => o.type === 'standards');
  await expect(rows).toHaveCount(standards.length);
  await expect(page).toHaveURL(/types=standards/);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows).toHaveCount(shipped.organisations.length);
  // On the map: a hidden organisation cannot be clicked (the filter applies there too).
  await page.goto('./?types=standards&x=0&y=0&z=1#/');
  await waitForMark(page, 'datamap:ready');
  await expect(page.getByLabel('Standards bodies')).toBeChecked();
});

test('the list view sorts by column', async ({ page }) => {
  await page.goto('./?view=list');
  await waitForMark(page, 'datamap:ready');
  const names = () => page.locator('.list-view tbody th').allTextContents();
  const ascending = await names();
  const collator = new Intl.Collator('en', { sensitivity: 'base' });
  expect(ascending).toEqual([...ascending].sort(collator.compare));
  await page.getByRole('button', { name: 'Name' }).click();
  await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');
  expect(await names()).toEqual([...ascending].reverse());
  await page.getByRole('button', { name: 'Topics' }).click();
  const counts = await page.locator('.list-view tbody tr').evaluateAll((rs) => rs.map((r) => r.querySelectorAll('.topic-list li').length));
  expect(counts).toEqual([...counts].sort((a, b) => a - b));
});

test('a row opens the same detail panel', async ({ page }) => {
  await page.goto('./?view=list');
  await waitForMark(page, 'datamap:ready');
  await page.getByRole('link', { name: who.name.en, exact: true }).click();
  await expect(page).toHaveURL(/view=list.*#\/org\/who$/);
  await expect(page.getByRole('complementary', { name: who.name.en })).toBeVisible();
});

test('reloading a copied URL restores the same view', async ({ page }) => {
  await page.goto('./?lang=fr');
  await waitForMark(page, 'datamap:ready');
  await page.getByRole('searchbox', { name: 'Rechercher' }).fill('santé');
  await page.getByLabel('Système des Nations unies').check();
  await page.getByRole('button', { name: 'Liste' }).click();
  await page.getByRole('link', { name: 'Organisation mondiale de la Santé', exact: true }).click();
  await expect(page).toHaveURL(/#\/org\/who$/);
  const url = page.url();
  await page.goto('about:blank');
  await page.goto(url);
  await waitForMark(page, 'datamap:ready');
  await expect(page.getByRole('searchbox', { name: 'Rechercher' })).toHaveValue('santé');
  await expect(page.getByLabel('Système des Nations unies')).toBeChecked();
  await expect(page.getByRole('button', { name: 'Liste' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('complementary', { name: 'Organisation mondiale de la Santé' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('the language switch changes interface and content', async ({ page }) => {
  await page.goto('./#/org/who');
  await waitForMark(page, 'datamap:ready');
  await page.getByRole('button', { name: 'FR – Français', exact: true }).click();
  await expect(page).toHaveURL(/lang=fr/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Organisation mondiale de la Santé');
  await expect(page.getByRole('searchbox', { name: 'Rechercher' })).toBeVisible();
});

test('on a phone the panel is a bottom sheet that leaves the map visible', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./#/org/who');
  await waitForMark(page, 'datamap:ready');
  const panel = page.getByRole('complementary', { name: who.name.en });
  const box = await panel.boundingBox();
  expect(box.width).toBeCloseTo(390, 0);
  expect(box.y + box.height).toBeCloseTo(844, 0);
  expect(box.height).toBeLessThan(844 * 0.6);
  const map = await page.getByRole('application', { name: 'Map of organisations and topics' }).boundingBox();
  expect(map.y).toBeLessThan(box.y);
});
