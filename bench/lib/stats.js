// Small statistics for benchmark samples: medians and quartiles, nothing clever.

/** The q-quantile (0..1) of numbers, linear between neighbours. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

export const median = (values) => quantile(values, 0.5);

/** Median with its interquartile range, e.g. `123 (118–131)`, in the given unit formatter. */
export function summary(values, format = (v) => v.toFixed(0)) {
  if (!values.length) return '–';
  return `${format(median(values))} (${format(quantile(values, 0.25))}–${format(quantile(values, 0.75))})`;
}

export const ms = (v) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
export const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
export const kb = (bytes) => (bytes / 1024).toFixed(1);
export const ratio = (a, b) => (b > 0 ? a / b : NaN);
export const times = (r) => (Number.isFinite(r) ? `${r >= 10 ? r.toFixed(0) : r.toFixed(1)}×` : '–');
