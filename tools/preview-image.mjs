// `make preview-image`: draws the link preview, public/preview.png, from the release build in
// dist/: the app's overview map of the bundled dataset in English, light theme, at 1200×630 CSS
// pixels (the size link previews use), once `datamap:ready` says every node is placed. Then records
// the key of what that map shows (`datamap-check preview-key`, src/edition/card.rs) in
// public/preview.json, which tests/edition.rs compares with the dataset's: a dataset change that
// alters the map fails the tests until this is run again. Copies the picture into dist/ too.
//   node tools/preview-image.mjs
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { startServer } from '../tests/e2e/server.mjs';

const DATASET = 'public/data/geneva.json';
const OUT = 'public/preview.png';
const [width, height] = [1200, 630];

const server = await startServer();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme: 'light', deviceScaleFactor: 1 });
  await page.goto(`${server.url}/?lang=en`);
  await page.waitForFunction(() => performance.getEntriesByName('datamap:ready').length > 0, null, { timeout: 30_000 });
  // The labels' fonts and the last frame.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(800);
  await page.screenshot({ path: OUT });
} finally {
  await browser.close();
  await server.close();
}
const key = execFileSync('cargo', ['run', '--quiet', '--bin', 'datamap-check', '--', 'preview-key', DATASET], { encoding: 'utf8' }).trim();
writeFileSync('public/preview.json', `${JSON.stringify({ dataset: DATASET, key, width, height }, null, 2)}\n`);
copyFileSync(OUT, 'dist/preview.png');
console.log(`preview: ${OUT} (${width}×${height}) for ${DATASET}, key ${key}`);
