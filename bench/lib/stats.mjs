// Medians, percentiles and paired measurement. Absolute times swing between runs on
// shared machines; ratios of cases measured alternately in one process do not, so every
// comparison here is paired: the cases run in turn, each iteration in a rotated order,
// and the ratio is taken per iteration before its median is reported.

export function quantile(values, q) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export const median = (values) => quantile(values, 0.5);
export const p95 = (values) => quantile(values, 0.95);

export function summarize(values) {
  return { median: median(values), p95: p95(values), min: Math.min(...values), max: Math.max(...values), n: values.length };
}

/**
 * Times fn once, in milliseconds. No forced GC first: a forced full GC throws away code
 * and type feedback of closure-heavy code (micromark builds its state machine from fresh
 * closures on every call), which made remark-parse and markdownlint three times slower
 * than they run in the editor and skewed every ratio against them. The rotating order in
 * measurePaired keeps one case's garbage from always landing in the same other case.
 */
export function timeOnce(fn) {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/**
 * Runs every case `iterations` times after `warmup` untimed rounds, rotating the order
 * each iteration so no case always runs first (or right after another's garbage).
 * Returns per-case samples; `ratio(samples, a, b)` pairs them iteration by iteration.
 */
export function measurePaired(cases, { warmup, iterations, deadline = Infinity }) {
  const names = Object.keys(cases);
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  for (let i = 0; i < warmup; i++) for (const name of names) cases[name]();
  for (let i = 0; i < iterations; i++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k) % names.length];
      samples[name].push(timeOnce(cases[name]));
    }
    if (performance.now() > deadline && i >= 2) break;
  }
  return samples;
}

/** Median and p95 of the per-iteration ratio a/b. */
export function pairedRatio(samples, a, b) {
  const ratios = samples[a].map((t, i) => t / samples[b][i]);
  return { median: median(ratios), p95: p95(ratios) };
}
