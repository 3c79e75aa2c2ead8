// How far the panel agrees on each criterion: Krippendorff's alpha for ordinal data (Krippendorff,
// "Computing Krippendorff's Alpha-Reliability", 2011), which, unlike ICC(2,k), needs no complete
// candidates × interviewers table: each candidate rated by two or more interviewers counts.
// 1 is perfect agreement, 0 agreement no better than chance; null when it cannot be computed
// (no candidate rated twice on the criterion, or every rating the same value).
import type { Observations } from './observations.js';

export type Agreement = 'good' | 'tentative' | 'poor';
export type NoAlpha = 'too-few' | 'no-variation';

export interface Reliability {
  alpha: number | null;
  /** why alpha is null */
  missing: NoAlpha | null;
  /** ratings that count: from candidates rated by two or more interviewers */
  pairable: number;
}

const VALUES = 5;

/** Krippendorff's thresholds (2004): .800 to rely on, .667 for tentative conclusions. */
export function agreementOf(alpha: number): Agreement {
  if (alpha >= 0.8) return 'good';
  if (alpha >= 0.667) return 'tentative';
  return 'poor';
}

/** Ordinal alpha from ratings grouped by unit (candidate); each inner list holds values 1–5. */
export function ordinalAlpha(units: readonly (readonly number[])[]): Reliability {
  const o = Array.from({ length: VALUES }, () => new Float64Array(VALUES));
  // ratings are whole numbers 1–5 by schema; anything else is brought onto the scale, never used as an index
  const slot = (v: number) => Math.min(VALUES, Math.max(1, Math.round(v))) - 1;
  for (const values of units) {
    const m = values.length;
    if (m < 2) continue;
    for (let x = 0; x < m; x += 1) for (let y = 0; y < m; y += 1) if (x !== y) o[slot(values[x]!)]![slot(values[y]!)]! += 1 / (m - 1);
  }
  const marginal = o.map((row) => row.reduce((s, v) => s + v, 0));
  const n = marginal.reduce((s, v) => s + v, 0);
  const pairable = Math.round(n);
  if (n < 2) return { alpha: null, missing: 'too-few', pairable };
  // ordinal distance: the ratings between two values (half of each end), squared
  const distance = (c: number, k: number) => {
    const [lo, hi] = c <= k ? [c, k] : [k, c];
    let between = 0;
    for (let g = lo; g <= hi; g += 1) between += marginal[g]!;
    return (between - (marginal[lo]! + marginal[hi]!) / 2) ** 2;
  };
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < VALUES; c += 1)
    for (let k = 0; k < VALUES; k += 1) {
      const d = distance(c, k);
      observed += o[c]![k]! * d;
      expected += marginal[c]! * marginal[k]! * d;
    }
  if (expected === 0) return { alpha: null, missing: 'no-variation', pairable };
  const alpha = 1 - ((n - 1) * observed) / expected;
  return { alpha: Math.max(-1, Math.min(1, alpha)), missing: null, pairable };
}

/** Alpha per criterion, from the raw ratings on submitted scorecards. */
export function criterionReliability(obs: Observations): Reliability[] {
  const byCriterion = Array.from({ length: obs.criteria }, () => new Map<number, number[]>());
  for (let n = 0; n < obs.length; n += 1) {
    const units = byCriterion[obs.criterion[n]!]!;
    const c = obs.candidate[n]!;
    const list = units.get(c);
    if (list) list.push(obs.rating[n]!);
    else units.set(c, [obs.rating[n]!]);
  }
  return byCriterion.map((units) => ordinalAlpha([...units.values()]));
}
