// Small statistics helpers. Missing values (null, undefined, NaN) are left out.

const clean = (xs) => xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);

/** The median (the mean of the two middle values for an even count), or null for no values. */
export function median(xs) {
  const s = clean(xs);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The 95th percentile by nearest rank (the smallest value with at least 95% of values at or below it). */
export function p95(xs) {
  const s = clean(xs);
  return s.length ? s[Math.max(0, Math.ceil(0.95 * s.length) - 1)] : null;
}
