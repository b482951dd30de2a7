// `make dist`, after the build: writes dist/_headers, the response headers of this build in the
// format of static pages hosts (Netlify, Cloudflare Pages): the Content-Security-Policy of
// index.html (from csp.txt, see tools/csp-hash.mjs) on every response; a year of caching for the
// files whose names carry trunk's content hash; revalidation (`no-cache`) for the rest, whose
// names stay the same from one build to the next. docs/HOSTING.md explains each rule and gives
// the same rules for nginx and Apache.
//   node tools/headers.mjs [DIR]      (default dist)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** trunk's hashed names: `name-0123456789abcdef.ext`, `name-0123456789abcdef_bg.wasm`. */
export const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/;
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** The site's files under `dir` (not the precompressed copies nor these notes), sorted, as `/path`. */
function sitePaths(dir, root = dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => (e.isDirectory() ? sitePaths(join(dir, e.name), root) : [`/${relative(root, join(dir, e.name))}`]))
    .filter((p) => !/\.(gz|br)$/.test(p) && p !== '/_headers' && p !== '/csp.txt');
}

/** The Cache-Control of a site path. */
export function cacheControl(path) {
  return HASHED.test(path) ? IMMUTABLE : REVALIDATE;
}

/** The text of `_headers` for the build in `dir`. */
export function headersFile(dir) {
  const policy = readFileSync(join(dir, 'csp.txt'), 'utf8').trim();
  const lines = [
    '# The response headers of this build for a static pages host (Netlify, Cloudflare Pages),',
    '# written by tools/headers.mjs; see docs/HOSTING.md. Paths start at the site root.',
    '/*',
    `  Content-Security-Policy: ${policy}`,
    '  X-Content-Type-Options: nosniff',
    '/',
    `  Cache-Control: ${REVALIDATE}`,
  ];
  for (const path of sitePaths(dir)) {
    lines.push(path, `  Cache-Control: ${cacheControl(path)}`);
    // A folder's own address serves its index.html (the plain edition's `/edition/`).
    if (path.endsWith('/index.html') && path !== '/index.html') lines.push(path.slice(0, -'index.html'.length), `  Cache-Control: ${REVALIDATE}`);
  }
  return `${lines.join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  writeFileSync(join(dir, '_headers'), headersFile(dir));
  console.log(`headers: ${join(dir, '_headers')} written`);
}
