// The figures' names and formats, the budgets and the text table (plain or Markdown).

import { median } from './stats.mjs';
import { QUIET_REFERENCE_MS, SLOW_FACTOR } from './calibrate.mjs';

/** Every per-run figure, in table order: [key, label, unit]. */
export const FIGURES = [
  ['appStartedMs', 'app started (wasm loaded)', 'ms'],
  ['dataFetchedMs', 'dataset fetched', 'ms'],
  ['dataLoadedMs', 'datamap:data-loaded', 'ms'],
  ['readyMs', 'datamap:ready', 'ms'],
  ['layoutMs', 'layout settles (ready - data-loaded)', 'ms'],
  ['longestTaskLoadMs', 'longest task, load (0: none > 50 ms)', 'ms'],
  ['longestTaskLayoutMs', 'longest task, during layout', 'ms'],
  ['panZoomEvents', 'pan/zoom input events sent', 'n'],
  ['panZoomFrameMedianMs', 'pan/zoom frame interval median', 'ms'],
  ['panZoomFrameP95Ms', 'pan/zoom frame interval p95', 'ms'],
  ['panZoomBusyMedianMs', 'pan/zoom busy per frame median', 'ms'],
  ['panZoomBusyP95Ms', 'pan/zoom busy per frame p95', 'ms'],
  ['hoverEvents', 'hover input events sent', 'n'],
  ['hoverFrameMedianMs', 'hover frame interval median', 'ms'],
  ['hoverFrameP95Ms', 'hover frame interval p95', 'ms'],
  ['hoverBusyMedianMs', 'hover busy per frame median', 'ms'],
  ['hoverBusyP95Ms', 'hover busy per frame p95', 'ms'],
  ['openHashMs', 'click to hash change', 'ms'],
  ['openAsideMs', 'click to panel (aside; -: none)', 'ms'],
  ['peersOpenMs', "biggest hub's panel with its peers", 'ms'],
  ['peersLongestTaskMs', 'longest task, peers of the biggest hub', 'ms'],
  ['connectionOpenMs', 'connection between two far nodes', 'ms'],
  ['connectionLongestTaskMs', 'longest task, connection of two far nodes', 'ms'],
  ['heapBytes', 'JS heap after load', 'bytes'],
  ['wasmMemoryBytes', 'wasm memory after load', 'bytes'],
];

/** Figures a configuration may legitimately lack: layout time with baked positions, the panel. */
export const OPTIONAL = (cfg) => ['openAsideMs', ...(cfg.unbaked ? [] : ['layoutMs'])];

/**
 * The budgets (2-core machine, headless Chromium, software rendering), each checked on the median
 * of its figure: at most `max`, or below it when `below`. The wasm budget is overall (no config).
 */
export const BUDGETS = [
  { id: 'real-ready', text: 'real dataset (baked): ready <= 250 ms', config: 'real', figure: 'readyMs', max: 250 },
  { id: 'm-baked-ready', text: 'M baked: ready (first complete frame) <= 300 ms', config: 'M-baked', figure: 'readyMs', max: 300 },
  { id: 'm-baked-frame-median', text: 'M baked: pan/zoom frame interval median <= 17 ms', config: 'M-baked', figure: 'panZoomFrameMedianMs', max: 17 },
  { id: 'm-baked-frame-p95', text: 'M baked: pan/zoom frame interval p95 <= 17 ms', config: 'M-baked', figure: 'panZoomFrameP95Ms', max: 17 },
  { id: 'm-baked-busy', text: 'M baked: pan/zoom busy per frame median <= 4 ms', config: 'M-baked', figure: 'panZoomBusyMedianMs', max: 4 },
  { id: 'l-baked-ready', text: 'L baked: ready <= 1.5 s', config: 'L-baked', figure: 'readyMs', max: 1500 },
  { id: 'l-baked-frame-p95', text: 'L baked: pan/zoom frame interval p95 <= 33 ms', config: 'L-baked', figure: 'panZoomFrameP95Ms', max: 33 },
  { id: 'm-unbaked-layout', text: 'M unbaked: layout settles <= 1 s', config: 'M', figure: 'layoutMs', max: 1000 },
  { id: 'm-unbaked-task', text: 'M unbaked: no task > 50 ms during layout', config: 'M', figure: 'longestTaskLayoutMs', max: 50 },
  { id: 'l-baked-peers-task', text: 'L baked: peers of the biggest hub, no task > 50 ms', config: 'L-baked', figure: 'peersLongestTaskMs', max: 50 },
  { id: 'l-baked-connection-task', text: 'L baked: connection of two far nodes, no task > 50 ms', config: 'L-baked', figure: 'connectionLongestTaskMs', max: 50 },
  { id: 'wasm-gzip', text: 'wasm < 350 KB gzipped (gzip -9; KB = 1,000 bytes)', config: null, figure: 'wasmGzipBytes', max: 350_000, below: true },
];

/** Checks the budgets against the results; returns the budgets with value, pass and a note. */
export function checkBudgets(results) {
  return BUDGETS.map((budget) => {
    let value = null;
    let note = null;
    if (budget.config === null) {
      value = results.build.wasm?.gzip9 ?? null;
    } else {
      const cfg = results.configs.find((c) => c.id === budget.config);
      if (!cfg) note = 'not run';
      else if (cfg.status !== 'ok') note = `${cfg.status}: ${cfg.reason}`;
      else value = cfg.figures[budget.figure]?.median ?? null;
      if (cfg && budget.config === 'real' && !cfg.dataset.baked) note = 'the real dataset is not baked yet: measured unbaked';
    }
    const pass = value === null ? null : budget.below ? value < budget.max : value <= budget.max;
    return { ...budget, value, pass, note };
  });
}

/** A figure for the table: ms with 1 decimal under 10, bytes in MB (or KB), counts as integers. */
export function fmt(value, unit) {
  if (value === null || value === undefined) return '-';
  if (unit === 'n') return String(Math.round(value));
  if (unit === 'bytes') return value >= 1e6 ? `${(value / 1e6).toFixed(1)} MB` : `${(value / 1e3).toFixed(1)} KB`;
  return value < 10 ? value.toFixed(1) : Math.round(value).toString();
}

/** Lays out rows (arrays of strings) as a text table, or as a Markdown table. */
function table(rows, markdown) {
  if (markdown) {
    const line = (r) => `| ${r.join(' | ')} |`;
    return [line(rows[0]), line(rows[0].map((_, i) => (i ? '---:' : '---'))), ...rows.slice(1).map(line)].join('\n');
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** The whole report: figures by configuration (medians), budgets, overall sizes. */
export function formatReport(results, { markdown = false } = {}) {
  const cfgs = results.configs;
  const out = [];
  const m = results.machine;
  out.push(`Geneva Data Map benchmark (${results.mode}), ${results.date}`);
  out.push(`${m.cpus} x ${m.cpuModel}, ${(m.memoryBytes / 2 ** 30).toFixed(1)} GiB, ${m.os}, ${m.chromium}, node ${m.node}, git ${results.build.git}; load average ${m.loadAverageAtStart} at start, ${results.loadAverageAtEnd} at end`);
  out.push(`Medians of ${results.settings.runs} run(s), each in a fresh browser context, viewport ${results.settings.viewport}; times in ms from navigation start unless stated.`);
  const refs = cfgs.flatMap((c) => c.runs.map((r) => r.referenceMs)).filter((x) => typeof x === 'number');
  if (refs.length) {
    // Older result files have no reference times.
    out.push(`Machine speed: the reference work (tools/bench/calibrate.mjs) took ${median(refs).toFixed(1)} ms (median; ${Math.min(...refs).toFixed(1)}-${Math.max(...refs).toFixed(1)} over the runs); the lower, the faster.`);
  }
  if (markdown) out.splice(0, out.length, ...out.map((l) => `${l}  `)); // Markdown line breaks
  out.push('');
  const header = ['figure (median)', ...cfgs.map((c) => c.label)];
  const rows = [header];
  rows.push(['dataset nodes / links', ...cfgs.map((c) => `${c.dataset.nodes}/${c.dataset.links}`)]);
  rows.push(['dataset size', ...cfgs.map((c) => fmt(c.dataset.bytes, 'bytes'))]);
  rows.push(['runs', ...cfgs.map((c) => (c.status === 'ok' ? String(c.runs.filter((r) => !r.error).length) : c.status))]);
  if (refs.length) rows.push(['reference work, ms (machine speed)', ...cfgs.map((c) => median(c.runs.map((r) => r.referenceMs))?.toFixed(1) ?? '-')]);
  for (const [key, label, unit] of FIGURES) {
    rows.push([label, ...cfgs.map((c) => (c.status === 'ok' ? fmt(c.figures[key]?.median, unit) : '-'))]);
  }
  out.push(table(rows, markdown));
  for (const c of cfgs.filter((c) => c.status !== 'ok' || c.note)) out.push(`${markdown ? '\n' : ''}${c.label}: ${c.status !== 'ok' ? `${c.status}: ${c.reason}` : c.note}`);
  out.push('');
  const b = [['budget', 'measured', 'limit', 'result']];
  for (const x of results.budgets) {
    const unit = x.figure === 'wasmGzipBytes' ? 'bytes' : 'ms';
    const limit = `${x.below ? '< ' : '<= '}${unit === 'bytes' ? fmt(x.max, unit) : `${x.max} ms`}`;
    const result = x.pass === null ? 'not measured' : x.pass ? 'PASS' : 'FAIL';
    b.push([x.text, x.value === null ? '-' : `${fmt(x.value, unit)}${unit === 'ms' ? ' ms' : ''}`, limit, `${result}${x.note ? ` (${x.note})` : ''}`]);
  }
  out.push(table(b, markdown));
  if (refs.length && median(refs) > QUIET_REFERENCE_MS * SLOW_FACTOR) {
    out.push('');
    out.push(`Warning: the machine was slow during this benchmark: the reference work took ${median(refs).toFixed(1)} ms (median), against about ${QUIET_REFERENCE_MS} ms on a quiet machine. Time figures grow with it, so a time budget that fails here may pass on a quiet machine: run again when the reference is near ${QUIET_REFERENCE_MS} ms before reading a failure as the app's.`);
  }
  out.push('');
  const w = results.build.wasm;
  const t = results.transfer;
  const footer = [
    `wasm: ${w ? `${w.file} ${w.raw.toLocaleString('en')} bytes raw, ${w.gzip9.toLocaleString('en')} gzip -9` : 'missing'}`,
    t ? `first visit of the ${t.page} page: ${t.transferSize.toLocaleString('en')} bytes transferred (${t.encodedBodySize.toLocaleString('en')} body bytes, served uncompressed; ${t.gzip9.toLocaleString('en')} if gzip -9), ${t.files} files`
      : 'first visit transfer: not measured',
    `total time: ${results.durationSeconds.toFixed(0)} s (dataset generation ${results.generationSeconds.toFixed(0)} s)`,
  ];
  out.push(...footer.map((l) => (markdown ? `- ${l}` : l)));
  return out.join('\n');
}
