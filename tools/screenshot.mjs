// Takes a screenshot of the release build: node tools/screenshot.mjs OUT.png [QUERY] [WIDTHxHEIGHT]
// Serves dist/ on a free port of 127.0.0.1, waits for `datamap:ready`, saves the page.
import { chromium } from '@playwright/test';
import { startServer } from '../tests/e2e/server.mjs';

const [out = 'screenshot.png', query = '', size = '1280x800'] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number);
const server = await startServer();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width, height } });
  page.on('console', (m) => { if (m.type() === 'error') console.error(`console: ${m.text()}`); });
  page.on('pageerror', (e) => console.error(`pageerror: ${e.message}`));
  await page.goto(`${server.url}/${query}`);
  await page.waitForFunction(() => performance.getEntriesByName('datamap:ready').length > 0, null, { timeout: 20_000 })
    .catch(() => console.error('no datamap:ready mark'));
  await page.waitForTimeout(600);
  await page.screenshot({ path: out });
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name}=${m.startTime.toFixed(0)}ms`));
  console.log(`saved ${out} (${width}x${height}) ${marks.join(' ')}`);
} finally {
  await browser.close();
  await server.close();
}
