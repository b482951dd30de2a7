// One measured run of our app in one configuration, in a fresh browser context: load, pan and
// zoom, hover, open a node with a click. Returns the run's figures (milliseconds and bytes) and
// raw details. The loading, the pan and zoom and the load figures serve the comparison pages'
// runs too (tools/bench/peers.mjs), so every page is measured the same way.
import { toScreen } from './data.mjs';
import * as inpage from './inpage.mjs';
import { median, p95 } from './stats.mjs';

export const MAP = { name: 'Map of organisations and topics' };
/** At most one input event per frame at 60 Hz, as a mouse or trackpad delivers them. */
const PACE_MS = 1000 / 60;

/** Resolves after `ms` milliseconds. */
export const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/**
 * Calls the functions of `cycle` in turn (each one input event, awaited: the browser acknowledges
 * it), starting one at most every PACE_MS, until `ms` have passed; then `finish`. When the page
 * is slow, fewer events are sent, as a real browser coalesces input. Returns the events sent.
 */
async function paced(ms, cycle, finish) {
  const start = performance.now();
  let n = 0;
  let last = -Infinity;
  while (performance.now() - start < ms) {
    const wait = last + PACE_MS - performance.now();
    if (wait > 0) await sleep(wait);
    last = performance.now();
    await cycle[n % cycle.length]();
    n++;
  }
  await finish?.();
  return n;
}

/** Frame statistics of a recorder's output: intervals between frames and busy time per frame. */
function frameStats({ ts, busy }) {
  const intervals = ts.slice(1).map((t, i) => t - ts[i]);
  return {
    frames: ts.length,
    intervalMedian: median(intervals), intervalP95: p95(intervals),
    busyMedian: median(busy), busyP95: p95(busy),
  };
}

/**
 * The scripted pan and zoom: at point A, 8 wheel steps in; a 30-step drag to B; 8 wheel steps out
 * at B; a 30-step drag back to A. One event per frame, repeated for `ms`; a drag in progress is
 * finished after the time is up.
 */
async function panZoom(page, box, ms) {
  const c = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const a = { x: c.x - 150, y: c.y - 75 };
  const [dx, dy] = [10, 5];
  const m = page.mouse;
  let down = false;
  const cycle = [() => m.move(a.x, a.y)];
  for (let i = 0; i < 8; i++) cycle.push(() => m.wheel(0, -100));
  cycle.push(async () => { await m.down(); down = true; });
  for (let i = 1; i <= 30; i++) cycle.push(() => m.move(a.x + i * dx, a.y + i * dy));
  cycle.push(async () => { await m.up(); down = false; });
  for (let i = 0; i < 8; i++) cycle.push(() => m.wheel(0, 100));
  cycle.push(async () => { await m.down(); down = true; });
  for (let i = 29; i >= 0; i--) cycle.push(() => m.move(a.x + i * dx, a.y + i * dy));
  cycle.push(async () => { await m.up(); down = false; });
  return paced(ms, cycle, async () => { if (down) await m.up(); });
}

/**
 * The pan and zoom of one run, recorded: the pointer to the map's centre, then the scripted
 * sequence for `ms` under the frame recorder. Returns the events sent and the frame statistics.
 */
export async function recordPanZoom(page, box, ms) {
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate(inpage.startRecorder);
  const events = await panZoom(page, box, ms);
  return { events, ...frameStats(await page.evaluate(inpage.stopRecorder)) };
}

/** The hover sweep: the pointer visits a 16 x 10 grid over the map, row by row (serpentine). */
async function hoverSweep(page, box, ms) {
  const [cols, rows] = [16, 10];
  const points = [];
  for (let r = 0; r < rows; r++) {
    for (let k = 0; k < cols; k++) {
      const col = r % 2 ? cols - 1 - k : k;
      points.push({ x: box.x + box.width * (0.05 + (0.9 * col) / (cols - 1)), y: box.y + box.height * (0.05 + (0.9 * r) / (rows - 1)) });
    }
  }
  return paced(ms, points.map((p) => () => page.mouse.move(p.x, p.y)));
}

/** The camera in the page's URL, or null when it shows "fit all". */
function urlCamera(page) {
  const u = new URL(page.url());
  return u.searchParams.has('z') ? { x: +u.searchParams.get('x'), y: +u.searchParams.get('y'), z: +u.searchParams.get('z') } : null;
}

/**
 * Where to click to open a node: with baked positions and the camera in the URL, the node nearest
 * the map's centre (topics first, they are drawn larger); else a point where the hover sweep saw a
 * tooltip; else a spiral search from the centre for one (not timed).
 */
async function clickTarget(page, box, nodes) {
  const cam = urlCamera(page);
  if (nodes && cam) {
    const inner = (s) => Math.abs(s.x - box.x - box.width / 2) < box.width * 0.3 && Math.abs(s.y - box.y - box.height / 2) < box.height * 0.3;
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    for (const kind of ['topic', 'org']) {
      let best = null;
      for (const n of nodes) {
        if (n.kind !== kind) continue;
        const s = toScreen(box, cam, n.p);
        const d = Math.hypot(s.x - centre.x, s.y - centre.y);
        if (inner(s) && (!best || d < best.d)) best = { ...s, d, method: `computed (${n.kind} ${n.id})` };
      }
      if (best) return best;
    }
  }
  const hits = await page.evaluate(inpage.hoverHits);
  if (hits.length) return { ...hits[0], method: `hover hit (${hits[0].text})` };
  const c = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  for (let i = 0, step = 6; i < 1600; i++) {
    const r = step * Math.sqrt(i), a = i * 2.399963; // a sunflower spiral: even coverage outward
    await page.mouse.move(c.x + r * Math.cos(a), c.y + r * Math.sin(a));
    if (i % 20 === 19) {
      const found = await page.evaluate(inpage.hoverHits);
      if (found.length) return { ...found[found.length - 1], method: `spiral search (${found[found.length - 1].text})` };
    }
  }
  return null;
}

/**
 * Goes to `hash` (a node's panel or a comparison) and waits for the panel's heading to change:
 * how long that took, and the longest task meanwhile (0 when none was over 50 ms).
 */
async function route(page, hash) {
  const start = await page.evaluate((h) => {
    const was = document.querySelector('aside.panel h2')?.textContent ?? null;
    window.__bench.route = { was, at: performance.now() };
    location.hash = h;
    return window.__bench.route.at;
  }, hash);
  const shown = await page.waitForFunction(() => {
    const h2 = document.querySelector('aside.panel h2');
    return h2 && h2.textContent !== window.__bench.route.was ? performance.now() : null;
  }, null, { timeout: 5000, polling: 'raf' }).then((h) => h.jsonValue()).catch(() => null);
  await sleep(300); // a long task that ends after the heading shows is still this question's
  const tasks = await page.evaluate(() => window.__bench.longtasks);
  const after = (tasks ?? []).filter(([s, d]) => s + d > start).map(([, d]) => d);
  return { openMs: shown === null ? null : shown - start, longestTaskMs: tasks ? Math.max(0, ...after) : null };
}

/** Every run's browser context: a laptop-sized viewport at device pixel ratio 1. */
const CONTEXT = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 };

/**
 * Opens `url` in `page` and waits for `datamap:ready` (the page's console says it: see
 * inpage.initScript), at most `timeoutMs`.
 */
async function loadUntilReady(page, url, timeoutMs) {
  await page.addInitScript(inpage.initScript);
  const ready = page.waitForEvent('console', { predicate: (m) => m.text() === inpage.READY_MESSAGE, timeout: timeoutMs });
  ready.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled
  await page.goto(url, { waitUntil: 'commit' });
  await ready;
}

/**
 * A fresh context's page that collects its errors, for one run: `use(page, errors)` measures,
 * then the context closes. Loads `cfg.url` until `datamap:ready` first (at most
 * `cfg.readyTimeoutMs`), throwing with `readyTimeout` set, and the page's first error, if it
 * does not come in time.
 */
export async function withLoadedPage(browser, cfg, use) {
  const context = await browser.newContext(CONTEXT);
  const errors = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
    try {
      await loadUntilReady(page, cfg.url, cfg.readyTimeoutMs);
    } catch (failure) {
      if (failure?.name !== 'TimeoutError') throw failure; // the page did not even open
      const dl = await page.evaluate(() => performance.getEntriesByName('datamap:data-loaded', 'mark')[0]?.startTime ?? null).catch(() => null);
      const e = new Error(`no datamap:ready within ${cfg.readyTimeoutMs / 1000} s (datamap:data-loaded ${dl === null ? 'missing' : `at ${Math.round(dl)} ms`})${errors.length ? `; ${errors[0]}` : ''}`);
      e.readyTimeout = true;
      throw e;
    }
    return await use(page, errors);
  } finally {
    await context.close();
  }
}

/** Loads `url` once in a fresh context and waits for `datamap:ready`, measuring nothing. */
export async function warmUp(browser, url, timeoutMs) {
  const context = await browser.newContext(CONTEXT);
  try {
    await loadUntilReady(await context.newPage(), url, timeoutMs);
  } finally {
    await context.close();
  }
}

/**
 * One run. `cfg`: { url, dataPath, unbaked, nodes (baked positions for the click, or null),
 * readyTimeoutMs, panZoomMs, hoverMs }. Throws with `readyTimeout` set when `datamap:ready` does
 * not come in time.
 */
export async function measureRun(browser, cfg) {
  return withLoadedPage(browser, cfg, async (page, errors) => {
    const load = await page.evaluate(inpage.loadFigures, cfg.dataPath);
    const tasks = load.longtasks;
    const overlap = ([s, d]) => Math.max(0, Math.min(s + d, load.ready) - Math.max(s, load.dataLoaded));
    const box = await page.getByRole('application', MAP).boundingBox();

    // Pan and zoom, then let the camera settle into the URL (the app writes it after 250 ms).
    const pz = await recordPanZoom(page, box, cfg.panZoomMs);
    await sleep(400);

    // Hover sweep.
    await page.evaluate(inpage.startRecorder);
    const hoverEvents = await hoverSweep(page, box, cfg.hoverMs);
    const hv = frameStats(await page.evaluate(inpage.stopRecorder));
    const hits = await page.evaluate(inpage.hoverHits);

    // Open a node with a click.
    const target = await clickTarget(page, box, cfg.nodes);
    let click = null;
    if (target) {
      await page.evaluate(inpage.armClick);
      await page.mouse.click(target.x, target.y);
      await page.waitForFunction(() => window.__bench.click.hash !== null, null, { timeout: 2000, polling: 'raf' }).catch(() => {});
      await page.waitForFunction(() => window.__bench.click.aside !== null, null, { timeout: 2000, polling: 'raf' }).catch(() => {});
      click = await page.evaluate(inpage.clickRecord);
    }

    // The answers: the biggest hub's peers, and the connection of two far organisations.
    const peers = cfg.answers ? await route(page, `#/${cfg.answers.hubKind}/${cfg.answers.hub}`) : null;
    const connection = cfg.answers ? await route(page, `#/compare/${cfg.answers.far.join('/')}`) : null;

    return {
      figures: {
        ...figuresOfLoad(load, tasks),
        layoutMs: cfg.unbaked ? load.ready - load.dataLoaded : null,
        longestTaskLayoutMs: tasks ? Math.max(0, ...tasks.map(overlap)) : null,
        ...figuresOfPanZoom(pz),
        hoverEvents: hoverEvents,
        hoverFrameMedianMs: hv.intervalMedian, hoverFrameP95Ms: hv.intervalP95,
        hoverBusyMedianMs: hv.busyMedian, hoverBusyP95Ms: hv.busyP95,
        openHashMs: click?.hash != null && click.up != null ? click.hash - click.up : null,
        openAsideMs: click?.aside != null && click.up != null ? click.aside - click.up : null,
        peersOpenMs: peers?.openMs ?? null,
        peersLongestTaskMs: peers?.longestTaskMs ?? null,
        connectionOpenMs: connection?.openMs ?? null,
        connectionLongestTaskMs: connection?.longestTaskMs ?? null,
      },
      details: {
        longtasks: tasks,
        mapBox: { width: box.width, height: box.height },
        panZoom: { frames: pz.frames },
        hover: { frames: hv.frames, hits: hits.length },
        click: target ? { at: [Math.round(target.x), Math.round(target.y)], method: target.method, hash: click?.hashValue ?? null } : { method: 'no node found' },
        resources: load.resources,
        errors,
      },
    };
  });
}

/** The load figures of a run, from `inpage.loadFigures` (any page that sets the marks). */
export function figuresOfLoad(load, tasks) {
  return {
    appStartedMs: load.appStarted,
    dataFetchedMs: load.dataFetched,
    dataLoadedMs: load.dataLoaded,
    readyMs: load.ready,
    longestTaskLoadMs: tasks ? Math.max(0, ...tasks.filter(([s]) => s < load.ready).map(([, d]) => d)) : null,
    heapBytes: load.heapBytes,
    wasmMemoryBytes: load.wasmMemoryBytes,
    memoryBytes: load.heapBytes === null ? null : load.heapBytes + (load.wasmMemoryBytes ?? 0),
  };
}

/** The pan/zoom figures of a run, from `recordPanZoom`. */
export function figuresOfPanZoom(pz) {
  return {
    panZoomEvents: pz.events,
    panZoomFrameMedianMs: pz.intervalMedian, panZoomFrameP95Ms: pz.intervalP95,
    panZoomBusyMedianMs: pz.busyMedian, panZoomBusyP95Ms: pz.busyP95,
  };
}
