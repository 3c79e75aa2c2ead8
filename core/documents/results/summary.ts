// The results' first table: every candidate on one line, best score first, unscored last.
import { collator, decimalFormat } from '../../i18n/format.js';
import type { Translate } from '../../i18n/index.js';
import type { Candidate, Recommendation } from '../../schema/rubric.js';
import { RECOMMENDATIONS } from '../../schema/rubric.js';
import type { CandidateResult } from '../../hiring/scoring/aggregate.js';
import type { Cell, Block } from '../tree.js';

export interface Ranked {
  candidate: Candidate;
  result: CandidateResult;
}

/** Highest score first; candidates nobody has scored yet go last; ties in name order. */
export function rankCandidates(candidates: readonly Candidate[], results: readonly CandidateResult[], locale: string): Ranked[] {
  const byId = new Map(results.map((r) => [r.candidateId, r]));
  const names = collator(locale);
  return candidates
    .flatMap((candidate) => {
      const result = byId.get(candidate.id);
      return result ? [{ candidate, result }] : [];
    })
    .sort((a, b) => {
      const sa = a.result.score;
      const sb = b.result.score;
      if (sa !== sb) return sa === null ? 1 : sb === null ? -1 : sb - sa;
      return names.compare(a.candidate.name, b.candidate.name);
    });
}

export const oneDecimal = (locale: string) => decimalFormat(locale, 1);

/** "Strong yes: 2 · No: 1", strongest first, leaving out what nobody chose. */
export function recommendationText(counts: Record<Recommendation, number>, t: Translate): string {
  const parts = [...RECOMMENDATIONS]
    .reverse()
    .filter((r) => counts[r] > 0)
    .map((r) => t('scoring.recommendationCount', { recommendation: t(`scoring.recommendation.${r}`), count: counts[r] }));
  return parts.length ? parts.join(t('scoring.listSeparator')) : t('scoring.resultsDoc.summary.noRecommendations');
}

/** How many of the ranked candidates get a page of their own, said under the summary's heading. */
export interface ShortlistNote {
  shortlisted: number;
  top: number;
}

export function summarySection(ranked: readonly Ranked[], t: Translate, score: Intl.NumberFormat, shortlist?: ShortlistNote): Block[] {
  const heading: Block = { kind: 'heading', level: 1, text: t('scoring.resultsDoc.summary.heading') };
  if (ranked.length === 0) return [heading, { kind: 'paragraph', style: 'muted', text: t('scoring.resultsDoc.summary.noCandidates') }];
  const note: Block[] = shortlist
    ? [
        {
          kind: 'paragraph',
          style: 'muted',
          text: t(shortlist.shortlisted ? 'scoring.resultsDoc.summary.shortlist' : 'scoring.resultsDoc.summary.noShortlist', {
            count: shortlist.shortlisted,
            top: shortlist.top,
          }),
        },
      ]
    : [];
  const centred = (text: string | number, shade?: string): Cell => ({ text: String(text), align: 'center', ...(shade ? { shade } : {}) });
  // one number a column, so each candidate stays on one line even in a pool of a thousand
  const columns = ['rank', 'candidate', 'origin', 'score', 'strongYes', 'yes', 'no', 'strongNo', 'disagreements', 'missing'];
  const whole = new Intl.NumberFormat(score.resolvedOptions().locale);
  const count = (n: number) => (n ? whole.format(n) : '');
  let rank = 0;
  const rows = ranked.map(({ candidate, result }): Cell[] => {
    const scored = result.score !== null;
    if (scored) rank += 1;
    return [
      centred(scored ? whole.format(rank) : t('scoring.resultsDoc.criteria.none')),
      { text: candidate.name, bold: true },
      t(`scoring.origin.${candidate.origin}`),
      centred(scored ? score.format(result.score ?? 0) : t('scoring.resultsDoc.summary.unscored')),
      centred(count(result.recommendations['strong-yes'])),
      centred(count(result.recommendations.yes)),
      centred(count(result.recommendations.no)),
      centred(count(result.recommendations['strong-no'])),
      centred(whole.format(result.disagreements.length), result.disagreements.length ? FLAG_SHADE : undefined),
      centred(whole.format(result.missing.length)),
    ];
  });
  return [
    heading,
    ...note,
    {
      kind: 'table',
      header: columns.map((c) => ({
        text: t(`scoring.resultsDoc.summary.column.${c}`),
        align: c === 'candidate' || c === 'origin' ? 'left' : 'center',
      })),
      rows,
      widths: [6, 20, 11, 8, 9, 7, 7, 9, 12, 11],
    },
  ];
}

/** Pale amber: draws the eye to a disagreement without shouting. */
export const FLAG_SHADE = 'FDE8C8';
