// French as a Geneva reader expects it: counted words take the singular for 0 and 1, the new
// interface strings show in the toolbar and the panels, and the French product name is the title.
import { test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, watchErrors, waitForMark } from './helpers.mjs';

const shipped = JSON.parse(readFileSync('public/data/geneva.json', 'utf8'));

test('a French search with one result says "1 résultat", and with more, the plural', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?lang=fr');
  await waitForMark(page, 'datamap:ready');
  const status = page.getByRole('status').filter({ hasText: 'résultat' });
  const search = page.getByRole('searchbox', { name: 'Rechercher' });
  await expect(search).toHaveAttribute('placeholder', 'Rechercher une organisation ou un thème');
  await search.fill('UNOSAT');
  await expect(status).toHaveText(/(^|\. )1 résultat$/);
  await search.fill('données');
  await expect(status).toHaveText(/\d+ résultats$/);
  expect(errors).toEqual([]);
});

test('the toolbar and panels use the French editor\'s strings', async ({ page }) => {
  await page.goto('./?lang=fr');
  await waitForMark(page, 'datamap:ready');
  await expect(page.locator('h1')).toHaveText('Carte des données de la Genève internationale');
  // The counts' words agree with their numbers, and their group is named in French.
  await expect(page.getByRole('region', { name: 'Jeu de données' })).toContainText(`${shipped.topics.length} thèmes`);
  await page.getByText('Exporter', { exact: true }).click();
  await expect(page.getByRole('button', { name: 'Image vectorielle (SVG)' })).toBeVisible();
  await page.keyboard.press('Escape');
  const who = shipped.organisations.find((o) => o.id === 'who');
  await page.evaluate(() => { location.hash = '#/org/who'; });
  const panel = page.getByRole('complementary', { name: who.name.fr });
  await expect(panel.getByRole('heading', { name: 'Thèmes traités' })).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Organisations aux thèmes communs' })).toBeVisible();
});
