// The bench's budgets and how they are checked. Time is judged against pages measured in the
// same run, interleaved with ours (tools/bench/peers.mjs): the machine's speed drifts by a factor
// of two within minutes, and a slow spell slows every page of a round alike. Sizes, and the long
// task limits that have no counterpart in a peer, stay absolute.

/** The peers' ids (the floor is no peer: it draws nothing). */
const PEER_IDS = ['force-graph', 'cytoscape', 'sigma'];

/**
 * The budgets, each checked on medians (2 cores, headless Chromium, software rendering). Kinds:
 * - `against: 'peers'`: our median over the best (lowest) peer median of the same figure and
 *   configuration, at most `max`; with `keptUp`, only the peers that took at least that share of
 *   the pan/zoom events we took count (a peer that falls behind takes fewer events, so most frames
 *   its recorder sees are idle and its busy median is no measure of its work); when no peer kept
 *   up, the budget holds, with a note naming each peer's events;
 * - `against: 'floor'`: our median over the floor page's, at most `max`;
 * - absolute: our median at most `max` (or below it when `below`); `config: null` for the build.
 * A ratio is compared as printed, at two decimals.
 */
export const BUDGETS = [
  { id: 'real-ready-floor', text: "real dataset: ready <= 2 x the floor's", config: 'real', figure: 'readyMs', against: 'floor', max: 2 },
  { id: 'm-baked-ready-peers', text: "M baked: ready (first complete frame) <= 0.7 x the fastest peer's", config: 'M-baked', figure: 'readyMs', against: 'peers', max: 0.7 },
  { id: 'm-baked-ready-floor', text: "M baked: ready <= 1.6 x the floor's", config: 'M-baked', figure: 'readyMs', against: 'floor', max: 1.6 },
  { id: 'm-baked-frame-p95', text: "M baked: pan/zoom frame interval p95 <= the best peer's", config: 'M-baked', figure: 'panZoomFrameP95Ms', against: 'peers', max: 1 },
  { id: 'm-baked-busy', text: "M baked: pan/zoom busy per frame median <= 0.5 x the best peer's", config: 'M-baked', figure: 'panZoomBusyMedianMs', against: 'peers', max: 0.5, keptUp: 0.9 },
  { id: 'l-baked-ready-peers', text: "L baked: ready <= 0.8 x the fastest peer's", config: 'L-baked', figure: 'readyMs', against: 'peers', max: 0.8 },
  { id: 'l-baked-ready-floor', text: "L baked: ready <= 1.6 x the floor's", config: 'L-baked', figure: 'readyMs', against: 'floor', max: 1.6 },
  { id: 'l-baked-frame-p95', text: "L baked: pan/zoom frame interval p95 <= the best peer's", config: 'L-baked', figure: 'panZoomFrameP95Ms', against: 'peers', max: 1 },
  { id: 'l-baked-busy', text: "L baked: pan/zoom busy per frame median <= 0.5 x the best peer's", config: 'L-baked', figure: 'panZoomBusyMedianMs', against: 'peers', max: 0.5, keptUp: 0.9 },
  { id: 'm-unbaked-layout', text: 'M unbaked: layout settles <= 1 s', config: 'M', figure: 'layoutMs', max: 1000 },
  { id: 'm-unbaked-task', text: 'M unbaked: no task > 50 ms during layout', config: 'M', figure: 'longestTaskLayoutMs', max: 50 },
  { id: 'l-baked-peers-task', text: 'L baked: peers of the biggest hub, no task > 50 ms', config: 'L-baked', figure: 'peersLongestTaskMs', max: 50 },
  { id: 'l-baked-connection-task', text: 'L baked: connection of two far nodes, no task > 50 ms', config: 'L-baked', figure: 'connectionLongestTaskMs', max: 50 },
  { id: 'wasm-gzip', text: 'wasm (the first module; chunks load on first use) <= 280 KB gzipped (gzip -9; KB = 1,000 bytes)', config: null, figure: 'wasmGzipBytes', max: 280_000 },
  { id: 'first-visit', text: "first visit of the real page <= 400 KB served compressed (sum of the Brotli 11 sizes, as dist/'s .br copies)", config: null, figure: 'firstVisitBrotliBytes', max: 400_000 },
];

/** The median of `figure` on comparison page `id` of configuration `cfg`, or null. */
export const pageMedian = (cfg, id, figure) => {
  const p = cfg.pages?.[id];
  return p?.status === 'ok' ? p.figures[figure]?.median ?? null : null;
};

/** The peers measured in `cfg` that took at least `share` of the pan/zoom events we took (all measured peers without `share`). */
function peersKeptUp(cfg, share) {
  const ours = cfg.figures?.panZoomEvents?.median ?? null;
  return PEER_IDS.filter((id) => {
    if (cfg.pages?.[id]?.status !== 'ok') return false;
    if (!share || ours === null) return true;
    return (pageMedian(cfg, id, 'panZoomEvents') ?? 0) >= share * ours;
  });
}

/** The best (lowest) peer median of `figure` in `cfg` among `ids`: { id, value }, or null when none was measured. */
export function bestPeer(cfg, figure, ids = PEER_IDS) {
  let best = null;
  for (const id of ids) {
    const value = pageMedian(cfg, id, figure);
    if (value !== null && (!best || value < best.value)) best = { id, value };
  }
  return best;
}

/** A ratio as printed and compared: two decimals. */
export const ratio = (ours, theirs) => (ours === null || !(theirs > 0) ? null : Math.round((ours / theirs) * 100) / 100);

/** A budget's measured value (a ratio when it has `against`), with the page compared to (`vs`: { id, value }) and a note. */
function measure(budget, results) {
  if (budget.config === null) {
    if (budget.figure === 'wasmGzipBytes') return { value: results.build.wasm?.gzip9 ?? null, vs: null, note: results.build.wasm ? null : 'no wasm' };
    const real = results.transfer?.config === 'real';
    const value = real ? results.transfer.brotli11 ?? null : null;
    return { value, vs: null, note: real ? (value === null ? 'no Brotli sizes in these results' : null) : 'the real page was not run' };
  }
  const cfg = results.configs.find((c) => c.id === budget.config);
  if (!cfg) return { value: null, vs: null, note: 'not run' };
  if (cfg.status !== 'ok') return { value: null, vs: null, note: `${cfg.status}: ${cfg.reason}` };
  const ours = cfg.figures[budget.figure]?.median ?? null;
  const note = budget.config === 'real' && !cfg.dataset.baked ? 'the real dataset is not baked yet: measured unbaked' : null;
  if (!budget.against) return { value: ours, vs: null, note };
  const floor = pageMedian(cfg, 'floor', budget.figure);
  if (budget.keptUp && cfg.pages && peersKeptUp(cfg, 0).length && !peersKeptUp(cfg, budget.keptUp).length) {
    const events = PEER_IDS.map((id) => `${id} ${pageMedian(cfg, id, 'panZoomEvents') ?? '-'}`).join(', ');
    return { value: null, ours, vs: null, keptUpNone: true, note: `no peer kept up (pan/zoom events: ${events}; ours ${cfg.figures.panZoomEvents?.median ?? '-'})` };
  }
  const ids = budget.keptUp ? peersKeptUp(cfg, budget.keptUp) : PEER_IDS;
  const vs = budget.against === 'peers' ? bestPeer(cfg, budget.figure, ids) : floor === null ? null : { id: 'floor', value: floor };
  if (!vs) return { value: null, vs: null, note: cfg.pages ? `no ${budget.against === 'floor' ? 'floor' : 'peer'} measured` : 'comparison pages not run (--no-peers)' };
  return { value: ratio(ours, vs.value), ours, vs, note };
}

/** Checks the budgets against the results; returns the budgets with value, pass and a note. */
export function checkBudgets(results) {
  return BUDGETS.map((budget) => {
    const m = measure(budget, results);
    const pass = m.keptUpNone ? true : m.value === null ? null : budget.below ? m.value < budget.max : m.value <= budget.max;
    return { ...budget, ...m, pass };
  });
}
