// How fast the machine is right now: the time a fixed piece of work takes in this process.
//
// The machine the budgets are set on is a shared virtual machine whose speed drifts by a third or
// more from one minute to the next. The same build's figures drift with it, so each run records
// this reference time just before it starts: two runs, or two benchmarks, compare fairly only at
// similar reference times (bench/README.md, "Reading the figures").

/** The reference time on a quiet machine (bench/README.md, "Reading the figures"), in ms. */
export const QUIET_REFERENCE_MS = 10.5;
/** A run whose median reference time is over this many times the quiet one had a slow machine. */
export const SLOW_FACTOR = 1.5;

/** The fixed work: parsing, building and sorting a few thousand small objects (about 10 ms on a quiet machine). */
function work() {
  const text = JSON.stringify(Array.from({ length: 4000 }, (_, i) => ({ id: `node-${i}`, name: `Name ${i * 7919 % 4001}`, x: i * 0.5, links: [i % 13, i % 17] })));
  let sum = 0;
  for (let k = 0; k < 3; k++) {
    const rows = JSON.parse(text);
    rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    sum += rows.reduce((s, r) => s + r.links[0] + r.name.length, 0);
  }
  return sum;
}

/** The median time of 5 rounds of the fixed work, in milliseconds (after one unmeasured round). */
export function referenceMs() {
  work();
  const times = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    work();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return +times[2].toFixed(2);
}

/** With `--wait-quiet`, a run starts only at a reference time at most this many times the quiet one. */
export const QUIET_FACTOR = 1.15;

/**
 * Times the reference work until it is at most `QUIET_REFERENCE_MS * QUIET_FACTOR` (the machine is
 * quiet), pausing `intervalMs` between readings, for at most `limitMs`. Returns the last reading,
 * how long it waited and whether the machine was quiet; `limitMs` 0 reads once and never waits.
 */
export async function waitForQuiet({ limitMs, intervalMs = 5000 }) {
  const threshold = QUIET_REFERENCE_MS * QUIET_FACTOR;
  const start = Date.now();
  for (;;) {
    const reference = referenceMs();
    const waitedMs = Date.now() - start;
    if (reference <= threshold || waitedMs + intervalMs > limitMs) {
      return { referenceMs: reference, waitedMs, quiet: reference <= threshold };
    }
    await new Promise((ok) => setTimeout(ok, intervalMs));
  }
}
