// Answers in the panels, on the shipped dataset: an organisation's peers ("Works on the same
// topics"), the "Compare with…" field, the focus depth control, and the comparison panel, in
// English and French, axe-clean in both colour schemes.
//
// The tests under "needs the explorer wiring" expect the explorer to show <ComparePanel> for
// `#/compare/<a>/<b>` when both ids are nodes of the dataset (the lead engineer's part).
import { test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { audit, expect, watchErrors, waitForMark } from './helpers.mjs';

const shipped = JSON.parse(readFileSync('public/data/geneva.json', 'utf8'));
const named = (x, lang) => (typeof x.name === 'string' ? x.name : x.name[lang] ?? x.name.en);
const org = (id) => shipped.organisations.find((o) => o.id === id);
const topic = (id) => shipped.topics.find((t) => t.id === id);
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
// Texts compared as Rust compares them: code point by code point.
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** The peers of organisation `id` as the app ranks them: most shared topics, then name, then id. */
function expectedPeers(id, lang) {
  const topicsOf = (o) => new Set(shipped.links.filter((l) => l.org === o).map((l) => l.topic));
  const mine = topicsOf(id);
  return shipped.organisations
    .filter((o) => o.id !== id)
    .map((o) => ({ o, shared: [...topicsOf(o.id)].filter((t) => mine.has(t)).length }))
    .filter((p) => p.shared > 0)
    .sort((a, b) => b.shared - a.shared || cmp(fold(named(a.o, lang)), fold(named(b.o, lang))) || cmp(a.o.id, b.o.id))
    .map((p) => ({ id: p.o.id, name: named(p.o, lang), shared: p.shared }));
}

async function open(page, url) {
  await page.goto(url);
  await waitForMark(page, 'datamap:ready');
}

for (const [lang, title, sharedWord] of [['en', 'Works on the same topics', 'shared topics'], ['fr', 'Organisations aux thèmes communs', 'thèmes communs']]) {
  test(`WHO's panel lists its peers, ranked, with their shared topics as links (${lang})`, async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, `./?lang=${lang}#/org/who`);
    const panel = page.getByRole('complementary', { name: named(org('who'), lang) });
    const peers = panel.getByRole('region', { name: title });
    await expect(peers.getByRole('heading', { level: 3 })).toHaveText(title);
    const expected = expectedPeers('who', lang);
    const items = peers.getByRole('listitem');
    await expect(items).toHaveCount(10);
    // Each line starts with the peer's name, a link to its panel, then how many topics it shares.
    const firsts = await items.evaluateAll((lis) => lis.map((li) => li.querySelector('a').textContent));
    expect(firsts).toEqual(expected.slice(0, 10).map((p) => p.name));
    const first = items.first();
    await expect(first.getByRole('link').first()).toHaveAttribute('href', `#/org/${expected[0].id}`);
    await expect(first).toContainText(`${expected[0].shared} ${sharedWord}`);
    const topicLinks = first.locator('a[href^="#/topic/"]');
    expect(await topicLinks.count()).toBeGreaterThan(0);
    const compare = first.getByRole('link', { name: lang === 'en' ? 'Compare with' : 'Comparer avec' });
    await expect(compare).toHaveAttribute('href', `#/compare/who/${expected[0].id}`);
    // All of them on demand.
    const more = peers.locator('.show-all');
    await expect(more).toHaveText(lang === 'en' ? `Show all ${expected.length}` : `Afficher les ${expected.length}`);
    await more.click();
    await expect(items).toHaveCount(expected.length);
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    await expect(more).toHaveText(lang === 'en' ? 'Show fewer' : 'Afficher moins');
    await expect(more).toBeFocused();
    await more.click();
    await expect(items).toHaveCount(10);
    expect(errors).toEqual([]);
  });
}

test('a shared topic in a peer line opens that topic\'s panel', async ({ page }) => {
  await open(page, './#/org/who');
  const peers = page.getByRole('region', { name: 'Works on the same topics' });
  const link = peers.getByRole('listitem').first().locator('a[href^="#/topic/"]').first();
  const href = await link.getAttribute('href');
  const name = await link.textContent();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole('complementary', { name }).getByRole('heading', { level: 2 })).toHaveText(name);
  // A topic's peers are its related topics.
  await expect(page.getByRole('region', { name: 'Related topics' }).getByRole('listitem')).not.toHaveCount(0);
});

test('a peer\'s Compare link opens the comparison in the URL', async ({ page }) => {
  await open(page, './#/org/who');
  const first = expectedPeers('who', 'en')[0];
  await page.getByRole('link', { name: `Compare with ${first.name}` }).click();
  await expect(page).toHaveURL(new RegExp(`#/compare/who/${first.id}$`));
});

test('choosing WIPO in WHO\'s "Compare with…" field opens #/compare/who/wipo', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, './#/org/who');
  const field = page.getByRole('searchbox', { name: 'Compare with…' });
  await field.fill('WIPO');
  const option = page.locator('#compare-listbox').getByRole('option').first();
  await expect(option).toContainText(named(org('wipo'), 'en'));
  await option.click();
  await expect(page).toHaveURL(/#\/compare\/who\/wipo$/);
  expect(errors).toEqual([]);
});

test('in French the field is "Comparer avec…": "OMPI" and Enter compare with WIPO', async ({ page }) => {
  await open(page, './?lang=fr#/org/who');
  const field = page.getByRole('searchbox', { name: 'Comparer avec…' });
  await field.fill('OMPI');
  await expect(page.locator('#compare-listbox').getByRole('option').first()).toContainText(named(org('wipo'), 'fr'));
  await field.press('Enter');
  await expect(page).toHaveURL(/\?lang=fr#\/compare\/who\/wipo$/);
});

test('the compare field never suggests the panel\'s own node, and Escape closes only its list', async ({ page }) => {
  await open(page, './#/org/who');
  const field = page.getByRole('searchbox', { name: 'Compare with…' });
  await field.fill('World');
  const options = page.locator('#compare-listbox').getByRole('option');
  await expect(options.filter({ hasText: named(org('wipo'), 'en') })).toHaveCount(1);
  await expect(options.filter({ hasText: named(org('who'), 'en') })).toHaveCount(0);
  await field.press('Escape');
  await expect(page.locator('#compare-listbox')).toBeHidden();
  await expect(page.getByRole('complementary', { name: named(org('who'), 'en') })).toBeVisible();
});

test('the depth control sets ?depth=2 and shows which is pressed, in both languages', async ({ page }) => {
  await open(page, './#/org/who');
  const group = page.getByRole('group', { name: 'Highlight on the map' });
  const direct = group.getByRole('button', { name: 'Direct links' });
  const two = group.getByRole('button', { name: 'Two steps' });
  await expect(direct).toHaveAttribute('aria-pressed', 'true');
  await two.click();
  await expect(two).toHaveAttribute('aria-pressed', 'true');
  await expect(direct).toHaveAttribute('aria-pressed', 'false');
  await expect(page).toHaveURL(/depth=2.*#\/org\/who$/);
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('group', { name: 'Mettre en évidence sur la carte' }).getByRole('button', { name: 'Deux étapes' }))
    .toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Liens directs' }).click();
  await expect(page).not.toHaveURL(/depth=/);
});

test.describe('needs the explorer wiring (ComparePanel at #/compare/a/b)', () => {
  const icrc = org('icrc');
  const wipo = org('wipo');

  test('#/compare/icrc/wipo says what they share, with both links\' sources; Back returns', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, './#/org/icrc');
    const field = page.getByRole('searchbox', { name: 'Compare with…' });
    await field.fill('WIPO');
    await field.press('Enter');
    await expect(page).toHaveURL(/#\/compare\/icrc\/wipo$/);
    const panel = page.getByRole('complementary', { name: `${icrc.name.en} and ${wipo.name.en}` });
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(`${icrc.name.en} and ${wipo.name.en}`);
    await expect(panel.getByRole('heading', { name: 'Both work on' })).toBeVisible();
    const ai = topic('artificial-intelligence');
    await expect(panel.getByRole('heading', { level: 4, name: ai.name.en })).toBeVisible();
    await expect(panel.getByRole('heading', { name: `Only ${icrc.name.en}` })).toBeVisible();
    await expect(panel.getByRole('heading', { name: `Only ${wipo.name.en}` })).toBeVisible();
    // Both links' summaries and every one of their sources, as external links.
    const links = shipped.links.filter((l) => l.topic === ai.id && (l.org === 'icrc' || l.org === 'wipo'));
    for (const l of links) await expect(panel).toContainText(l.summary.en);
    const item = panel.locator('.shared-list > li').filter({ has: page.getByRole('heading', { level: 4, name: ai.name.en }) });
    const sources = item.locator('.sources a');
    await expect(sources).toHaveCount(links.reduce((n, l) => n + l.sources.length, 0));
    for (let i = 0; i < (await sources.count()); i++) {
      await expect(sources.nth(i)).toHaveAttribute('href', /^https?:\/\//);
      await expect(sources.nth(i)).toHaveAttribute('rel', 'noopener noreferrer');
      await expect(sources.nth(i)).toHaveAttribute('target', '_blank');
    }
    await panel.getByRole('button', { name: 'Back' }).click();
    await expect(page).toHaveURL(/#\/org\/icrc$/);
    await expect(page.getByRole('complementary', { name: icrc.name.en })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('in French the comparison is "A et B" and reads in French', async ({ page }) => {
    await open(page, './?lang=fr#/compare/icrc/wipo');
    const panel = page.getByRole('complementary', { name: `${icrc.name.fr} et ${wipo.name.fr}` });
    await expect(panel.getByRole('heading', { name: 'Thèmes traités par les deux' })).toBeVisible();
    await expect(panel.getByRole('heading', { name: `Seulement ${icrc.name.fr}` })).toBeVisible();
  });

  test('two organisations that share nothing: the paths between them as sentences, then their links', async ({ page }) => {
    await open(page, './#/compare/who/dcaf');
    const panel = page.getByRole('complementary', { name: `${org('who').name.en} and ${org('dcaf').name.en}` });
    await expect(panel.getByRole('heading', { name: 'How they are connected' })).toBeVisible();
    const first = panel.locator('.path-list > li').first();
    await expect(first).toContainText(/^World Health Organization works on .+; .+ also works on .+\.$/);
    await expect(first.getByRole('link', { name: org('who').name.en, exact: true })).toHaveAttribute('href', '#/org/who');
    await expect(panel.getByRole('heading', { name: 'Links and sources' })).toBeVisible();
    await expect(panel.locator('.sources a').first()).toHaveAttribute('href', /^https?:\/\//);
    // A name in the comparison opens that node's panel, and the comparison closes.
    await first.getByRole('link', { name: org('who').name.en, exact: true }).click();
    await expect(page).toHaveURL(/#\/org\/who$/);
    await expect(page.getByRole('complementary', { name: org('who').name.en })).toBeVisible();
  });

  test('two topics: who works on both, each side titled with its topic', async ({ page }) => {
    await open(page, './#/compare/health-data/open-data');
    const [health, open_] = [topic('health-data'), topic('open-data')];
    const panel = page.getByRole('complementary', { name: `${health.name.en} and ${open_.name.en}` });
    await expect(panel.getByRole('heading', { name: 'Who works on both' })).toBeVisible();
    const both = shipped.organisations.filter((o) =>
      ['health-data', 'open-data'].every((t) => shipped.links.some((l) => l.org === o.id && l.topic === t)));
    await expect(panel.locator('.shared-list > li')).toHaveCount(both.length);
    const sides = panel.locator('.shared-list > li').first().locator('.side h5');
    await expect(sides).toHaveText([health.name.en, open_.name.en]);
  });

  test('nodes nothing connects: "No connection within four steps."; Close and Escape close it', async ({ page }) => {
    await open(page, './?data=/fixtures/small.json#/compare/who/icrc');
    const panel = page.getByRole('complementary', { name: /and/ });
    await expect(panel).toContainText('No connection within four steps.');
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(page).toHaveURL(/#\/$/);
    await page.goBack();
    await expect(page.getByRole('complementary', { name: /and/ })).toBeVisible();
    await page.getByRole('complementary', { name: /and/ }).getByRole('button', { name: 'Close' }).focus();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('complementary')).toHaveCount(0);
  });
});

for (const scheme of ['light', 'dark']) {
  test.describe(`axe, ${scheme} theme`, () => {
    // axe is injected as a script, which the app's Content-Security-Policy rightly refuses.
    test.use({ bypassCSP: true, colorScheme: scheme });

    for (const lang of ['en', 'fr']) {
      test(`WHO's panel with all its peers and the compare suggestions open (${lang})`, async ({ page }) => {
        await open(page, `./?lang=${lang}&depth=2#/org/who`);
        const peers = page.locator('.peers');
        await peers.getByRole('button', { name: lang === 'en' ? /^Show all/ : /^Afficher les/ }).click();
        await page.locator('#compare-field').fill('data');
        await expect(page.locator('#compare-listbox')).toBeVisible();
        expect(await audit(page)).toEqual([]);
      });
    }

    test('the comparison panel (needs the explorer wiring)', async ({ page }) => {
      await open(page, './?lang=fr#/compare/icrc/wipo');
      await expect(page.locator('.compare-panel h2')).toBeVisible();
      expect(await audit(page)).toEqual([]);
    });
  });
}
