// Trunk post-build hook: puts the SHA-256 of every inline <script> of the built index.html into
// its Content-Security-Policy (replacing __CSP_SCRIPT_HASHES__), so the policy needs no
// 'unsafe-inline', and writes the finished policy to csp.txt (one line) for servers that send it
// as a header too (docs/HOSTING.md). Runs in trunk's staging directory (TRUNK_STAGING_DIR).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
const file = join(dir, 'index.html');
const html = readFileSync(file, 'utf8');
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map((m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
if (!html.includes('__CSP_SCRIPT_HASHES__')) {
  console.error(`csp-hash: no __CSP_SCRIPT_HASHES__ placeholder in ${file}`);
  process.exit(1);
}
const done = html.replace('__CSP_SCRIPT_HASHES__', [...new Set(hashes)].join(' '));
writeFileSync(file, done);
const policy = done.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)?.[1];
if (!policy) {
  console.error(`csp-hash: no Content-Security-Policy meta tag in ${file}`);
  process.exit(1);
}
writeFileSync(join(dir, 'csp.txt'), `${policy.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&')}\n`);
console.log(`csp-hash: ${hashes.length} inline script(s) hashed into the CSP of ${file} (and csp.txt)`);
