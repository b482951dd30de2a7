// Code that runs inside the page (passed to Playwright's addInitScript / evaluate, so each function
// must be self-contained). Everything the page records lives in `window.__bench`.

/** What the page logs to the console when `datamap:ready` is set (see initScript). */
export const READY_MESSAGE = '__bench: datamap:ready';

/**
 * Installed before any script of the page runs: collects long tasks (buffered, so none is missed),
 * the wasm exports and the moment trunk's loader started the app, and logs READY_MESSAGE when the
 * app sets `datamap:ready`. The harness waits for that message rather than polling the page:
 * polling would run Playwright's injected script (tens of milliseconds on the main thread) in the
 * middle of the load it measures.
 */
export function initScript() {
  if (window !== window.top) return;
  const B = (window.__bench = { longtasks: [], wasm: null, appStarted: null });
  new PerformanceObserver((list) => {
    if (list.getEntries().some((e) => e.name === 'datamap:ready')) console.debug('__bench: datamap:ready');
  }).observe({ type: 'mark' });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    B.longtasks = null; // not supported: reported as missing, not as 0
  }
  addEventListener('TrunkApplicationStarted', (e) => {
    B.wasm = e.detail?.wasm ?? null;
    B.appStarted = performance.now();
  });
}

/** Load figures, read once `datamap:ready` is set (after a GC, so the heap is the live heap). */
export function loadFigures(dataPath) {
  const B = window.__bench;
  if (typeof window.gc === 'function') window.gc();
  const mark = (n) => performance.getEntriesByName(n, 'mark')[0]?.startTime ?? null;
  const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
  const data = entries.find((e) => new URL(e.name).pathname === dataPath);
  return {
    appStarted: B.appStarted,
    dataFetched: data ? data.responseEnd : null,
    dataLoaded: mark('datamap:data-loaded'),
    ready: mark('datamap:ready'),
    longtasks: B.longtasks,
    heapBytes: performance.memory ? performance.memory.usedJSHeapSize : null,
    wasmMemoryBytes: B.wasm?.memory?.buffer ? B.wasm.memory.buffer.byteLength : null,
    resources: entries.map((e) => ({
      url: e.name, type: e.entryType === 'navigation' ? 'navigation' : e.initiatorType,
      transferSize: e.transferSize, encodedBodySize: e.encodedBodySize, decodedBodySize: e.decodedBodySize,
    })),
  };
}

/**
 * Starts the frame recorder: a requestAnimationFrame loop that keeps the timestamp of every frame
 * and, per frame, the "busy" time from the start of its callback until a task posted from it
 * through a MessageChannel runs (that task runs only once the frame's other callbacks, the app's
 * drawing included, style, layout and paint are done). Also notes tooltip appearances under the
 * pointer (hover hits: where a node is, even without baked positions).
 */
export function startRecorder() {
  const B = window.__bench;
  const rec = (B.rec = { on: true, ts: [], busy: [] });
  const channel = new MessageChannel();
  const pending = [];
  channel.port1.onmessage = () => {
    const started = pending.shift();
    if (started !== undefined && rec.on) rec.busy.push(performance.now() - started);
  };
  const frame = (t) => {
    if (!rec.on) return;
    rec.ts.push(t);
    pending.push(performance.now());
    channel.port2.postMessage(0);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);

  // Hover hits start afresh with each recording (the camera may have moved since).
  B.hits = [];
  B.lastTip = null;
  if (!B.hitsObserved) {
    B.hitsObserved = true;
    let pointer = null;
    addEventListener('pointermove', (e) => { pointer = [e.clientX, e.clientY]; }, { capture: true });
    new MutationObserver(() => {
      const text = document.querySelector('[role="tooltip"]')?.textContent ?? null;
      if (text && text !== B.lastTip && pointer && B.hits.length < 200) B.hits.push({ x: pointer[0], y: pointer[1], text });
      B.lastTip = text;
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  }
}

/** Stops the recorder; returns its frame timestamps and busy times. */
export function stopRecorder() {
  const rec = window.__bench.rec;
  rec.on = false;
  return { ts: rec.ts, busy: rec.busy };
}

/** The hover hits so far. */
export function hoverHits() {
  return window.__bench.hits ?? [];
}

/**
 * Arms the click probe: notes the pointerup of the click, the first change of location.hash to a
 * selection (pushState/replaceState are wrapped: they fire no hashchange) and the first `<aside>`
 * added to the page afterwards.
 */
export function armClick() {
  const B = window.__bench;
  const before = location.hash;
  const c = (B.click = { up: null, hash: null, hashValue: null, aside: null });
  const check = () => {
    if (c.hash === null && location.hash !== before && !/^#?\/?$/.test(location.hash)) {
      c.hash = performance.now();
      c.hashValue = location.hash;
    }
  };
  for (const k of ['pushState', 'replaceState']) {
    const original = history[k];
    history[k] = function (...args) {
      const r = original.apply(this, args);
      check();
      return r;
    };
  }
  addEventListener('hashchange', check);
  addEventListener('popstate', check);
  addEventListener('pointerup', () => { c.up ??= performance.now(); }, { capture: true });
  const isAside = (n) => n.nodeType === 1 && (n.localName === 'aside' || n.querySelector('aside'));
  new MutationObserver((records) => {
    if (c.aside !== null || c.up === null) return;
    if (records.some((r) => [...r.addedNodes].some(isAside))) c.aside = performance.now();
  }).observe(document.body, { subtree: true, childList: true });
}

/** The click probe's record. */
export function clickRecord() {
  return window.__bench.click;
}
