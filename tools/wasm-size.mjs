// Where the wasm's bytes go: `make size`. Takes wasm-bindgen's output of the last release build
// (the first module, before wasm-opt, with its function names), runs wasm-opt on it exactly as
// trunk does (the flags of index.html's `data-wasm-opt` and `data-wasm-opt-params`) but keeping
// the names (`-g`), and prints the shipped size beside that copy's, the chunks loaded on first
// use (in dist/), the bytes per crate and the largest functions (twiggy's shallow sizes, raw:
// before compression). Options: `--top N` functions (default 30), `--json FILE` to write the
// whole breakdown.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const TOP = Number(arg('--top', 30));
const target = process.env.CARGO_TARGET_DIR ?? 'target';
const input = join(target, 'wasm-bindgen', 'release', 'geneva-data-map_bg.wasm');
if (!existsSync(input)) {
  console.error(`wasm-size: ${input} is missing: run \`make dist\` first (with the same CARGO_TARGET_DIR)`);
  process.exit(1);
}

/** wasm-opt's flags as trunk passes them, from index.html's Rust link. */
function optFlags() {
  const link = readFileSync('index.html', 'utf8').match(/<link data-trunk rel="rust"[^>]*>/)?.[0] ?? '';
  const level = link.match(/data-wasm-opt="([^"]+)"/)?.[1] ?? 'z';
  const params = link.match(/data-wasm-opt-params="([^"]*)"/)?.[1] ?? '';
  return [`-O${level}`, ...params.split(/\s+/).filter(Boolean)];
}

/** The crate a symbol belongs to: the first path segment of the symbol, of its `<Type as Trait>`
 * self type, or of the trait when the self type is a generic parameter or a primitive. */
export function crateOf(name) {
  if (name.startsWith('data segment') || name.startsWith('data[')) return '(data)';
  if (name.includes('subsection') || name.startsWith('custom section') || name === 'table[0]') return '(sections)';
  if (name.startsWith('import ') || name.startsWith('export ')) return '(imports and exports)';
  if (/^(code|elem|type|global)\[/.test(name)) return '(unnamed)';
  let s = name.replace(/\[[0-9a-f]{16}\]/g, '');
  for (let before = ''; before !== s; ) {
    before = s;
    s = s.replace(/^(<|&|\*|mut |dyn |const |\()/, '');
  }
  if (/^([A-Z]|[a-z]\d*|\[[^\]]*\]|[A-Z][A-Za-z]*<[^>]*>) as /.test(s)) s = s.slice(s.indexOf(' as ') + 4).replace(/^(<|&|dyn )+/, '');
  if (/^(char|str|bool|[uif](8|16|32|64|128|size)|\[)/.test(s)) return 'core';
  const m = s.match(/^([A-Za-z_][A-Za-z0-9_]*)::/);
  if (m) return m[1] === 'serde_core' ? 'serde' : m[1] === 'geneva_data_map' ? 'datamap' : m[1];
  return '(runtime and glue)';
}

if (process.argv[1]?.endsWith('wasm-size.mjs')) main();

function main() {
const dir = mkdtempSync(join(tmpdir(), 'wasm-size-'));
const named = join(dir, 'named.wasm');
execFileSync('wasm-opt', [...optFlags(), '-g', input, '-o', named], { stdio: 'inherit' });
const rows = JSON.parse(execFileSync('twiggy', ['top', '-n', '1000000', '--format', 'json', named], { maxBuffer: 1 << 30 }).toString());

const shipped = readdirSync('dist').find((f) => f.endsWith('_bg.wasm'));
const bytes = shipped ? readFileSync(join('dist', shipped)) : null;
const code = rows.filter((r) => !r.name.includes('"function names" subsection') && !r.name.startsWith('custom section'));
const total = code.reduce((s, r) => s + r.shallow_size, 0);
const byCrate = new Map();
for (const r of code) byCrate.set(crateOf(r.name), (byCrate.get(crateOf(r.name)) ?? 0) + r.shallow_size);
const crates = [...byCrate].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
const top = code.filter((r) => !r.name.startsWith('data segment')).sort((a, b) => b.shallow_size - a.shallow_size || a.name.localeCompare(b.name)).slice(0, TOP);

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
if (bytes) {
  const br = brotliCompressSync(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`shipped: dist/${shipped}: ${kb(bytes.length)} raw, ${kb(gzipSync(bytes, { level: 9 }).length)} gzip -9, ${kb(br)} Brotli 11`);
}
// The chunks loaded on first use (src/web/lazy.rs), largest first: not in the breakdown below.
const chunks = readdirSync('dist').filter((f) => /^(split|chunk)_\w+-[0-9a-f]{16}\.wasm$/.test(f))
  .map((f) => [f, readFileSync(join('dist', f))]).sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
if (chunks.length) {
  const sum = (k) => chunks.reduce((s, [, b]) => s + k(b), 0);
  const gz = (b) => gzipSync(b, { level: 9 }).length;
  console.log(`chunks loaded on first use: ${chunks.length} files, ${kb(sum((b) => b.length))} raw, ${kb(sum(gz))} gzip -9; the largest: ${chunks.slice(0, 6).map(([f, b]) => `${f.replace(/-[0-9a-f]{16}\.wasm$/, '')} ${kb(b.length)}`).join(', ')}`);
}
console.log(`this breakdown: ${kb(total)} of code and data (names kept aside), wasm-opt ${optFlags().join(' ')}\n`);
console.log('| crate or part | bytes | share |\n|---|---:|---:|');
for (const [crate, n] of crates) if (n >= 1000) console.log(`| ${crate} | ${n.toLocaleString('en')} | ${((100 * n) / total).toFixed(1)}% |`);
console.log(`\nThe ${TOP} largest functions:\n\n| bytes | function |\n|---:|---|`);
for (const r of top) console.log(`| ${r.shallow_size.toLocaleString('en')} | \`${r.name.replace(/::h[0-9a-f]{16}$/, '').slice(0, 140)}\` |`);
const out = arg('--json');
if (out) writeFileSync(out, JSON.stringify({ total, crates: Object.fromEntries(crates), top }, null, 1));
}
