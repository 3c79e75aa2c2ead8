// One page per candidate: score and recommendations, the archetype profile (table and chart), the
// per-criterion figures, the disagreements, the ratings still missing and the evidence notes.
// Every figure comes from aggregate(); nothing here recomputes a score.
import type { Translate } from '../../i18n/index.js';
import type { Project } from '../../schema/project.js';
import type { Criterion, Scorecard } from '../../schema/rubric.js';
import type { Cell, Block } from '../tree.js';
import { label } from '../guide/guide.js';
import { isNotAssessed, isScore } from '../../hiring/ratings.js';
import { profile } from './profile.js';
import { FLAG_SHADE, recommendationText, type Ranked } from './summary.js';

export interface CandidateContext {
  project: Project;
  t: Translate;
  /** one decimal, in the role's locale: scores and means (made once: Intl formatters are slow to build) */
  decimal: Intl.NumberFormat;
  /** "7%", from the catalogue */
  percent: (value: number) => string;
  criteria: ReadonlyMap<string, Criterion>;
  interviewerName: (id: string) => string;
  /** "Ana Souza: 4", "Ana Souza (4):" …: a catalogue key given an interviewer's name and a rating, kept per document */
  said: (key: string, interviewerId: string, rating: number | null) => string;
  /** submitted scorecards by candidate id */
  cards: ReadonlyMap<string, Scorecard[]>;
}

const h2 = (text: string): Block => ({ kind: 'heading', level: 2, text });

function scoreText({ result, measured }: Ranked, t: Translate, decimal: Intl.NumberFormat, rawScore: string | null): string {
  if (rawScore === null) return t('scoring.resultsDoc.candidate.notScored');
  if (!measured || measured.score === null)
    return t('scoring.resultsDoc.candidate.scoreText', { score: rawScore, count: result.submitted });
  const values = { score: decimal.format(measured.score), raw: rawScore, count: result.submitted };
  return measured.low === null || measured.high === null
    ? t('panel.results.scoreText', values)
    : t('panel.results.scoreTextWithInterval', { ...values, low: decimal.format(measured.low), high: decimal.format(measured.high) });
}

function header({ candidate, result, measured }: Ranked, { t, decimal }: CandidateContext): Block[] {
  const origin = t(`scoring.origin.${candidate.origin}`);
  const role = candidate.currentRole.trim();
  const score = result.score === null ? null : decimal.format(result.score);
  return [
    { kind: 'heading', level: 1, text: candidate.name, pageBreakBefore: true },
    {
      kind: 'paragraph',
      style: 'lead',
      text: role
        ? t('scoring.resultsDoc.candidate.originWithRole', { origin, role })
        : t('scoring.resultsDoc.candidate.origin', { origin }),
    },
    {
      kind: 'labelled',
      label: label(t, t('scoring.resultsDoc.candidate.score')),
      text: scoreText({ candidate, result, ...(measured ? { measured } : {}) }, t, decimal, score),
    },
    ...(result.complete || result.submitted === 0
      ? []
      : [
          {
            kind: 'paragraph',
            style: 'lead',
            text: t('panel.results.incompleteLine', {
              submitted: result.submitted,
              expected: result.expected,
              missing: result.missing.length,
            }),
          } as const,
        ]),
    {
      kind: 'labelled',
      label: label(t, t('scoring.resultsDoc.candidate.recommendations')),
      text: recommendationText(result.recommendations, t),
    },
  ];
}

function criteriaTable({ result }: Ranked, { t, decimal, percent, criteria }: CandidateContext): Block[] {
  const none = t('scoring.resultsDoc.criteria.none');
  const rows = result.criteria.map((s): Cell[] => {
    const c = criteria.get(s.criterionId);
    const flag = s.disagreement
      ? t('scoring.resultsDoc.criteria.flagDisagreement')
      : s.mean === null
        ? t('scoring.resultsDoc.criteria.flagNotRated')
        : '';
    // plain cells, the flag's alone shaded: this table is most of a 50-candidate export, and every
    // property is XML to pack; short figures in narrow columns read well left-aligned
    return [
      c?.title ?? s.criterionId,
      percent(c?.weight ?? 0),
      s.mean === null ? none : decimal.format(s.mean),
      s.spread === null ? none : String(s.spread),
      s.disagreement ? { text: flag, shade: FLAG_SHADE } : flag,
    ];
  });
  const columns = ['criterion', 'weight', 'mean', 'spread', 'flag'];
  return [
    h2(t('scoring.resultsDoc.criteria.heading')),
    { kind: 'table', header: columns.map((c) => t(`scoring.resultsDoc.criteria.column.${c}`)), rows, widths: [42, 12, 13, 12, 21] },
  ];
}

function disagreements({ result }: Ranked, { t, criteria, said }: CandidateContext): Block[] {
  const flagged = result.criteria.filter((s) => s.disagreement);
  if (!flagged.length)
    return [
      h2(t('scoring.resultsDoc.disagreements.heading')),
      { kind: 'paragraph', style: 'muted', text: t('scoring.resultsDoc.disagreements.none') },
    ];
  const rows = flagged.map((s): Cell[] => [
    criteria.get(s.criterionId)?.title ?? s.criterionId,
    [...s.ratings]
      .sort((a, b) => a.rating - b.rating)
      .map((r) => said('scoring.resultsDoc.disagreements.rating', r.interviewerId, Math.round(r.rating * 10) / 10))
      .join(t('scoring.listSeparator')),
  ]);
  return [
    h2(t('scoring.resultsDoc.disagreements.heading')),
    { kind: 'paragraph', style: 'muted', text: t('scoring.resultsDoc.disagreements.intro') },
    {
      kind: 'table',
      header: ['criterion', 'ratings'].map((c) => t(`scoring.resultsDoc.disagreements.column.${c}`)),
      rows,
      widths: [50, 50],
      boldFirstColumn: true,
    },
  ];
}

function missing({ candidate, result }: Ranked, { t, criteria, interviewerName, cards }: CandidateContext): Block[] {
  if (!result.missing.length)
    return [h2(t('scoring.resultsDoc.missing.heading')), { kind: 'paragraph', style: 'muted', text: t('scoring.resultsDoc.missing.none') }];
  const byInterviewer = new Map<string, string[]>();
  for (const m of result.missing) {
    const ids = byInterviewer.get(m.interviewerId);
    if (ids) ids.push(m.criterionId);
    else byInterviewer.set(m.interviewerId, [m.criterionId]);
  }
  const submitted = new Set((cards.get(candidate.id) ?? []).map((c) => c.interviewerId));
  const rows = [...byInterviewer].map(([id, ids]): Cell[] => [
    interviewerName(id),
    submitted.has(id)
      ? ids.map((c) => criteria.get(c)?.title ?? c).join('; ')
      : t('scoring.resultsDoc.missing.noCard', { count: ids.length }),
  ]);
  return [
    h2(t('scoring.resultsDoc.missing.heading')),
    {
      kind: 'table',
      header: ['interviewer', 'criteria'].map((c) => t(`scoring.resultsDoc.missing.column.${c}`)),
      rows,
      widths: [30, 70],
      boldFirstColumn: true,
    },
  ];
}

function evidence({ candidate }: Ranked, { project, t, said, cards }: CandidateContext): Block[] {
  const mine = (cards.get(candidate.id) ?? []).map((card) => ({ card, ratings: new Map(card.ratings.map((r) => [r.criterionId, r])) }));
  const blocks = project.rubric.criteria.flatMap((c): Block[] => {
    const notes = mine.flatMap(({ card, ratings }) => {
      const rating = ratings.get(c.id);
      const text = rating?.evidence.trim();
      if (!rating || !text) return [];
      const label = isScore(rating.rating)
        ? said('scoring.resultsDoc.evidence.note', card.interviewerId, rating.rating)
        : said(
            isNotAssessed(rating) ? 'scoring.resultsDoc.evidence.noteNotAssessed' : 'scoring.resultsDoc.evidence.noteUnrated',
            card.interviewerId,
            null,
          );
      return [{ kind: 'labelled', label, text } as const];
    });
    // a transcript, name first in bold: lighter to pack than bullets, for 50 candidates' notes
    return notes.length ? [{ kind: 'heading', level: 3, text: c.title }, ...notes] : [];
  });
  return [
    h2(t('scoring.resultsDoc.evidence.heading')),
    ...(blocks.length ? blocks : [{ kind: 'paragraph', style: 'muted', text: t('scoring.resultsDoc.evidence.none') } as const]),
  ];
}

/** A candidate nobody has scored gets their header and the ratings still owed, not tables of blanks. */
export const candidatePage = (ranked: Ranked, ctx: CandidateContext): Block[] =>
  ranked.result.submitted === 0
    ? [...header(ranked, ctx), ...missing(ranked, ctx)]
    : [
        ...header(ranked, ctx),
        ...profile(ranked, ctx),
        ...criteriaTable(ranked, ctx),
        ...disagreements(ranked, ctx),
        ...missing(ranked, ctx),
        ...evidence(ranked, ctx),
      ];
