// Trunk post-build hook: short names for the wasm's imports and for its closures' exports.
// wasm-bindgen names each function the wasm imports from its JS glue after the Rust or JS name
// and a 16-digit hash (`__wbg_setAttribute_2a1b...`): 287 names, 10 KB of the wasm that gzip can
// barely shrink (the hashes), and the same again in the glue. Each is renamed `w0`, `w1`... in
// the wasm's import section and in the glue's import object, where each stands once as a key
// (checked: anything else stops the build); the exported entry points of closures, named with a
// hash too, become `wbc0`, `wbc1`... in both. The glue's stream classes go when wasm-opt has
// removed their exports (see index.html). The `integrity` of both files in index.html is
// computed again. The code is untouched. Runs in trunk's staging directory (TRUNK_STAGING_DIR).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
const die = (message) => {
  console.error(`short-imports: ${message}`);
  process.exit(1);
};
const htmlFile = join(dir, 'index.html');
const html = readFileSync(htmlFile, 'utf8');
const wasmName = html.match(/href="\.\/([^"]+_bg\.wasm)"/)?.[1] ?? die(`no preloaded .wasm in ${htmlFile}`);
const glueName = wasmName.replace(/_bg\.wasm$/, '.js');

/** Reads an unsigned LEB128 number at `at`: [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
}

/** An unsigned LEB128 number. */
function toLeb(value) {
  const out = [];
  do {
    const b = value % 128;
    value = Math.floor(value / 128);
    out.push(value > 0 ? b | 0x80 : b);
  } while (value > 0);
  return Buffer.from(out);
}

const renamed = new Map();
const exported = new Map();
const exports = [];
const wasm = readFileSync(join(dir, wasmName));
const parts = [wasm.subarray(0, 8)];
for (let at = 8; at < wasm.length;) {
  const id = wasm[at];
  const [size, start] = leb(wasm, at + 1);
  const end = start + size;
  let body = wasm.subarray(start, end);
  if (id === 7) {
    // The export section: name, kind, index. The closures' entry points carry a hash too.
    const [count, first] = leb(body, 0);
    const out = [toLeb(count)];
    let p = first;
    for (let i = 0; i < count; i++) {
      const [length, n] = leb(body, p);
      const field = body.toString('utf8', n, n + length);
      exports.push(field);
      const [, next] = leb(body, n + length + 1);
      const description = body.subarray(n + length, next);
      p = next;
      let name = field;
      if (/^wasm_bindgen__convert__closures_____invoke__h[0-9a-f]{16}$/.test(field)) {
        name = `wbc${exported.size.toString(36)}`;
        exported.set(field, name);
      }
      out.push(toLeb(Buffer.byteLength(name)), Buffer.from(name), description);
    }
    body = Buffer.concat(out);
  }
  if (id === 2) {
    // The import section: module name, field name, then the import's description.
    const [count, first] = leb(body, 0);
    const out = [toLeb(count)];
    let p = first;
    for (let i = 0; i < count; i++) {
      const [moduleLength, m] = leb(body, p);
      const module = body.subarray(p, m + moduleLength);
      const [fieldLength, f] = leb(body, m + moduleLength);
      const field = body.toString('utf8', f, f + fieldLength);
      p = f + fieldLength;
      const kind = body[p];
      if (kind !== 0) die(`import ${field} is not a function`);
      const [, next] = leb(body, p + 1);
      const description = body.subarray(p, next);
      p = next;
      let name = field;
      if (/^__wbg_\w*_[0-9a-f]{16}$|^__wbindgen_generic_[0-9a-f]{16}$/.test(field)) {
        name = `w${renamed.size.toString(36)}`;
        renamed.set(field, name);
      }
      out.push(module, toLeb(Buffer.byteLength(name)), Buffer.from(name), description);
    }
    body = Buffer.concat(out);
  }
  parts.push(Buffer.from([id]), toLeb(body.length), body);
  at = end;
}
if (renamed.size === 0) die(`no import of ${wasmName} has a hashed name (already renamed?)`);

let glue = readFileSync(join(dir, glueName), 'utf8');
for (const [from, to] of renamed) {
  const found = glue.split(from).length - 1;
  const key = new RegExp(`\\n\\s+${from}: function\\(`);
  if (found !== 1 || !key.test(glue)) die(`${from} stands ${found} times in ${glueName}, not once as a key`);
  glue = glue.replace(`${from}:`, `${to}:`);
}
// An export's name stands in the glue as `wasm.<name>` and in the name of the function that
// calls it: every occurrence is renamed (the hash makes the name unique; the new one must be).
for (const [from, to] of exported) {
  const clash = new RegExp(`\\b${to}\\b`).test(glue);
  if (clash || !glue.includes(`wasm.${from}(`)) die(`cannot rename ${from} to ${to} in ${glueName}`);
  glue = glue.split(from).join(to);
}
// The JS classes of the stream exports removed by wasm-opt (see index.html), if they are gone:
// nothing in the wasm could hand one to JS, and their methods would call what is no more.
if (!exports.some((name) => /intounderlying/i.test(name))) {
  const stream = /^export class (IntoUnderlying\w+) \{\n[\s\S]*?\n\}\nif \(Symbol\.dispose\) \1\.prototype\[Symbol\.dispose\] = \1\.prototype\.free;\n\n?/gm;
  glue = glue.replace(stream, '').replace(/^const IntoUnderlying\w+Finalization = [^;]*;\n/gm, '');
  if (/IntoUnderlying/.test(glue)) die(`the stream classes of ${glueName} are not all removed`);
}
const shorter = Buffer.concat(parts);
writeFileSync(join(dir, wasmName), shorter);
writeFileSync(join(dir, glueName), glue);

// The integrity of both files, as trunk writes it (SHA-384).
let done = html;
for (const [name, bytes] of [[wasmName, shorter], [glueName, Buffer.from(glue)]]) {
  const sri = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  const tag = new RegExp(`(href="\\./${name.replace(/[.]/g, '\\.')}"[^>]*integrity=")sha384-[^"]+"`);
  if (!tag.test(done)) die(`no integrity for ${name} in ${htmlFile}`);
  done = done.replace(tag, `$1${sri}"`);
}
writeFileSync(htmlFile, done);
console.log(`short-imports: ${renamed.size} imports and ${exported.size} exports renamed; ${wasmName} ${wasm.length} -> ${shorter.length} bytes`);
