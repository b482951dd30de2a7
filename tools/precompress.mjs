// `make dist`, after the build: writes a gzip (level 9) and a Brotli (quality 11) copy next to
// each text and wasm file of dist/ (`index.html.gz`, `index.html.br`, ...), for servers that send
// precompressed files (see docs/HOSTING.md). Runs on the finished build (trunk's hook,
// tools/csp-hash.mjs, has written index.html's policy). The output is the same for the same input:
// the gzip header carries no time or name. A copy is kept only when it is smaller than its file;
// copies of files that are gone are removed.
//   node tools/precompress.mjs [DIR]      (default dist)
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';

/** The kinds of file compressed: text and wasm (images other than SVG are compressed already). */
export const COMPRESSED = ['.html', '.js', '.css', '.json', '.svg', '.wasm'];

/** Every file under `dir`, sorted, as paths joined to `dir`. */
function files(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Compresses every file of `dir` of a kind in COMPRESSED; returns [file, raw, gzip, brotli] rows. */
export function precompress(dir) {
  const rows = [];
  const all = files(dir);
  for (const file of all) {
    const copy = /\.(gz|br)$/.test(file);
    if (copy && !all.includes(file.slice(0, -3))) rmSync(file); // a copy of a file that is gone
    if (copy || !COMPRESSED.includes(extname(file))) continue;
    const raw = readFileSync(file);
    const gz = gzipSync(raw, { level: 9 });
    const br = brotliCompressSync(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        [constants.BROTLI_PARAM_MODE]: extname(file) === '.wasm' ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
      },
    });
    for (const [suffix, bytes] of [['.gz', gz], ['.br', br]]) {
      if (bytes.length < raw.length) writeFileSync(file + suffix, bytes);
      else rmSync(file + suffix, { force: true });
    }
    rows.push([file, raw.length, gz.length, br.length]);
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    console.error(`precompress: no directory ${dir}; run \`make dist\``);
    process.exit(1);
  }
  const rows = precompress(dir);
  const sum = (i) => rows.reduce((s, r) => s + r[i], 0).toLocaleString('en');
  console.log(`precompress: ${rows.length} files in ${dir}: ${sum(1)} bytes, ${sum(2)} gzip -9, ${sum(3)} brotli 11`);
}
