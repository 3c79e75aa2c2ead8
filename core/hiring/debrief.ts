// A debrief agenda per candidate: what the panel should talk about, in order. First the criteria
// the interviewers rated furthest apart (each side's evidence before any verdict), then those the
// panel rates unreliably across all candidates, then what was not assessed. Built from the ratings
// as given, not adjusted ones: a debrief discusses what each interviewer actually wrote.
import type { Project } from '../schema/project.js';
import type { Criterion } from '../schema/rubric.js';
import { isScore } from './ratings.js';
import type { MeasuredPanel } from './scoring/measured.js';
import type { Agreement } from './scoring/reliability.js';

export type AgendaReason = 'disagreement' | 'reliability' | 'notAssessed';

export interface AgendaItem {
  criterion: Criterion;
  reason: AgendaReason;
  /** max − min of the ratings given, when two or more were given */
  spread: number | null;
  ratings: { interviewerId: string; rating: number; evidence: string }[];
  notAssessed: { interviewerId: string; reason: string }[];
  /** the panel's agreement on this criterion over all candidates */
  alpha: number | null;
  agreement: Agreement | null;
}

export interface DebriefAgenda {
  candidateId: string;
  items: AgendaItem[];
  /** interviewers expected to score the candidate whose scorecard is not submitted */
  awaiting: string[];
}

const UNRELIABLE: readonly (Agreement | null)[] = ['poor', 'tentative'];

export function debriefAgenda(project: Project, panel: MeasuredPanel, candidateId: string): DebriefAgenda | null {
  const index = project.hiring.candidates.findIndex((c) => c.id === candidateId);
  const result = panel.raw.candidates[index];
  if (index < 0 || !result) return null;
  const cards = project.hiring.scorecards.filter((s) => s.candidateId === candidateId && s.status === 'submitted');
  const submitted = new Set(cards.map((c) => c.interviewerId));
  const awaiting = [...new Set(result.missing.map((m) => m.interviewerId))].filter((id) => !submitted.has(id));
  const items = project.rubric.criteria.map((criterion, j): AgendaItem => {
    const rows = cards.flatMap((card) => {
      const row = card.ratings.find((r) => r.criterionId === criterion.id);
      return row ? [{ interviewerId: card.interviewerId, row }] : [];
    });
    const ratings = rows.flatMap(({ interviewerId, row }) =>
      isScore(row.rating) ? [{ interviewerId, rating: row.rating, evidence: row.evidence.trim() }] : [],
    );
    const notAssessed = result.notAssessed
      .filter((n) => n.criterionId === criterion.id)
      .map(({ interviewerId, reason }) => ({ interviewerId, reason }));
    const stat = result.criteria[j];
    const reliability = panel.criteria[j];
    const disagreement = stat?.disagreement ?? false;
    const unreliable = ratings.length > 0 && UNRELIABLE.includes(reliability?.agreement ?? null);
    return {
      criterion,
      reason: disagreement ? 'disagreement' : unreliable ? 'reliability' : 'notAssessed',
      spread: stat?.spread ?? null,
      ratings: ratings.sort((a, b) => a.rating - b.rating),
      notAssessed,
      alpha: reliability?.reliability.alpha ?? null,
      agreement: reliability?.agreement ?? null,
    };
  });
  const order: Record<AgendaReason, number> = { disagreement: 0, reliability: 1, notAssessed: 2 };
  const wanted = items
    .filter((item) => item.reason !== 'notAssessed' || item.notAssessed.length > 0)
    .sort(
      (a, b) =>
        order[a.reason] - order[b.reason] ||
        (b.spread ?? 0) - (a.spread ?? 0) ||
        (a.alpha ?? 1) - (b.alpha ?? 1) ||
        b.criterion.weight - a.criterion.weight,
    );
  return { candidateId, items: wanted, awaiting };
}
