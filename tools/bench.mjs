// `make bench`: measures the release build in dist/ in headless Chromium (Debian's, software
// rendering) on the real dataset and on synthetic ones of sizes S, M and L, with and without baked
// positions. Prints one table (medians of 3 runs) with the budgets, and writes every run's figures
// to bench/results/latest.json. See bench/README.md for what each figure means.
//
//   node tools/bench.mjs [--smoke] [--runs N] [--only ID,ID] [--out FILE] [--markdown] [--strict]
//                        [--wait-quiet SECONDS]
//   node tools/bench.mjs --report FILE [--markdown]
//
//   --smoke     size S baked only, 1 run, 1-second interactions; exits 1 unless every figure was
//               produced (how fast does not matter); writes no file unless --out is given
//   --runs N    runs per configuration (default 3)
//   --only IDS  configurations to run: real, S-baked, S, M-baked, M, L-baked, L
//   --out FILE  where to write the JSON (default bench/results/latest.json; smoke: none)
//   --markdown  print the tables as Markdown (for bench/README.md)
//   --strict    exit 1 when a budget fails
//   --wait-quiet S  before each run, wait up to S seconds for the machine to be quiet (the
//               reference work at most 1.15 times its quiet time); waiting does not count
//               towards the 10-minute limit, so the whole run may take longer
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
import { gzipSync } from 'node:zlib';
import { startServer } from '../tests/e2e/server.mjs';
import { describe, ensureSynthetic, frameAll, synthName } from './bench/data.mjs';
import { checkBudgets, FIGURES, formatReport, OPTIONAL } from './bench/report.mjs';
import { waitForQuiet } from './bench/calibrate.mjs';
import { measureRun, sleep, warmUp } from './bench/run.mjs';
import { median } from './bench/stats.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUILD = join(ROOT, 'dist');
const DATA = join(ROOT, 'bench', 'data');
const START = Date.now();
/** The whole run stays under 10 minutes: no further run starts if it would likely end after this. */
const DEADLINE_MS = 9.5 * 60_000;
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
  readyTimeoutMs: { baked: 20_000, unbaked: 60_000 },
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
if (!plan.length || !Number.isInteger(runs) || runs < 1 || !(waitQuietS >= 0)) {
  log('usage: node tools/bench.mjs [--smoke] [--runs N] [--only real,S-baked,S,M-baked,M,L-baked,L] [--out FILE] [--markdown] [--strict] [--wait-quiet SECONDS]\n'
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

/** The wasm file in dist/: raw and gzip -9 sizes. */
function wasmSize() {
  const file = readdirSync(DIST).find((f) => f.endsWith('.wasm'));
  if (!file) return null;
  const bytes = readFileSync(join(DIST, file));
  return { file, raw: bytes.length, gzip9: gzipSync(bytes, { level: 9 }).length };
}

/** A first visit's transfer, from a run's resource entries; also the gzip -9 total of the files. */
function transfer(cfg, resources) {
  let gzip9 = 0;
  for (const r of resources) {
    const path = decodeURIComponent(new URL(r.url).pathname);
    const file = path.startsWith('/fixtures/') ? join(DATA, path.slice(10)) : join(DIST, path === '/' ? 'index.html' : path);
    gzip9 += existsSync(file) && statSync(file).isFile() ? gzipSync(readFileSync(file), { level: 9 }).length : r.encodedBodySize;
  }
  const sum = (k) => resources.reduce((s, r) => s + (r[k] ?? 0), 0);
  return {
    page: cfg.label, files: resources.length, transferSize: sum('transferSize'), encodedBodySize: sum('encodedBodySize'), gzip9,
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
log(`bench: ${plan.length} configuration(s) x ${runs} run(s), serving ${server.url}; ${info.machine.chromium}`);
if (LOAD_AT_START > os.cpus().length / 2) {
  log(`bench: warning: the machine is busy (load average ${LOAD_AT_START} on ${os.cpus().length} CPUs): figures will be slower and noisier`);
}

const configs = [];
/** Time spent waiting for a quiet machine (--wait-quiet), left out of the 10-minute limit. */
let waitedMs = 0;
try {
  if (settings.warmUp) {
    log('bench: warm-up load of the real page (not measured) ...');
    await warmUp(browser, `${server.url}/`, settings.readyTimeoutMs.baked).catch((e) => log(`bench:   warm-up: ${e.message}`));
  }
  for (const c of plan) {
    const result = {
      id: c.id, label: c.label, status: 'ok', reason: null, note: null, query: c.query, unbaked: c.unbaked,
      dataset: { file: c.shownFile, bytes: c.dataset.bytes, nodes: c.dataset.nodes, links: c.dataset.links, baked: c.dataset.baked },
      runs: [], figures: {},
    };
    configs.push(result);
    let lastMs = 0;
    for (let i = 0; i < runs; i++) {
      if (!smoke && i > 0 && Date.now() - START - waitedMs + lastMs > DEADLINE_MS) {
        result.note = `stopped after ${i} run(s) to keep the whole benchmark under 10 minutes (a run takes ${(lastMs / 1000).toFixed(0)} s)`;
        break;
      }
      await sleep(settings.pauseMs);
      // How fast the machine is just now (see tools/bench/calibrate.mjs), after waiting for it
      // to be quiet if asked to.
      const calm = await waitForQuiet({ limitMs: waitQuietS * 1000 });
      const reference = calm.referenceMs;
      waitedMs += calm.waitedMs;
      const t0 = Date.now();
      const waited = calm.waitedMs >= 1000 ? `, after waiting ${(calm.waitedMs / 1000).toFixed(0)} s${calm.quiet ? '' : ' in vain'}` : '';
      log(`bench: ${c.label} run ${i + 1}/${runs} (reference work ${reference.toFixed(1)} ms${waited}) ...`);
      try {
        const run = await measureRun(browser, {
          url: `${server.url}/${c.query}`, dataPath: c.dataPath, unbaked: c.unbaked,
          nodes: c.dataset.nodesForClick, answers: c.dataset.answers, panZoomMs: settings.panZoomMs, hoverMs: settings.hoverMs,
          readyTimeoutMs: c.unbaked ? settings.readyTimeoutMs.unbaked : settings.readyTimeoutMs.baked,
        });
        result.runs.push({ ...run.figures, ...run.details, referenceMs: reference, waitedS: calm.waitedMs / 1000, seconds: (Date.now() - t0) / 1000 });
        const f = run.figures;
        log(`bench:   ready ${f.readyMs?.toFixed(0)} ms, pan/zoom p95 ${f.panZoomFrameP95Ms?.toFixed(1)} ms, open ${f.openHashMs?.toFixed(1) ?? '-'} ms (${run.details.click.method}); ${((Date.now() - t0) / 1000).toFixed(1)} s`);
        for (const e of run.details.errors) log(`bench:   ${e}`);
      } catch (e) {
        log(`bench:   ${e.message}`);
        if (e.readyTimeout && i === 0) {
          result.status = 'skipped';
          result.reason = `the layout did not settle: ${e.message}`;
          break;
        }
        result.runs.push({ error: e.message, referenceMs: reference, waitedS: calm.waitedMs / 1000, seconds: (Date.now() - t0) / 1000 });
      }
      lastMs = Date.now() - t0;
    }
    const good = result.runs.filter((r) => !r.error);
    if (result.status === 'ok' && !good.length) {
      result.status = 'error';
      result.reason = result.runs[0]?.error ?? 'no run';
    }
    for (const [key] of FIGURES) {
      const values = good.map((r) => r[key] ?? null);
      result.figures[key] = { runs: values, median: median(values) };
    }
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
  schema: 1,
  mode: smoke ? 'smoke' : 'full',
  date: new Date().toISOString(),
  machine: info.machine,
  build: { git: info.git, wasm: wasmSize() },
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
  }
  for (const c of configs) {
    if (c.runs.some((r) => !(r.referenceMs > 0))) missing.push(`${c.label}: reference work`);
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
