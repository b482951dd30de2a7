// Accessibility: an axe-core audit (WCAG 2.1 A and AA rules) of the map view, a detail panel and
// the list view finds no serious or critical violation; both themes.
import { test } from '@playwright/test';
import { createRequire } from 'node:module';
import { audit, expect, waitForMark } from './helpers.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
// axe is injected as a script, which the app's Content-Security-Policy rightly refuses.
test.use({ bypassCSP: true });

for (const scheme of ['light', 'dark']) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test('the map view has no serious or critical violation', async ({ page }) => {
      await page.goto('./');
      await waitForMark(page, 'datamap:ready');
      expect(await audit(page)).toEqual([]);
    });

    test('a detail panel has no serious or critical violation', async ({ page }) => {
      await page.goto('./#/org/who');
      await waitForMark(page, 'datamap:ready');
      await expect(page.getByRole('complementary')).toBeVisible();
      expect(await audit(page)).toEqual([]);
    });

    test('the list view has no serious or critical violation', async ({ page }) => {
      await page.goto('./?view=list&lang=fr#/topic/health-data');
      await waitForMark(page, 'datamap:ready');
      expect(await audit(page)).toEqual([]);
    });
  });
}

test('the search suggestions are a listbox of options, operable by keyboard', async ({ page }) => {
  await page.goto('./');
  await waitForMark(page, 'datamap:ready');
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill('data');
  await expect(page.getByRole('listbox').getByRole('option')).not.toHaveCount(0);
  await search.press('ArrowDown');
  await expect(page.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
  await search.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
  expect(await audit(page)).toEqual([]);
});

test('every control’s visible text is part of its name (label in name), in both languages', async ({ page }) => {
  for (const lang of ['en', 'fr']) {
    await page.goto(`./?lang=${lang}`);
    await waitForMark(page, 'datamap:ready');
    await page.addScriptTag({ path: axePath });
    // An experimental rule of axe, run on its own.
    const result = await page.evaluate(() =>
      window.axe.run(document, { runOnly: { type: 'rule', values: ['label-content-name-mismatch'] } }));
    expect(result.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
    expect(result.passes.length + result.incomplete.length).toBeGreaterThan(0);
    // axe only asks for the text somewhere in the name ("EN" is in "English"): the language
    // buttons' names open with the code they show, as a speech user says it.
    const group = page.getByRole('group', { name: lang === 'en' ? 'Language' : 'Langue' });
    await expect(group.getByRole('button', { name: 'EN – English', exact: true })).toHaveText('EN');
    await expect(group.getByRole('button', { name: 'FR – Français', exact: true })).toHaveText('FR');
  }
});
