// Whole-number shares that always sum to a total: used for archetype weights and rubric weights.

/** Rounds `raw` (summing to `total`) to whole numbers that still sum to `total` (largest remainder). */
export function roundToTotal(raw: readonly number[], total: number): number[] {
  const floored = raw.map((v) => Math.floor(v));
  let leftover = total - floored.reduce((s, v) => s + v, 0);
  const order = raw.map((v, i) => ({ i, frac: v - Math.floor(v) })).sort((x, y) => y.frac - x.frac || x.i - y.i);
  for (const { i } of order) {
    if (leftover <= 0) break;
    floored[i] = (floored[i] ?? 0) + 1;
    leftover -= 1;
  }
  return floored;
}

/** Splits `total` in proportion to `shares`; equal parts when every share is zero. */
export function proportional(shares: readonly number[], total: number): number[] {
  if (shares.length === 0) return [];
  const sum = shares.reduce((s, v) => s + v, 0);
  const raw = shares.map((v) => (sum === 0 ? total / shares.length : (v / sum) * total));
  return roundToTotal(raw, total);
}

/**
 * Sets one entry to `value` and shares the rest of 100 among the others in proportion to their
 * current values, so the whole stays at exactly 100 in whole percentage points.
 */
export function setShare(values: readonly number[], index: number, value: number): number[] {
  const target = Math.max(0, Math.min(100, Math.round(value)));
  const others = values.map((v, i) => (i === index ? 0 : v));
  const rest = proportional(
    others.filter((_, i) => i !== index),
    100 - target,
  );
  let k = 0;
  return values.map((_, i) => (i === index ? target : (rest[k++] ?? 0)));
}
