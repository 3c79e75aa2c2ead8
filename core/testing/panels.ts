// Simulated panels with known truths, to prove the panel model recovers them: each candidate has a
// standing, each interviewer a severity, each criterion a difficulty; ratings are their sum plus
// seeded noise, rounded to the 1–5 scale when asked (as real ratings are).
import { emptyHiring } from '../project/empty.js';
import type { Criterion, Hiring, Rubric, Scorecard } from '../schema/rubric.js';
import { seededRandom } from './hiring.js';

export interface PanelTruth {
  /** on the rating scale, around 3 */
  standings: readonly number[];
  severities: readonly number[];
  difficulties: readonly number[];
  /** whether interviewer i met candidate c */
  meets?: (candidate: number, interviewer: number) => boolean;
  noise?: number;
  /** round to whole ratings and keep them within 1–5 */
  whole?: boolean;
  seed?: number;
}

/** A standard normal draw (Box–Muller) from a uniform generator. */
export function normal(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

const criterion = (j: number, count: number): Criterion => ({
  id: `k${j}`,
  group: 'custom',
  source: null,
  title: `Criterion ${j + 1}`,
  weight: Math.floor(100 / count) + (j < 100 % count ? 1 : 0),
  anchors: { low: 'low', mid: 'mid', high: 'high' },
  questions: ['Tell us about it.'],
  evidence: '',
});

export function simulatedPanel(truth: PanelTruth): { rubric: Rubric; hiring: Hiring } {
  const random = seededRandom(truth.seed ?? 7);
  const noise = truth.noise ?? 0.4;
  const rubric: Rubric = { weightsEdited: true, criteria: truth.difficulties.map((_, j) => criterion(j, truth.difficulties.length)) };
  const scorecards: Scorecard[] = [];
  truth.standings.forEach((standing, c) => {
    truth.severities.forEach((severity, i) => {
      if (truth.meets && !truth.meets(c, i)) return;
      const ratings = truth.difficulties.map((difficulty, j) => {
        const value = standing + severity + difficulty + noise * normal(random);
        return { criterionId: `k${j}`, rating: truth.whole ? Math.min(5, Math.max(1, Math.round(value))) : value, evidence: '' };
      });
      scorecards.push({
        id: `sc-${c}-${i}`,
        candidateId: `c${c}`,
        interviewerId: `i${i}`,
        status: 'submitted',
        ratings,
        recommendation: 'yes',
        updatedAt: '2026-05-01T10:00:00Z',
        submittedAt: '2026-05-01T10:00:00Z',
      });
    });
  });
  return {
    rubric,
    hiring: {
      ...emptyHiring(),
      interviewers: truth.severities.map((_, i) => ({ id: `i${i}`, name: `Interviewer ${i + 1}`, focus: [] })),
      candidates: truth.standings.map((_, c) => ({
        id: `c${c}`,
        name: `Candidate ${c + 1}`,
        currentRole: '',
        origin: 'external' as const,
      })),
      scorecards,
    },
  };
}
