// The panel as a measurement: every rating is modelled as
//   rating = overall + candidate + interviewer + criterion + error
// and the four are fitted together by alternating least squares (each set of effects in turn is the
// mean of what the others leave unexplained, until nothing moves). An interviewer's effect is then
// judged only on the candidates they actually met, against colleagues who met the same ones: one who
// met only strong candidates is not taken for lenient, as a per-interviewer z-score would.
// Identification: criterion effects average zero; interviewer effects average zero within each
// group of interviewers linked by shared candidates (components.ts). An interviewer alone in such a
// group has no colleague to be compared with: their severity is unknown (null), not zero.
import { componentsOf, type Components } from './components.js';
import type { Observations } from './observations.js';

export interface PanelFit {
  /** the overall level on the 1–5 scale; null without a single rating */
  overall: number | null;
  candidate: Float64Array;
  interviewer: Float64Array;
  criterion: Float64Array;
  /** rating points an interviewer gives above (+) or below (−) what the panel would; null when it cannot be judged */
  severity: (number | null)[];
  /** the spread of the ratings the model leaves unexplained; null when too few ratings to tell */
  residualSd: number | null;
  components: Components;
  converged: boolean;
}

const MAX_ITERATIONS = 1000;
/** rating points: far below the two decimals a severity is reported with */
const TOLERANCE = 1e-5;

function countsOf(index: Int32Array, size: number): Float64Array {
  const counts = new Float64Array(size);
  for (const i of index) counts[i]! += 1;
  return counts;
}

export function fitPanel(obs: Observations): PanelFit {
  const components = componentsOf(obs);
  const a = new Float64Array(obs.candidates);
  const b = new Float64Array(obs.interviewers);
  const k = new Float64Array(obs.criteria);
  if (obs.length === 0) {
    return {
      overall: null,
      candidate: a,
      interviewer: b,
      criterion: k,
      severity: b.length ? Array.from(b, () => null) : [],
      residualSd: null,
      components,
      converged: true,
    };
  }
  const nA = countsOf(obs.candidate, obs.candidates);
  const nB = countsOf(obs.interviewer, obs.interviewers);
  const nK = countsOf(obs.criterion, obs.criteria);
  let overall = obs.rating.reduce((s, y) => s + y, 0) / obs.length;
  const sumA = new Float64Array(obs.candidates);
  const sumB = new Float64Array(obs.interviewers);
  const sumK = new Float64Array(obs.criteria);
  const groupShift = new Float64Array(components.count);
  let converged = false;

  const before = new Float64Array(1 + a.length + b.length + k.length);
  const snapshot = (into: Float64Array) => {
    into[0] = overall;
    into.set(a, 1);
    into.set(b, 1 + a.length);
    into.set(k, 1 + a.length + b.length);
  };
  const after = new Float64Array(before.length);
  for (let iteration = 0; iteration < MAX_ITERATIONS && !converged; iteration += 1) {
    snapshot(before);
    sumA.fill(0);
    for (let n = 0; n < obs.length; n += 1)
      sumA[obs.candidate[n]!]! += obs.rating[n]! - overall - b[obs.interviewer[n]!]! - k[obs.criterion[n]!]!;
    for (let c = 0; c < a.length; c += 1) a[c] = nA[c] ? sumA[c]! / nA[c]! : 0;
    sumB.fill(0);
    for (let n = 0; n < obs.length; n += 1)
      sumB[obs.interviewer[n]!]! += obs.rating[n]! - overall - a[obs.candidate[n]!]! - k[obs.criterion[n]!]!;
    for (let i = 0; i < b.length; i += 1) b[i] = nB[i] ? sumB[i]! / nB[i]! : 0;
    sumK.fill(0);
    for (let n = 0; n < obs.length; n += 1)
      sumK[obs.criterion[n]!]! += obs.rating[n]! - overall - a[obs.candidate[n]!]! - b[obs.interviewer[n]!]!;
    for (let j = 0; j < k.length; j += 1) k[j] = nK[j] ? sumK[j]! / nK[j]! : 0;

    // criterion effects average zero over the rated criteria; the overall level takes the rest
    let rated = 0;
    let kMean = 0;
    for (let j = 0; j < k.length; j += 1) {
      if (!nK[j]) continue;
      kMean += k[j]!;
      rated += 1;
    }
    kMean /= Math.max(1, rated);
    overall += kMean;
    for (let j = 0; j < k.length; j += 1) if (nK[j]) k[j]! -= kMean;
    // interviewer effects average zero within each linked group; its candidates take the rest
    groupShift.fill(0);
    for (let i = 0; i < b.length; i += 1) {
      const g = components.interviewer[i]!;
      if (g >= 0) groupShift[g]! += b[i]! / components.interviewersIn[g]!;
    }
    for (let i = 0; i < b.length; i += 1) {
      const g = components.interviewer[i]!;
      if (g >= 0) b[i]! -= groupShift[g]!;
    }
    for (let c = 0; c < a.length; c += 1) {
      const g = components.candidate[c]!;
      if (g >= 0) a[c]! += groupShift[g]!;
    }
    snapshot(after);
    converged = after.every((v, n) => Math.abs(v - before[n]!) < TOLERANCE);
  }

  let rss = 0;
  for (let n = 0; n < obs.length; n += 1) {
    const e = obs.rating[n]! - overall - a[obs.candidate[n]!]! - b[obs.interviewer[n]!]! - k[obs.criterion[n]!]!;
    rss += e * e;
  }
  const ratedCandidates = nA.filter((x) => x > 0).length;
  const ratedCriteria = nK.filter((x) => x > 0).length;
  const freeSeverities = components.interviewersIn.reduce((s, count) => s + count - 1, 0);
  const parameters = 1 + (ratedCriteria - 1) + ratedCandidates + freeSeverities;
  const df = obs.length - parameters;
  const severity = Array.from(b, (value, i) => {
    const g = components.interviewer[i]!;
    return g >= 0 && components.interviewersIn[g]! >= 2 ? value : null;
  });
  return {
    overall,
    candidate: a,
    interviewer: b,
    criterion: k,
    severity,
    residualSd: df >= 1 ? Math.sqrt(rss / df) : null,
    components,
    converged,
  };
}
