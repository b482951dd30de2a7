// The benchmark's datasets: the real one in dist/data/, and synthetic ones (sizes S, M, L, with
// and without baked positions) written by `datamap-gen` into bench/data/ when missing or older
// than the generator binary. Also: the camera that frames a baked dataset, so a test knows where
// every node is drawn (the camera's `?x=&y=&z=` in the URL: docs/url.md).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Sizes as `datamap-gen --size` knows them (nodes and links, for the report). */
export const SIZES = { S: { nodes: 200, links: 600 }, M: { nodes: 2000, links: 8000 }, L: { nodes: 20000, links: 80000 } };

/** The file name of a synthetic dataset in bench/data/. */
export const synthName = (size, baked) => `${size}${baked ? '-baked' : ''}.json`;

/**
 * How to run the generator: DATAMAP_GEN (a prebuilt binary), else the newer of
 * `release/datamap-gen` and `debug/datamap-gen` (as `cargo test` leaves it) under
 * CARGO_TARGET_DIR (or ./target), else `cargo run --release`. Any of them writes the same bytes.
 */
function generator(root) {
  if (process.env.DATAMAP_GEN) {
    const bin = resolve(root, process.env.DATAMAP_GEN);
    if (!existsSync(bin)) throw new Error(`DATAMAP_GEN=${process.env.DATAMAP_GEN}: no such file`);
    return { cmd: bin, args: [], bin };
  }
  const built = ['release', 'debug']
    .map((profile) => resolve(root, process.env.CARGO_TARGET_DIR ?? 'target', profile, 'datamap-gen'))
    .filter((bin) => existsSync(bin))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (built.length) return { cmd: built[0], args: [], bin: built[0] };
  return { cmd: 'cargo', args: ['run', '--release', '--quiet', '--bin', 'datamap-gen', '--'], bin: null };
}

/**
 * Writes the synthetic datasets that `wanted` ([{size, baked}]) names into `dir` unless they
 * exist and are newer than the generator binary. Returns the seconds spent.
 */
export function ensureSynthetic(root, dir, wanted, log = console.log) {
  const started = Date.now();
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  // Generated files (up to 20 MB each) never belong in git, whatever the top-level .gitignore says.
  const ignore = join(dir, '.gitignore');
  if (!existsSync(ignore)) writeFileSync(ignore, '# written by tools/bench.mjs: generated datasets\n*\n');
  const gen = generator(root);
  const genTime = gen.bin ? statSync(gen.bin).mtimeMs : 0;
  for (const { size, baked } of wanted) {
    const out = join(dir, synthName(size, baked));
    if (existsSync(out) && statSync(out).mtimeMs >= genTime) continue;
    const args = [...gen.args, '--size', size, '--seed', '1', ...(baked ? ['--bake'] : []), '--out', out];
    log(`bench: generating ${out}: ${gen.cmd} ${args.join(' ')}`);
    const r = spawnSync(gen.cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    if (r.status !== 0) throw new Error(`datamap-gen failed for size ${size}${baked ? ' (baked)' : ''} (${r.error?.message ?? `exit ${r.status}`})`);
  }
  return (Date.now() - started) / 1000;
}

/** Facts about a dataset file: counts, bytes, whether every node has a baked position. */
export function describe(file) {
  const ds = JSON.parse(readFileSync(file, 'utf8'));
  const ids = [...ds.topics.map((t) => t.id), ...ds.organisations.map((o) => o.id)];
  const positions = ds.positions ?? {};
  const placed = ids.filter((id) => Array.isArray(positions[id])).length;
  return {
    file,
    bytes: statSync(file).size,
    nodes: ids.length,
    topics: ds.topics.length,
    organisations: ds.organisations.length,
    links: ds.links.length,
    baked: ids.length > 0 && placed === ids.length,
    placed,
    answers: questions(ds),
    // Kept for the click test: topic ids first (topics are drawn larger), then organisations.
    nodesForClick: placed === ids.length ? [
      ...ds.topics.map((t) => ({ id: t.id, kind: 'topic', p: positions[t.id] })),
      ...ds.organisations.map((o) => ({ id: o.id, kind: 'org', p: positions[o.id] })),
    ] : null,
  };
}

/**
 * The questions the bench asks of a dataset: the biggest hub (the node with the most links: its
 * peers or related topics) and two far organisations (the first one, and the one a breadth-first
 * search from it reaches last: their connection, or that none is within four steps).
 */
export function questions(ds) {
  const adj = new Map();
  const add = (a, b) => { if (!adj.has(a)) adj.set(a, []); adj.get(a).push(b); };
  for (const l of ds.links) { add(l.org, l.topic); add(l.topic, l.org); }
  let hub = null;
  for (const [id, next] of adj) if (!hub || next.length > adj.get(hub).length || (next.length === adj.get(hub).length && id < hub)) hub = id;
  const orgIds = new Set(ds.organisations.map((o) => o.id));
  const from = ds.organisations.find((o) => adj.has(o.id))?.id ?? null;
  if (!from) return null;
  const seen = new Map([[from, 0]]);
  let queue = [from], far = from;
  while (queue.length) {
    const next = [];
    for (const id of queue) for (const j of adj.get(id) ?? []) {
      if (!seen.has(j)) { seen.set(j, seen.get(id) + 1); next.push(j); }
    }
    const orgs = next.filter((id) => orgIds.has(id)).sort();
    if (orgs.length) far = orgs[0];
    queue = next;
  }
  return { hub, hubKind: orgIds.has(hub) ? 'org' : 'topic', far: [from, far], steps: seen.get(far) };
}

/** A camera ({x, y, z}) that shows every baked position in a map box of `width` x `height`. */
export function frameAll(nodes, width, height, margin = 0.85) {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { p: [x, y] } of nodes) {
    x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
  }
  const z = margin * Math.min(width / Math.max(x1 - x0, 1e-9), height / Math.max(y1 - y0, 1e-9));
  return { x: (x0 + x1) / 2, y: (y0 + y1) / 2, z };
}

/** The screen point of layout point `p` under camera `cam` in the map box `box`. */
export function toScreen(box, cam, p) {
  return { x: box.x + box.width / 2 + (p[0] - cam.x) * cam.z, y: box.y + box.height / 2 + (p[1] - cam.y) * cam.z };
}
