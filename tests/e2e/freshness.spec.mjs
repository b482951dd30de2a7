// How fresh the data is: the footer's "Data as of <date>, version <version>" in both languages,
// and "verified <date>" beside a link's sources in the detail panel. The fixture
// tests/fixtures/curated.json (served at /fixtures/) has `meta.updated` 2026-11-28, `meta.version`
// 2026.12, and the WHO's health-data link verified on 2026-11-15 (its link to artificial
// intelligence is not verified).
import { test } from '@playwright/test';
import { expect, watchErrors, waitForMark } from './helpers.mjs';

const CURATED = './?data=/fixtures/curated.json';

test('the footer gives the date and version of the data, in the language shown', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(CURATED);
  await waitForMark(page, 'datamap:ready');
  const footer = page.locator('footer.site-footer');
  await expect(footer.locator('.data-as-of')).toHaveText('Data as of 2026-11-28, version 2026.12');
  await page.getByRole('button', { name: 'FR – Français', exact: true }).click();
  await expect(footer.locator('.data-as-of')).toHaveText('Données au 2026-11-28, version 2026.12');
  expect(errors).toEqual([]);
});

test('the footer gives the date alone for data without a version', async ({ page }) => {
  await page.goto('./?lang=fr&data=/fixtures/small.json');
  await waitForMark(page, 'datamap:ready');
  await expect(page.locator('footer .data-as-of')).toHaveText('Données au 2026-11-28');
});

test('a verified link says when, beside its sources, in both languages', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`${CURATED}#/org/who`);
  await waitForMark(page, 'datamap:ready');
  const panel = page.getByRole('complementary', { name: 'World Health Organization' });
  const verified = panel.locator('.verified');
  // Only the health-data link is verified.
  await expect(verified).toHaveCount(1);
  await expect(verified).toHaveText('verified 2026-11-15');
  await expect(verified.locator('time')).toHaveAttribute('datetime', '2026-11-15');
  // It stands right after the sources of that link.
  const sources = verified.locator('xpath=preceding-sibling::ul[1]');
  await expect(sources).toHaveClass(/sources/);
  await expect(sources.getByRole('link', { name: 'WHO data' })).toHaveAttribute('href', 'https://www.who.int/data');

  await page.goto(`./?lang=fr&data=/fixtures/curated.json#/org/who`);
  await waitForMark(page, 'datamap:ready');
  const panelFr = page.getByRole('complementary', { name: 'Organisation mondiale de la Santé' });
  await expect(panelFr.locator('.verified')).toHaveText('vérifié le 2026-11-15');
  expect(errors).toEqual([]);
});
