// Shared helpers for the browser tests.
import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Collects console errors, page errors and CSP violations of a page. */
export function watchErrors(page) {
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

/** Records CSP violations from the very start of the page, in `window.__cspViolations`. */
export async function watchCsp(page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
}

/** Whether an inline script added to the page by script runs (a CSP without 'unsafe-inline' refuses it). */
export async function injectedScriptRuns(page) {
  return page.evaluate(() => {
    window.__injected = false;
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.appendChild(s);
    return window.__injected;
  });
}

/** Waits for a performance mark set by the app. */
export async function waitForMark(page, name, timeout = 15_000) {
  await page.waitForFunction((n) => performance.getEntriesByName(n, 'mark').length > 0, name, { timeout });
}

/** The number shown for a count in the summary. */
export async function count(page, name) {
  // Counts are written with the language's thousands separator ("99,000", "99 000").
  return Number((await page.locator(`[data-count="${name}"]`).textContent()).replace(/\D/g, ''));
}

export { expect };

/** A palette of the map as src/look.rs defines it (`LIGHT` or `DARK`), read from the source so
 * that the tests and the app share one set of colours: `{ background: '#ffffff', ... }`. */
export function palette(name) {
  const source = readFileSync(new URL('../../src/look.rs', import.meta.url), 'utf8');
  const body = source.match(new RegExp(`pub const ${name}: Palette = Palette \\{([^}]*)\\}`))?.[1];
  if (!body) throw new Error(`no palette ${name} in src/look.rs`);
  return Object.fromEntries([...body.matchAll(/(\w+): "(#[0-9a-f]{6})"/g)].map((m) => [m[1], m[2]]));
}

/** `#rrggbb` as [r, g, b, 255], as the canvas reads an opaque pixel. */
export function rgba(hex) {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(255);
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The serious and critical violations that axe-core finds on the page (WCAG 2.1 A and AA rules),
 * one line each. axe is injected as a script: the test needs `bypassCSP: true`. */
export async function audit(page) {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}
