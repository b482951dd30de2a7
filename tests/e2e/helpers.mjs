// Shared helpers for the browser tests.
import { expect } from '@playwright/test';

/** Collects console errors, page errors and CSP violations of a page. */
export function watchErrors(page) {
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

/** Waits for a performance mark set by the app. */
export async function waitForMark(page, name, timeout = 15_000) {
  await page.waitForFunction((n) => performance.getEntriesByName(n, 'mark').length > 0, name, { timeout });
}

/** The number shown for a count in the summary. */
export async function count(page, name) {
  return Number(await page.locator(`[data-count="${name}"]`).textContent());
}

export { expect };
