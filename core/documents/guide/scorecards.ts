// Blank scorecards to print: one per interviewer (their focus criteria only), or one generic card
// covering every criterion when no interviewers are defined yet. Each starts on a new page.
import type { Translate } from '../../i18n/index.js';
import type { Project } from '../../schema/project.js';
import { RECOMMENDATIONS, type Criterion, type Interviewer } from '../../schema/rubric.js';
import { focusOf } from '../../rubric/focus.js';
import type { Block } from '../tree.js';
import { label } from './guide.js';

/** Twips (1.6 cm): room for two or three handwritten lines of evidence per criterion. */
export const SCORECARD_ROW_HEIGHT = 900;
const RATINGS = ['1', '2', '3', '4', '5'];
/** criterion, five boxes, evidence */
const WIDTHS = [40, 5, 5, 5, 5, 5, 35];

function criteriaTable(criteria: readonly Criterion[], t: Translate): Block {
  return {
    kind: 'table',
    header: [
      t('scoring.rubricDoc.scorecard.column.criterion'),
      ...RATINGS.map((r) => ({ text: r, align: 'center' as const })),
      t('scoring.rubricDoc.scorecard.column.evidence'),
    ],
    rows: criteria.map((c) => [
      { text: c.title, note: t('scoring.rubricDoc.criteria.weightText', { weight: c.weight }) },
      // left-aligned, a box fills its narrow column nearly edge to edge, so it reads as centred
      ...RATINGS.map(() => '☐'),
      '',
    ]),
    widths: WIDTHS,
    rowHeight: SCORECARD_ROW_HEIGHT,
  };
}

function scorecard(project: Project, interviewer: Interviewer | null, t: Translate): Block[] {
  const all = project.rubric.criteria;
  const focus = interviewer ? new Set(focusOf(interviewer, project.rubric)) : null;
  const criteria = focus ? all.filter((c) => focus.has(c.id)) : all;
  const whole = criteria.length === all.length;
  const field = (key: string, share: number) => ({ label: label(t, t(`scoring.rubricDoc.scorecard.${key}`)), share });
  return [
    {
      kind: 'heading',
      level: 1,
      text: interviewer
        ? t('scoring.rubricDoc.scorecard.heading', { name: interviewer.name })
        : t('scoring.rubricDoc.scorecard.headingGeneric'),
      pageBreakBefore: true,
    },
    {
      kind: 'paragraph',
      style: 'lead',
      text: whole
        ? t('scoring.rubricDoc.scorecard.focusAll', { count: all.length })
        : t('scoring.rubricDoc.scorecard.focusSome', { count: criteria.length, total: all.length }),
    },
    ...(interviewer ? [] : [{ kind: 'fillIn', fields: [field('interviewer', 100)] } as const]),
    { kind: 'fillIn', fields: [field('candidate', 65), field('date', 35)] },
    { kind: 'paragraph', style: 'muted', text: t('scoring.rubricDoc.scorecard.instructions') },
    criteriaTable(criteria, t),
    {
      kind: 'choices',
      label: label(t, t('scoring.rubricDoc.scorecard.overall')),
      options: RECOMMENDATIONS.map((r) => t(`scoring.recommendation.${r}`)),
    },
    { kind: 'fillIn', fields: [field('signature', 65), field('date', 35)] },
  ];
}

export function blankScorecards(project: Project, t: Translate): Block[] {
  const { interviewers } = project.hiring;
  if (interviewers.length === 0) return scorecard(project, null, t);
  return interviewers.flatMap((i) => scorecard(project, i, t));
}
