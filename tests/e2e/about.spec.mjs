// The About dialog and "Suggest a correction": About opens by its button and by `#/about`, in
// English and French, closes with Close, Escape and Back, and axe finds no serious or critical
// violation with it open; its texts come from the dataset's `meta`, as text (the hostile
// fixture); with a `meta.contact` (tests/fixtures/contact.json), every link of a panel and the
// organisation have "Suggest a correction" whose message names the dataset's version, the ids,
// the link's JSON path and the page; very long texts wrap, and the dialog scrolls.
import { test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { audit, expect, watchErrors, waitForMark } from './helpers.mjs';

const shipped = JSON.parse(readFileSync('public/data/geneva.json', 'utf8'));
const contact = JSON.parse(readFileSync('tests/fixtures/contact.json', 'utf8'));
const nasty = JSON.parse(readFileSync('tests/fixtures/hostile/nasty-text.json', 'utf8'));
// axe is injected as a script, which the app's Content-Security-Policy rightly refuses; without
// the policy, markup injected from a hostile file would run, which the last test would see.
test.use({ bypassCSP: true });

const names = { en: ['About', 'About this map', 'Close'], fr: ['À propos', 'À propos de cette carte', 'Fermer'] };

for (const lang of ['en', 'fr']) {
  test(`About opens by its button and Escape goes back to the panel (${lang})`, async ({ page }) => {
    const errors = watchErrors(page);
    const [button, title] = names[lang];
    await page.goto(`./?lang=${lang}#/org/who`);
    await waitForMark(page, 'datamap:ready');
    await page.getByRole('button', { name: button, exact: true }).click();
    await expect(page).toHaveURL(/\?lang=[a-z]+#\/about$/);
    const dialog = page.getByRole('dialog', { name: title });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { level: 3 }).first()).toHaveText(shipped.meta.title[lang]);
    await expect(dialog).toContainText(shipped.meta.method[lang].split('\n')[0]);
    const of = lang === 'en' ? 'of' : 'du';
    const citation = dialog.locator('.citation');
    await expect(citation).toContainText(`${shipped.meta.creator[lang]} (${shipped.meta.updated.slice(0, 4)}). `);
    await expect(citation).toContainText(`version ${shipped.meta.version} ${of} ${shipped.meta.updated}`);
    await expect(citation).toContainText(shipped.meta.license);
    // The shipped dataset names no contact: About says so, and no panel offers corrections.
    await expect(dialog).toContainText(lang === 'en' ? 'names no contact' : 'n’indique pas de contact');
    await expect(dialog).toContainText('MIT');
    await expect(page.locator('.suggest')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/#\/org\/who$/);
    await expect(page.getByRole('complementary', { name: shipped.organisations.find((o) => o.id === 'who').name[lang] })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test(`#/about opens About at once, axe finds nothing serious, Close leaves the map (${lang})`, async ({ page }) => {
    const [, title, close] = names[lang];
    await page.goto(`./?lang=${lang}#/about`);
    await waitForMark(page, 'datamap:ready');
    const dialog = page.getByRole('dialog', { name: title });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: close })).toBeFocused();
    await test.step('axe', async () => expect(await audit(page)).toEqual([]));
    const entries = await page.evaluate(() => history.length);
    await dialog.getByRole('button', { name: close }).click();
    await expect(dialog).toBeHidden();
    // Opened from the address, closing it replaces that entry by the view under it.
    await expect(page).toHaveURL(/\?lang=[a-z]+#\/$/);
    expect(await page.evaluate(() => history.length)).toBe(entries);
  });
}

test('Back closes About and Forward opens it again over the same panel', async ({ page }) => {
  await page.goto('./#/org/who');
  await waitForMark(page, 'datamap:ready');
  const panel = page.getByRole('complementary', { name: 'World Health Organization' });
  await expect(panel).toBeVisible();
  await page.getByRole('button', { name: 'About', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'About this map' });
  await expect(dialog).toBeVisible();
  await page.goBack();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/#\/org\/who$/);
  await page.goForward();
  await expect(dialog).toBeVisible();
  await expect(page).toHaveURL(/#\/about$/);
  await expect(panel).toBeVisible();
  await page.goBack();
  await expect(dialog).toBeHidden();
  await expect(panel).toBeVisible();
});

test('an embedded map has no About, even at #/about', async ({ page }) => {
  await page.goto('./?embed=1#/about');
  await waitForMark(page, 'datamap:ready');
  await expect(page.getByRole('button', { name: 'About', exact: true })).toHaveCount(0);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

/** The subject and body of a mailto: link, decoded; fails on anything else. */
function mail(href) {
  const url = new URL(href);
  expect(url.protocol).toBe('mailto:');
  expect(url.pathname).toBe(contact.meta.contact);
  expect(href).not.toMatch(/[ \n]/);
  return { subject: url.searchParams.get('subject'), body: url.searchParams.get('body') };
}

test('"Suggest a correction" names the version, the ids, the link’s path and the page', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?data=/fixtures/contact.json#/org/itu');
  await waitForMark(page, 'datamap:ready');
  const itu = contact.organisations.find((o) => o.id === 'itu');
  const panel = page.getByRole('complementary', { name: itu.name.en });
  const own = contact.links.map((l, i) => ({ ...l, i })).filter((l) => l.org === 'itu');
  await expect(panel.locator('.suggest')).toHaveCount(own.length + 1);
  const pageUrl = await page.evaluate(() => location.href);
  expect(pageUrl).toMatch(/\?data=%2Ffixtures%2Fcontact\.json#\/org\/itu$|\?data=\/fixtures\/contact\.json#\/org\/itu$/);
  for (const link of own) {
    const topic = contact.topics.find((t) => t.id === link.topic);
    const suggest = panel.getByRole('link', { name: `Suggest a correction: ${itu.name.en} – ${topic.name.en}`, exact: true });
    await expect(suggest).toHaveText('Suggest a correction');
    const { subject, body } = mail(await suggest.getAttribute('href'));
    expect(subject).toBe(`Correction: ${itu.name.en} – ${topic.name.en} (${contact.meta.title.en} ${contact.meta.version})`);
    expect(body.split('\r\n').slice(0, 5)).toEqual([
      `Dataset: ${contact.meta.title.en}, version ${contact.meta.version}, ${contact.meta.updated}`,
      `Organisation: ${itu.name.en} (itu)`,
      `Topic: ${topic.name.en} (${topic.id})`,
      `Entry in the file: links[${link.i}]`,
      `Page: ${pageUrl}`,
    ]);
  }
  // The organisation's own: its path in `organisations`.
  const mine = mail(await panel.getByRole('link', { name: `Suggest a correction: ${itu.name.en}`, exact: true }).getAttribute('href'));
  expect(mine.body).toContain(`Entry in the file: organisations[${contact.organisations.indexOf(itu)}]\r\n`);
  expect(mine.body).not.toContain('Topic:');

  // Two clicks from the map: a topic, then its link's correction, in French.
  await page.goto('./?data=/fixtures/contact.json&lang=fr#/topic/artificial-intelligence');
  await waitForMark(page, 'datamap:ready');
  const topic = contact.topics.find((t) => t.id === 'artificial-intelligence');
  const topicPanel = page.getByRole('complementary', { name: topic.name.fr });
  const links = contact.links.map((l, i) => ({ ...l, i })).filter((l) => l.topic === topic.id);
  await expect(topicPanel.locator('.suggest')).toHaveCount(links.length);
  for (const link of links) {
    const org = contact.organisations.find((o) => o.id === link.org);
    const suggest = topicPanel.getByRole('link', { name: `Suggérer une correction\u00a0: ${org.name.fr} – ${topic.name.fr}`, exact: true });
    const { body } = mail(await suggest.getAttribute('href'));
    expect(body).toContain(`Organisation\u00a0: ${org.name.fr} (${org.id})\r\nThème\u00a0: ${topic.name.fr} (${topic.id})\r\n`);
    expect(body).toContain(`Entrée dans le fichier\u00a0: links[${link.i}]\r\n`);
  }

  // About names the contact, the method line by line and the creator in the citation.
  await page.getByRole('button', { name: 'À propos', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'À propos de cette carte' });
  await expect(dialog.locator('a.contact')).toHaveAttribute('href', `mailto:${contact.meta.contact}`);
  for (const line of contact.meta.method.fr.split('\n')) {
    await expect(dialog.locator('p', { hasText: line })).toHaveCount(1);
  }
  await expect(dialog.locator('.citation')).toHaveText(new RegExp(`^${contact.meta.creator.fr} \\(2026\\)\\. ${contact.meta.title.fr} \\[jeu de données\\], version ${contact.meta.version} du ${contact.meta.updated}\\.`));
  expect(await audit(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('markup in meta is text in About and encoded in corrections, and long texts wrap', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => { window.__pwned = false; });
  await page.setViewportSize({ width: 360, height: 700 });
  await page.goto(`./?data=/fixtures/hostile/nasty-text.json#/org/${nasty.organisations[0].id}`);
  await waitForMark(page, 'datamap:ready');
  const suggest = page.locator('.panel .suggest');
  await expect(suggest).toHaveCount(2);
  for (const href of await suggest.evaluateAll((els) => els.map((a) => a.getAttribute('href')))) {
    expect(href.startsWith(`${nasty.meta.contact}&dataset=`)).toBe(true);
    expect(new URL(href).searchParams.get('dataset')).toBe(nasty.meta.title.en);
  }
  await page.getByRole('button', { name: 'About', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'About this map' });
  await expect(dialog.getByRole('heading', { level: 3 }).first()).toHaveText(nasty.meta.title.en);
  await expect(dialog.locator('p').first()).toHaveText(nasty.meta.description.en);
  for (const line of nasty.meta.method.en.split('\n')) {
    await expect(dialog.locator('p', { hasText: line })).toHaveCount(1);
  }
  await expect(dialog.locator('.citation')).toContainText(`${nasty.meta.creator.en} (2026). ${nasty.meta.title.en} [dataset]`);
  await expect(dialog).toContainText(`Licence: ${nasty.meta.license}`);
  await expect(dialog.locator('a.contact')).toHaveText(nasty.meta.contact);
  expect(await dialog.locator('a.contact').getAttribute('href')).toBe(nasty.meta.contact);
  // Nothing ran, no element came out of the texts, and nothing sticks out of the dialog.
  expect(await page.evaluate(() => window.__pwned)).toBe(false);
  expect(await dialog.locator('script, img, iframe, svg, b, object').count()).toBe(0);
  const box = await dialog.evaluate((d) => ({ scroll: d.scrollWidth, client: d.clientWidth }));
  expect(box.scroll).toBeLessThanOrEqual(box.client);
  expect(errors).toEqual([]);
});

test('very long meta texts and words wrap inside the dialog, which scrolls', async ({ page }) => {
  const long = structuredClone(contact);
  // Within the limits (a name 300 characters, a text 5,000): one unbroken 200-letter word.
  const word = 'x'.repeat(200);
  long.meta.creator = { en: `${word} curators`, fr: word };
  long.meta.method = { en: Array.from({ length: 12 }, (_, i) => `Line ${i}: ${'data '.repeat(20)}${word}`).join('\n'), fr: word };
  await page.route((url) => url.pathname === '/fixtures/contact.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(long) }));
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('./?data=/fixtures/contact.json#/about');
  await waitForMark(page, 'datamap:ready');
  const dialog = page.getByRole('dialog', { name: 'About this map' });
  await expect(dialog.locator('.about-body p', { hasText: 'Line 11:' })).toHaveCount(1);
  const box = await dialog.evaluate((d) => ({ sw: d.scrollWidth, cw: d.clientWidth, sh: d.scrollHeight, ch: d.clientHeight, bottom: d.getBoundingClientRect().bottom }));
  expect(box.sw).toBeLessThanOrEqual(box.cw);
  expect(box.sh).toBeGreaterThan(box.ch);
  expect(box.bottom).toBeLessThanOrEqual(640);
  await expect(dialog.locator('.citation')).toContainText(`${word} curators (2026).`);
});

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });
  test('the open About dialog has no serious or critical violation', async ({ page }) => {
    await page.goto('./?data=/fixtures/contact.json#/about');
    await waitForMark(page, 'datamap:ready');
    await expect(page.getByRole('dialog', { name: 'About this map' })).toBeVisible();
    expect(await audit(page)).toEqual([]);
  });
});

test.describe('under the page’s Content-Security-Policy (form-action \'none\')', () => {
  test.use({ bypassCSP: false });
  test('Close, a button of a form of method "dialog", closes About', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('./#/org/who');
    await waitForMark(page, 'datamap:ready');
    await page.getByRole('button', { name: 'About', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'About this map' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/#\/org\/who$/);
    expect(errors).toEqual([]);
  });
});
