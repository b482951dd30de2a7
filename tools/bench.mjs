// `make bench`: measures the release build in dist/ in headless Chromium (Debian's, software
// rendering) on the real dataset and on synthetic ones of sizes S, M and L, with and without baked
// positions, and, on the baked files, three peer libraries (force-graph, Cytoscape.js, sigma.js)
// and a floor page, interleaved with our app one round at a time (tools/bench/peers.mjs). Prints
// the tables (medians of 3 runs) with the budgets, most of them ratios to the peers or the floor,
// and writes every run's figures to bench/results/latest.json. See bench/README.md.
//
//   node tools/bench.mjs [--smoke] [--runs N] [--only ID,ID] [--peers | --no-peers] [--out FILE]
//                        [--markdown] [--strict] [--wait-quiet SECONDS]
//   node tools/bench.mjs --report FILE [--markdown]
//
//   --smoke     size S baked only, 1 run, 1-second interactions, no comparison pages unless
//               --peers; exits 1 unless every figure was produced (how fast does not matter);
//               writes no file unless --out is given
//   --runs N    runs (rounds) per configuration (default 3)
//   --only IDS  configurations to run: real, S-baked, S, M-baked, M, L-baked, L
//   --peers     run the comparison pages (the default, except with --smoke)
//   --no-peers  our app alone: quicker; the ratio budgets are then not measured
//   --out FILE  where to write the JSON (default bench/results/latest.json; smoke: none)
//   --markdown  print the tables as Markdown (for bench/README.md)
//   --strict    exit 1 when a budget fails
//   --wait-quiet S  before each run, wait up to S seconds for the machine to be quiet (the
//               reference work at most 1.15 times its quiet time); waiting does not count
//               towards the time limit, so the whole run may take longer
//   --report F  print the tables of a saved results file (measures nothing)
//
// It builds nothing: run `trunk build --release` first (the Makefile does). Synthetic datasets are
// written into bench/data/ when missing, by DATAMAP_GEN (a datamap-gen binary), else by
// $CARGO_TARGET_DIR/release/datamap-gen (or ./target/...), else by `cargo run --release`.
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { startServer } from '../tests/e2e/server.mjs';
import { describe, ensureSynthetic, frameAll, synthName } from './bench/data.mjs';
import { checkBudgets } from './bench/budgets.mjs';
import { FIGURES, formatReport, OPTIONAL, PAGE_FIGURES } from './bench/report.mjs';
import { waitForQuiet } from './bench/calibrate.mjs';
import { FLOOR, measurePage, pageUrl, PEERS, stagePeers, webglRenderer } from './bench/peers.mjs';
import { measureRun, sleep, warmUp } from './bench/run.mjs';
import { median } from './bench/stats.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUILD = join(ROOT, 'dist');
const DATA = join(ROOT, 'bench', 'data');
const START = Date.now();
const LOAD_AT_START = +os.loadavg()[0].toFixed(2);
const log = (...a) => console.error(...a);

// ---- command line -------------------------------------------------------------------------
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
if (option('--report')) {
  console.log(formatReport(JSON.parse(readFileSync(option('--report'), 'utf8')), { markdown: flag('--markdown') }));
  process.exit(0);
}
const smoke = flag('--smoke');
const peers = flag('--peers') || (!smoke && !flag('--no-peers'));
/** No further round starts if it would likely end after this (about 10 minutes alone, 15 with the peers). */
const DEADLINE_MS = (peers ? 14.5 : 9.5) * 60_000;
const runs = Number(option('--runs') ?? (smoke ? 1 : 3));
const waitQuietS = Number(option('--wait-quiet') ?? 0);
const out = option('--out') ?? (smoke ? null : join(ROOT, 'bench', 'results', 'latest.json'));
const settings = {
  runs,
  viewport: '1280x800 CSS px, device pixel ratio 1',
  panZoomMs: smoke ? 1000 : 5000,
  hoverMs: smoke ? 1000 : 2000,
  inputPacing: 'one input event per 1/60 s',
  // With --wait-quiet: how long each run may wait for a quiet machine (0: no waiting).
  waitQuietS,
  readyTimeoutMs: { baked: 20_000, unbaked: 60_000, pages: 60_000 },
  // The comparison pages, run after ours in each round (tools/bench/peers.mjs).
  peers,
  roundOrder: peers ? ['ours', ...PEERS.map((p) => p.id), FLOOR.id] : ['ours'],
  // Before each run the machine is left idle this long: the previous run's page (its renderer
  // process, its garbage) is still being torn down when its context closes.
  pauseMs: smoke ? 0 : 1000,
  // One unmeasured load of the real page first: the browser's own start-up work (its first
  // renderer, GPU and network processes) would otherwise land in the first measured run.
  warmUp: !smoke,
};

/** Every configuration, in run order (the slowest last, so the deadline can only cut it). */
const ALL = [
  { id: 'real', label: 'real' },
  ...['S', 'M', 'L'].flatMap((size) => [
    { id: `${size}-baked`, label: `${size} baked`, size, baked: true },
    { id: size, label: `${size} unbaked`, size, baked: false },
  ]),
];
const only = smoke ? ['S-baked'] : option('--only')?.split(',');
const plan = ALL.filter((c) => !only || only.includes(c.id));
if (!plan.length || !Number.isInteger(runs) || runs < 1 || !(waitQuietS >= 0) || (flag('--peers') && flag('--no-peers'))) {
  log('usage: node tools/bench.mjs [--smoke] [--runs N] [--only real,S-baked,S,M-baked,M,L-baked,L] [--peers | --no-peers] [--out FILE] [--markdown] [--strict] [--wait-quiet SECONDS]\n'
    + '       node tools/bench.mjs --report FILE [--markdown]');
  process.exit(2);
}
if (!existsSync(join(BUILD, 'index.html'))) {
  log('bench: dist/index.html is missing: run `trunk build --release` (or `make dist`) first');
  process.exit(2);
}
// A copy of dist/ is measured, so a rebuild during the run cannot mix two builds.
const DIST = mkdtempSync(join(os.tmpdir(), 'datamap-bench-'));
cpSync(BUILD, DIST, { recursive: true });
process.on('exit', () => rmSync(DIST, { recursive: true, force: true }));
process.on('SIGINT', () => process.exit(130));
if (!readdirSync(DIST).some((f) => f.endsWith('.wasm'))) {
  log('bench: dist/ has no .wasm file (a build in progress?): run `trunk build --release` again');
  process.exit(2);
}
// The comparison pages and the peers' library files, served from the same copy at /peers/.
let versions = null;
try {
  versions = peers ? stagePeers(ROOT, DIST) : null;
} catch (e) {
  log(`bench: ${e.message}`);
  process.exit(2);
}

// ---- datasets -----------------------------------------------------------------------------
const generationSeconds = ensureSynthetic(ROOT, DATA, plan.filter((c) => c.size), log);
for (const c of plan) {
  c.file = c.size ? join(DATA, synthName(c.size, c.baked)) : join(DIST, 'data', 'geneva.json');
  c.shownFile = c.size ? c.file.slice(ROOT.length + 1) : 'dist/data/geneva.json';
  c.dataPath = c.size ? `/fixtures/${synthName(c.size, c.baked)}` : '/data/geneva.json';
  c.dataset = describe(c.file);
  c.unbaked = !c.dataset.baked;
  // With baked positions the camera goes into the URL, so the click test knows where nodes are.
  const cam = c.dataset.baked ? frameAll(c.dataset.nodesForClick, 1280, 680) : null;
  const q = new URLSearchParams();
  if (c.size) q.set('data', c.dataPath);
  if (cam) for (const k of ['x', 'y', 'z']) q.set(k, String(+cam[k].toFixed(k === 'z' ? 5 : 3)));
  c.query = q.size ? `?${q}` : '';
}

// ---- measuring ----------------------------------------------------------------------------
/** Facts about the machine and the build the figures belong to. */
function machine(browserVersion) {
  const git = (...a) => spawnSync('git', a, { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() ?? '';
  const commit = git('rev-parse', '--short', 'HEAD') || 'unknown';
  return {
    machine: {
      cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model?.trim() ?? 'unknown', memoryBytes: os.totalmem(),
      os: `${os.type()} ${os.release()} ${os.arch()}`, chromium: `Chromium ${browserVersion}`, node: process.versions.node,
      // Other work on the machine skews every figure: the 1-minute load average when starting.
      loadAverageAtStart: LOAD_AT_START,
    },
    git: `${commit}${git('status', '--porcelain') ? ' (with uncommitted changes)' : ''}`,
  };
}

/** Brotli at quality 11, as tools/precompress.mjs writes dist/'s `.br` copies. */
const brotli11 = (bytes) => brotliCompressSync(bytes, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length;

/** The wasm file in dist/: raw, gzip -9 and Brotli 11 sizes. */
function wasmSize() {
  const files = readdirSync(DIST).filter((f) => f.endsWith('.wasm')).sort();
  const file = files.find((f) => f.endsWith('_bg.wasm'));
  if (!file) return null;
  const size = (f) => {
    const bytes = readFileSync(join(DIST, f));
    return { raw: bytes.length, gzip9: gzipSync(bytes, { level: 9 }).length, brotli11: brotli11(bytes) };
  };
  // The chunks loaded on first use (src/web/lazy.rs), summed: not part of a first visit.
  const chunks = { files: 0, raw: 0, gzip9: 0, brotli11: 0 };
  for (const f of files.filter((f) => f !== file)) {
    const s = size(f);
    chunks.files += 1;
    for (const k of ['raw', 'gzip9', 'brotli11']) chunks[k] += s[k];
  }
  return { file, ...size(file), chunks };
}

/** A first visit's transfer, from a run's resource entries; also the gzip -9 and Brotli 11 totals of the files. */
function transfer(cfg, resources) {
  let gzip9 = 0;
  let br11 = 0;
  for (const r of resources) {
    const path = decodeURIComponent(new URL(r.url).pathname);
    const file = path.startsWith('/fixtures/') ? join(DATA, path.slice(10)) : join(DIST, path === '/' ? 'index.html' : path);
    const bytes = existsSync(file) && statSync(file).isFile() ? readFileSync(file) : null;
    gzip9 += bytes ? gzipSync(bytes, { level: 9 }).length : r.encodedBodySize;
    br11 += bytes ? brotli11(bytes) : r.encodedBodySize;
  }
  const sum = (k) => resources.reduce((s, r) => s + (r[k] ?? 0), 0);
  return {
    config: cfg.id, page: cfg.label, files: resources.length, transferSize: sum('transferSize'), encodedBodySize: sum('encodedBodySize'), gzip9, brotli11: br11,
    entries: resources,
  };
}

const server = await startServer({ dist: DIST, fixtures: DATA });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
const info = machine(browser.version());
if (peers) info.machine.webgl = await webglRenderer(browser);
log(`bench: ${plan.length} configuration(s) x ${runs} run(s), serving ${server.url}; ${info.machine.chromium}`);
if (LOAD_AT_START > os.cpus().length / 2) {
  log(`bench: warning: the machine is busy (load average ${LOAD_AT_START} on ${os.cpus().length} CPUs): figures will be slower and noisier`);
}

/** Our app, as the first page of each round. */
const OURS = { id: 'ours' };
/** A configuration's comparison pages: the peers on the baked synthetic files, the floor on every baked file. */
const pagesFor = (c) => (!peers || !c.dataset.baked ? [] : c.size ? [...PEERS, FLOOR] : [FLOOR]);
/** A page's record in the results: its runs, then its medians. */
const record = (fields) => ({ ...fields, status: 'ok', reason: null, note: null, runs: [], figures: {} });

const configs = [];
/** Time spent waiting for a quiet machine (--wait-quiet), left out of the time limit. */
let waitedMs = 0;

/** One run of page `p` (ours or a comparison page) in configuration `c`, recorded in `rec`. */
async function runOnce(p, c, rec, i) {
  await sleep(settings.pauseMs);
  // How fast the machine is just now (see tools/bench/calibrate.mjs), after waiting for it to be
  // quiet if asked to.
  const calm = await waitForQuiet({ limitMs: waitQuietS * 1000 });
  waitedMs += calm.waitedMs;
  const t0 = Date.now();
  const waited = calm.waitedMs >= 1000 ? `, after waiting ${(calm.waitedMs / 1000).toFixed(0)} s${calm.quiet ? '' : ' in vain'}` : '';
  log(`bench: ${c.label}${p === OURS ? '' : `, ${p.id}`} run ${i + 1}/${runs} (reference work ${calm.referenceMs.toFixed(1)} ms${waited}) ...`);
  const base = { referenceMs: calm.referenceMs, waitedS: calm.waitedMs / 1000 };
  try {
    const run = p === OURS
      ? await measureRun(browser, {
        url: `${server.url}/${c.query}`, dataPath: c.dataPath, unbaked: c.unbaked,
        nodes: c.dataset.nodesForClick, answers: c.dataset.answers, panZoomMs: settings.panZoomMs, hoverMs: settings.hoverMs,
        readyTimeoutMs: c.unbaked ? settings.readyTimeoutMs.unbaked : settings.readyTimeoutMs.baked,
      })
      : await measurePage(browser, {
        url: pageUrl(server.url, p, c.dataPath, c.mapBox), dataPath: c.dataPath,
        panZoomMs: p === FLOOR ? 0 : settings.panZoomMs, readyTimeoutMs: settings.readyTimeoutMs.pages,
      });
    if (run.details.mapBox) c.mapBox = run.details.mapBox; // the comparison pages draw in a box of this size
    rec.runs.push({ ...run.figures, ...run.details, ...base, seconds: (Date.now() - t0) / 1000 });
    const f = run.figures;
    const open = p === OURS ? `, open ${f.openHashMs?.toFixed(1) ?? '-'} ms (${run.details.click.method})` : '';
    log(`bench:   ready ${f.readyMs?.toFixed(0)} ms, pan/zoom p95 ${f.panZoomFrameP95Ms?.toFixed(1) ?? '-'} ms${open}; ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    for (const e of run.details.errors) log(`bench:   ${e}`);
  } catch (e) {
    log(`bench:   ${e.message}`);
    if (e.readyTimeout && i === 0) {
      rec.status = 'skipped';
      rec.reason = p === OURS && c.unbaked ? `the layout did not settle: ${e.message}` : e.message;
      return;
    }
    rec.runs.push({ error: e.message, ...base, seconds: (Date.now() - t0) / 1000 });
  }
}

/** A page's medians over its good runs (or its error when it has none). */
function summarise(rec) {
  const good = rec.runs.filter((r) => !r.error);
  if (rec.status === 'ok' && !good.length) {
    rec.status = 'error';
    rec.reason = rec.runs[0]?.error ?? 'no run';
  }
  for (const [key] of FIGURES) {
    const values = good.map((r) => r[key] ?? null);
    rec.figures[key] = { runs: values, median: median(values) };
  }
}

try {
  if (settings.warmUp) {
    log('bench: warm-up load of the real page (not measured) ...');
    await warmUp(browser, `${server.url}/`, settings.readyTimeoutMs.baked).catch((e) => log(`bench:   warm-up: ${e.message}`));
  }
  for (const c of plan) {
    const result = record({
      id: c.id, label: c.label, query: c.query, unbaked: c.unbaked,
      dataset: { file: c.shownFile, bytes: c.dataset.bytes, nodes: c.dataset.nodes, links: c.dataset.links, baked: c.dataset.baked },
    });
    const pages = pagesFor(c);
    if (pages.length) result.pages = Object.fromEntries(pages.map((p) => [p.id, record({ id: p.id })]));
    configs.push(result);
    // Rounds: ours, then each comparison page, so a slow spell of the machine hits every page.
    let lastMs = 0;
    for (let i = 0; i < runs; i++) {
      if (!smoke && i > 0 && Date.now() - START - waitedMs + lastMs > DEADLINE_MS) {
        result.note = `stopped after ${i} round(s) to keep the whole benchmark under ${DEADLINE_MS / 60_000} minutes (a round takes ${(lastMs / 1000).toFixed(0)} s)`;
        break;
      }
      const [t0, w0] = [Date.now(), waitedMs];
      for (const p of [OURS, ...pages]) {
        const rec = p === OURS ? result : result.pages[p.id];
        if (rec.status === 'ok') await runOnce(p, c, rec, i);
      }
      lastMs = Date.now() - t0 - (waitedMs - w0);
    }
    for (const rec of [result, ...Object.values(result.pages ?? {})]) summarise(rec);
  }
} finally {
  await browser.close();
  await server.close();
}

// ---- results ------------------------------------------------------------------------------
// Transfer of a first visit: the real dataset's page (every run is a first visit: fresh context).
const visited = configs.find((c) => c.id === 'real' && c.status === 'ok') ?? configs.find((c) => c.status === 'ok');
const firstRun = visited?.runs.find((r) => !r.error);
const results = {
  schema: 2,
  mode: smoke ? 'smoke' : 'full',
  date: new Date().toISOString(),
  machine: info.machine,
  build: {
    git: info.git, wasm: wasmSize(),
    pages: versions && Object.fromEntries([...PEERS, FLOOR].map((p) => [p.id, { versions: versions[p.id] || null, renderer: p.renderer }])),
  },
  settings,
  transfer: firstRun ? transfer(visited, firstRun.resources) : null,
  configs,
  budgets: [],
  generationSeconds,
  durationSeconds: (Date.now() - START) / 1000,
  loadAverageAtEnd: +os.loadavg()[0].toFixed(2),
};
results.budgets = checkBudgets(results);
for (const c of configs) for (const r of c.runs) delete r.resources; // kept once, in `transfer`

if (out) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  log(`bench: wrote ${out}`);
}
console.log(formatReport(results, { markdown: flag('--markdown') }));

// Smoke: every figure must exist (speed does not matter).
if (smoke) {
  const missing = [];
  for (const c of configs) {
    if (c.status !== 'ok') missing.push(`${c.label}: ${c.reason}`);
    for (const [key] of FIGURES) {
      if (c.status === 'ok' && !OPTIONAL(c).includes(key) && c.figures[key].median === null) missing.push(`${c.label}: ${key}`);
    }
    // The comparison pages (with --peers): the figures they share with ours; the floor only loads.
    for (const [id, p] of Object.entries(c.pages ?? {})) {
      if (p.status !== 'ok') missing.push(`${c.label}, ${id}: ${p.reason}`);
      for (const [key] of PAGE_FIGURES) {
        if (p.status === 'ok' && p.figures[key].median === null && !(id === FLOOR.id && key.startsWith('panZoom'))) missing.push(`${c.label}, ${id}: ${key}`);
      }
    }
  }
  for (const c of configs) {
    for (const p of [c, ...Object.values(c.pages ?? {})]) {
      if (p.runs.some((r) => !(r.referenceMs > 0))) missing.push(`${c.label}${p === c ? '' : `, ${p.id}`}: reference work`);
    }
  }
  if (!results.build.wasm) missing.push('wasm size');
  if (!results.transfer) missing.push('transfer size');
  if (missing.length) {
    log(`bench --smoke: FAILED, figures missing: ${missing.join(', ')}`);
    process.exit(1);
  }
  log('bench --smoke: every figure was produced');
}
if (flag('--strict') && results.budgets.some((b) => b.pass === false)) process.exit(1);
