// The results' first table: every candidate on one line, best score first, unscored last.
import { collator, decimalFormat } from '../../i18n/format.js';
import type { Translate } from '../../i18n/index.js';
import type { Candidate, Recommendation } from '../../schema/rubric.js';
import { RECOMMENDATIONS } from '../../schema/rubric.js';
import type { CandidateResult } from '../../hiring/scoring/aggregate.js';
import type { MeasuredCandidate } from '../../hiring/scoring/measured.js';
import type { Cell, Block } from '../tree.js';

export interface Ranked {
  candidate: Candidate;
  result: CandidateResult;
  /** adjusted for interviewer severity, with its interval, when the panel was measured */
  measured?: MeasuredCandidate;
}

/**
 * Complete candidates first, highest score first; then those still owed a scorecard or a rating,
 * also by score, unranked; candidates nobody has scored yet last; ties in name order.
 */
export function rankCandidates(
  candidates: readonly Candidate[],
  results: readonly CandidateResult[],
  locale: string,
  measured: readonly MeasuredCandidate[] = [],
): Ranked[] {
  const byId = new Map(results.map((r) => [r.candidateId, r]));
  const adjusted = new Map(measured.map((m) => [m.candidateId, m]));
  const names = collator(locale);
  const scoreOf = (r: Ranked) => r.measured?.score ?? r.result.score;
  return candidates
    .flatMap((candidate) => {
      const result = byId.get(candidate.id);
      const m = adjusted.get(candidate.id);
      return result ? [{ candidate, result, ...(m ? { measured: m } : {}) }] : [];
    })
    .sort((a, b) => {
      if (a.result.complete !== b.result.complete) return a.result.complete ? -1 : 1;
      const sa = scoreOf(a);
      const sb = scoreOf(b);
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
  const shortlistNote: Block[] = shortlist
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
  const centred = (text: string | number, shade?: string): Exclude<Cell, string> => ({
    text: String(text),
    align: 'center',
    ...(shade ? { shade } : {}),
  });
  // one number a column, so each candidate stays on one line even in a pool of a thousand
  const columns = ['rank', 'candidate', 'origin', 'score', 'strongYes', 'yes', 'no', 'strongNo', 'disagreements', 'missing'];
  const whole = new Intl.NumberFormat(score.resolvedOptions().locale);
  const count = (n: number) => (n ? whole.format(n) : '');
  let rank = 0;
  const rows = ranked.map(({ candidate, result, measured }): Cell[] => {
    const value = measured?.score ?? result.score;
    const ranks = value !== null && result.complete;
    if (ranks) rank += 1;
    const interval =
      measured?.low != null && measured.high != null
        ? t('panel.results.interval', { low: score.format(measured.low), high: score.format(measured.high) })
        : '';
    const raw = measured && result.score !== null ? t('panel.results.raw', { score: score.format(result.score) }) : '';
    const note = [raw, interval].filter(Boolean).join(t('scoring.listSeparator'));
    return [
      centred(ranks ? whole.format(rank) : t('scoring.resultsDoc.criteria.none')),
      {
        text: candidate.name,
        bold: true,
        ...(result.complete ? {} : { note: t('panel.results.incomplete', { submitted: result.submitted, expected: result.expected }) }),
      },
      t(`scoring.origin.${candidate.origin}`),
      { ...centred(value !== null ? score.format(value) : t('scoring.resultsDoc.summary.unscored')), ...(note ? { note } : {}) },
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
    ...shortlistNote,
    {
      kind: 'table',
      header: columns.map((c) => ({
        text: t(`scoring.resultsDoc.summary.column.${c}`),
        align: c === 'candidate' || c === 'origin' ? 'left' : 'center',
      })),
      rows,
      widths: [5, 18, 10, 14, 9, 7, 7, 9, 11, 10],
    },
  ];
}

/** Pale amber: draws the eye to a disagreement without shouting. */
export const FLAG_SHADE = 'FDE8C8';
