// The figures' names and formats and the report's tables (plain or Markdown): our app's figures
// by configuration; per configuration with comparison pages, every page's figures side by side
// with our ratios to the best peer and to the floor; the budgets.

import { median } from './stats.mjs';
import { QUIET_REFERENCE_MS, SLOW_FACTOR } from './calibrate.mjs';
import { bestPeer, pageMedian, ratio } from './budgets.mjs';

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
  ['memoryBytes', 'JS heap + wasm memory after load', 'bytes'],
];

/** Figures a configuration may legitimately lack: layout time with baked positions, the panel. */
export const OPTIONAL = (cfg) => ['openAsideMs', ...(cfg.unbaked ? [] : ['layoutMs'])];

/**
 * The figures the comparison pages have too, in their tables' order: [key, label, unit, compared]
 * (`compared`: lower is better and means the same on every page, so our ratios are shown).
 */
export const PAGE_FIGURES = [
  ['dataFetchedMs', 'dataset fetched', 'ms', true],
  ['dataLoadedMs', 'datamap:data-loaded (parsed)', 'ms', true],
  ['readyMs', 'datamap:ready (first complete frame)', 'ms', true],
  ['longestTaskLoadMs', 'longest task, load (0: none > 50 ms)', 'ms', false],
  ['panZoomEvents', 'pan/zoom input events sent', 'n', false],
  ['panZoomFrameMedianMs', 'pan/zoom frame interval median', 'ms', true],
  ['panZoomFrameP95Ms', 'pan/zoom frame interval p95', 'ms', true],
  ['panZoomBusyMedianMs', 'pan/zoom busy per frame median', 'ms', true],
  ['panZoomBusyP95Ms', 'pan/zoom busy per frame p95', 'ms', true],
  ['heapBytes', 'JS heap after load', 'bytes', false],
  ['memoryBytes', 'JS heap + wasm memory after load', 'bytes', true],
];
/** The figures our ratio to the floor is shown for (the floor only loads). */
const FLOOR_FIGURES = ['dataFetchedMs', 'dataLoadedMs', 'readyMs'];

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

/** The comparison pages run in a configuration, in run order (peers, then the floor). */
const pagesOf = (cfg) => Object.values(cfg.pages ?? {});

/** One table per configuration with comparison pages: every page's medians and our ratios. */
function pagesTables(results, markdown) {
  const out = [];
  for (const c of results.configs.filter((x) => pagesOf(x).length && x.status === 'ok')) {
    const pages = pagesOf(c);
    const runs = (r) => r.runs.filter((x) => !x.error).length;
    out.push('');
    out.push(`${c.label} (${c.dataset.nodes} nodes, ${c.dataset.links} links): medians of interleaved runs (ours ${runs(c)}, ${pages.map((p) => `${p.id} ${p.status === 'ok' ? runs(p) : p.status}`).join(', ')})${markdown ? '\n' : ''}`);
    const rows = [['figure (median)', 'ours', ...pages.map((p) => p.id), 'ours / best peer', 'ours / floor']];
    for (const [key, label, unit, compared] of PAGE_FIGURES) {
      const ours = c.figures[key]?.median ?? null;
      const best = compared ? bestPeer(c, key) : null;
      const toBest = best ? ratio(ours, best.value) : null;
      const toFloor = FLOOR_FIGURES.includes(key) ? ratio(ours, pageMedian(c, 'floor', key)) : null;
      rows.push([label, fmt(ours, unit), ...pages.map((p) => fmt(pageMedian(c, p.id, key), unit)),
        toBest === null ? '-' : `${toBest.toFixed(2)} (${best.id})`, toFloor === null ? '-' : toFloor.toFixed(2)]);
    }
    out.push(table(rows, markdown));
    for (const p of pages.filter((x) => x.status !== 'ok' || x.note)) out.push(`${markdown ? '\n' : ''}${p.id}: ${p.status !== 'ok' ? `${p.status}: ${p.reason}` : p.note}`);
  }
  return out;
}

/** A budget's measured value and limit, as text. */
function budgetCells(x) {
  if (x.against) {
    const measured = x.value === null ? '-' : `${x.value.toFixed(2)} (ours ${fmt(x.ours, 'ms')} ms, ${x.vs.id} ${fmt(x.vs.value, 'ms')} ms)`;
    return [measured, `<= ${x.max} x`];
  }
  const unit = x.config === null ? 'bytes' : 'ms';
  const limit = `${x.below ? '< ' : '<= '}${unit === 'bytes' ? fmt(x.max, unit) : `${x.max} ms`}`;
  return [x.value === null ? '-' : `${fmt(x.value, unit)}${unit === 'ms' ? ' ms' : ''}`, limit];
}

/** The whole report: figures by configuration (medians), the comparison pages, budgets, sizes. */
export function formatReport(results, { markdown = false } = {}) {
  const cfgs = results.configs;
  const out = [];
  const m = results.machine;
  const interleaved = cfgs.some((c) => pagesOf(c).length);
  out.push(`Geneva Data Map benchmark (${results.mode}), ${results.date}`);
  out.push(`${m.cpus} x ${m.cpuModel}, ${(m.memoryBytes / 2 ** 30).toFixed(1)} GiB, ${m.os}, ${m.chromium}, node ${m.node}, git ${results.build.git}; load average ${m.loadAverageAtStart} at start, ${results.loadAverageAtEnd} at end`);
  out.push(`Medians of ${results.settings.runs} run(s), each in a fresh browser context, viewport ${results.settings.viewport}${interleaved ? '; the comparison pages interleaved with ours, one round at a time' : ''}; times in ms from navigation start unless stated.`);
  const refs = cfgs.flatMap((c) => [c, ...pagesOf(c)].flatMap((p) => p.runs.map((r) => r.referenceMs))).filter((x) => typeof x === 'number');
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
  out.push(...pagesTables(results, markdown));
  out.push('');
  const b = [['budget', 'measured', 'limit', 'result']];
  for (const x of results.budgets) {
    const result = x.pass === null ? 'not measured' : x.pass ? 'PASS' : 'FAIL';
    b.push([x.text, ...budgetCells(x), `${result}${x.note ? ` (${x.note})` : ''}`]);
  }
  out.push(table(b, markdown));
  if (refs.length && median(refs) > QUIET_REFERENCE_MS * SLOW_FACTOR) {
    out.push('');
    out.push(`Warning: the machine was slow during this benchmark: the reference work took ${median(refs).toFixed(1)} ms (median), against about ${QUIET_REFERENCE_MS} ms on a quiet machine. Time figures grow with it. The ratios compare pages measured in the same rounds; an absolute time budget (the layout, the long tasks) that fails here may pass on a quiet machine: run again when the reference is near ${QUIET_REFERENCE_MS} ms before reading such a failure as the app's.`);
  }
  out.push('');
  const w = results.build.wasm;
  const t = results.transfer;
  const pv = results.build.pages;
  const footer = [
    `wasm: ${w ? `${w.file} ${w.raw.toLocaleString('en')} bytes raw, ${w.gzip9.toLocaleString('en')} gzip -9, ${(w.brotli11 ?? 0).toLocaleString('en')} Brotli 11` : 'missing'}`,
    ...(w?.chunks?.files ? [`chunks loaded on first use: ${w.chunks.files} files, ${w.chunks.raw.toLocaleString('en')} bytes raw, ${w.chunks.gzip9.toLocaleString('en')} gzip -9, ${w.chunks.brotli11.toLocaleString('en')} Brotli 11`] : []),
    t ? `first visit of the ${t.page} page: ${t.transferSize.toLocaleString('en')} bytes transferred (${t.encodedBodySize.toLocaleString('en')} body bytes, served uncompressed; ${t.gzip9.toLocaleString('en')} if each file is gzip -9'd, ${(t.brotli11 ?? 0).toLocaleString('en')} if Brotli 11'd), ${t.files} files`
      : 'first visit transfer: not measured',
    ...(pv ? [`comparison pages: ${Object.entries(pv).map(([id, p]) => `${id}${p.versions ? ` (${p.versions})` : ''}: ${p.renderer}`).join('; ')}; WebGL here: ${m.webgl ?? 'not probed'}`] : []),
    `total time: ${results.durationSeconds.toFixed(0)} s (dataset generation ${results.generationSeconds.toFixed(0)} s)`,
  ];
  out.push(...footer.map((l) => (markdown ? `- ${l}` : l)));
  return out.join('\n');
}
