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

// ratings are whole numbers 1–5 by schema; anything else is brought onto the scale, never used as an index
const slot = (v: number) => Math.min(VALUES, Math.max(1, Math.round(v))) - 1;

/** Adds one unit's pairable values to the coincidence matrix, from how many of each value it holds. */
function addUnit(o: Float64Array[], counts: Float64Array, m: number): void {
  if (m < 2) return;
  for (let c = 0; c < VALUES; c += 1) {
    if (!counts[c]) continue;
    for (let k = 0; k < VALUES; k += 1) {
      const pairs = counts[c]! * (counts[k]! - (c === k ? 1 : 0));
      if (pairs) o[c]![k]! += pairs / (m - 1);
    }
  }
}

/** Ordinal alpha from ratings grouped by unit (candidate); each inner list holds values 1–5. */
export function ordinalAlpha(units: readonly (readonly number[])[]): Reliability {
  const o = Array.from({ length: VALUES }, () => new Float64Array(VALUES));
  const counts = new Float64Array(VALUES);
  for (const values of units) {
    counts.fill(0);
    for (const v of values) counts[slot(v)]! += 1;
    addUnit(o, counts, values.length);
  }
  return alphaOf(o);
}

function alphaOf(o: readonly Float64Array[]): Reliability {
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

/**
 * Alpha per criterion, from the raw ratings on submitted scorecards. Each (criterion, candidate)
 * unit is a count of each value 1–5 in one typed array, so no list is made per unit.
 */
export function criterionReliability(obs: Observations): Reliability[] {
  const perUnit = new Float64Array(obs.criteria * obs.candidates * VALUES);
  for (let n = 0; n < obs.length; n += 1)
    perUnit[(obs.criterion[n]! * obs.candidates + obs.candidate[n]!) * VALUES + slot(obs.rating[n]!)]! += 1;
  return Array.from({ length: obs.criteria }, (_, k) => {
    const o = Array.from({ length: VALUES }, () => new Float64Array(VALUES));
    for (let c = 0; c < obs.candidates; c += 1) {
      const at = (k * obs.candidates + c) * VALUES;
      const counts = perUnit.subarray(at, at + VALUES);
      let m = 0;
      for (const v of counts) m += v;
      addUnit(o, counts, m);
    }
    return alphaOf(o);
  });
}
