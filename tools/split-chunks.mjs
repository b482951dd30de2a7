// Trunk post-build hook, first of three: stages the lazily loaded chunks of a split build (see
// src/web/lazy.rs and tools/split/). tools/split/wasm-bindgen left them in
// `<target>/wasm-bindgen/<profile>/split/` with their loader `__wasm_split.js`. Each chunk goes
// through wasm-opt with the flags trunk gives the main module (index.html's Rust link) and is
// named after its content (`split_embed-0123456789abcdef.wasm`), like trunk's own files, so a
// host can cache it for a year; so is the loader, once it names them and the hashed glue. The
// glue then imports the loader by that name (tools/short-imports.mjs, next, computes the glue's
// integrity again), and the page preloads it. A build that is not split (plain `trunk build`)
// has nothing to stage.
// Runs in trunk's staging directory (TRUNK_STAGING_DIR).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
const die = (message) => {
  console.error(`split-chunks: ${message}`);
  process.exit(1);
};
const LOADER = '__wasm_split.js';
const html = readFileSync(join(dir, 'index.html'), 'utf8');
const wasmName = html.match(/href="?\.\/([^"\s>]+_bg\.wasm)/)?.[1] ?? die('no preloaded .wasm in index.html');
const glueName = wasmName.replace(/_bg\.wasm$/, '.js');
let glue = readFileSync(join(dir, glueName), 'utf8');
const imports = glue.split(`from "./${LOADER}"`).length - 1;
if (imports === 0) {
  console.log('split-chunks: not a split build (no chunk to stage)');
  process.exit(0);
}

const profile = process.env.TRUNK_PROFILE === 'debug' ? 'debug' : 'release';
const source = join(process.env.CARGO_TARGET_DIR ?? 'target', 'wasm-bindgen', profile, 'split');
if (!existsSync(join(source, LOADER))) die(`${join(source, LOADER)} is missing: was the build made with tools/split/ first on PATH?`);

/** `stem-<16 hex digits of the SHA-256>.ext`. */
const hashed = (stem, ext, bytes) => `${stem}-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}${ext}`;

// The source page's Rust link (trunk has replaced it in the staged page).
const page = readFileSync(process.env.TRUNK_HTML_FILE ?? 'index.html', 'utf8');
const rust = page.match(/<link data-trunk rel="rust"[^>]*>/)?.[0] ?? die('no Rust link in the source index.html');
const level = rust.match(/data-wasm-opt="([^"]+)"/)?.[1] ?? 'z';
const params = (rust.match(/data-wasm-opt-params="([^"]*)"/)?.[1] ?? '').split(/\s+/).filter(Boolean);

let loader = readFileSync(join(source, LOADER), 'utf8');
const chunks = readdirSync(source).filter((f) => f.endsWith('.wasm') && !f.endsWith(glueName.replace(/-[0-9a-f]+\.js$/, '.wasm'))).sort();
let total = 0;
for (const chunk of chunks) {
  const reference = `"./${chunk}"`;
  if (!loader.includes(reference)) continue;
  const optimised = join(dir, `${chunk}.opt`);
  execFileSync('wasm-opt', [`-O${level}`, ...params, join(source, chunk), '-o', optimised], { stdio: 'inherit' });
  const bytes = readFileSync(optimised);
  rmSync(optimised);
  const name = hashed(chunk.replace(/\.wasm$/, ''), '.wasm', bytes);
  writeFileSync(join(dir, name), bytes);
  loader = loader.split(reference).join(`"./${name}"`);
  total += bytes.length;
}
const main = `"./${glueName.replace(/-[0-9a-f]+\.js$/, '.js')}"`;
if (!loader.includes(`from ${main}`)) die(`${LOADER} does not import the glue as ${main}`);
loader = loader.split(`from ${main}`).join(`from "./${glueName}"`);
const loaderName = hashed('__wasm_split', '.js', loader);
writeFileSync(join(dir, loaderName), loader);
// wasm-bindgen imports the loader once per function the main module takes from it.
glue = glue.split(`from "./${LOADER}"`).join(`from "./${loaderName}"`);
writeFileSync(join(dir, glueName), glue);
// The page preloads the loader beside the glue: else the browser learns of it only once the
// glue has come, and fetches it before it can run the glue, one round trip later.
const preload = new RegExp(`<link rel="?modulepreload"? href="?\\./${glueName.replace(/[.]/g, '\\.')}"?[^>]*>`);
const tag = html.match(preload)?.[0] ?? die(`no modulepreload of ${glueName} in index.html`);
const sri = `sha384-${createHash('sha384').update(loader).digest('base64')}`;
const own = `<link rel="modulepreload" href="./${loaderName}" crossorigin="anonymous" integrity="${sri}">`;
writeFileSync(join(dir, 'index.html'), html.replace(tag, `${tag}\n${own}`));
console.log(`split-chunks: ${chunks.length} chunks (${total} bytes) and ${loaderName} staged`);
