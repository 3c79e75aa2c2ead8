// One candidate's debrief agenda as document blocks: where they stand, who has not submitted yet,
// then each point to discuss: why it is on the agenda, every interviewer's rating with their
// evidence (lowest first), what 1, 3 and 5 look like, and a question to settle it. The app shows
// these same blocks, so the agenda on screen is the one printed.
import type { AgendaItem, DebriefAgenda } from '../../hiring/debrief.js';
import type { MeasuredPanel } from '../../hiring/scoring/measured.js';
import { agreementReading } from '../../hiring/scoring/readings.js';
import type { Translate } from '../../i18n/index.js';
import type { Project } from '../../schema/project.js';
import { label } from '../guide/guide.js';
import { recommendationText } from '../results/summary.js';
import type { Block, Cell } from '../tree.js';

export interface AgendaContext {
  project: Project;
  panel: MeasuredPanel;
  t: Translate;
  decimal: Intl.NumberFormat;
}

const d = (t: Translate, key: string, values?: Record<string, unknown>) => t(`panel.debrief.${key}`, values ?? {});

function standing(agenda: DebriefAgenda, ctx: AgendaContext): Block[] {
  const { project, panel, t, decimal } = ctx;
  const c = project.hiring.candidates.findIndex((x) => x.id === agenda.candidateId);
  const measured = panel.candidates[c];
  const raw = panel.raw.candidates[c];
  if (!measured || !raw) return [];
  const name = (id: string) => project.hiring.interviewers.find((i) => i.id === id)?.name ?? id;
  const score =
    measured.score === null
      ? d(t, 'notScored')
      : d(t, measured.low === null ? 'score' : 'scoreWithInterval', {
          score: decimal.format(measured.score),
          raw: raw.score === null ? '–' : decimal.format(raw.score),
          low: measured.low === null ? '' : decimal.format(measured.low),
          high: measured.high === null ? '' : decimal.format(measured.high),
        });
  return [
    { kind: 'labelled', label: label(t, d(t, 'standing')), text: score },
    { kind: 'labelled', label: label(t, d(t, 'recommendations')), text: recommendationText(raw.recommendations, t) },
    ...(agenda.awaiting.length
      ? [
          {
            kind: 'paragraph',
            style: 'lead',
            text: d(t, 'awaiting', { names: agenda.awaiting.map(name).join(t('scoring.listSeparator')), count: agenda.awaiting.length }),
          } as const,
        ]
      : []),
  ];
}

function why(item: AgendaItem, n: number, ctx: AgendaContext): string {
  const { t, panel } = ctx;
  if (item.reason === 'disagreement') {
    const low = item.ratings[0]?.rating;
    const high = item.ratings.at(-1)?.rating;
    return d(t, 'why.disagreement', { spread: item.spread ?? 0, low, high });
  }
  if (item.reason === 'reliability') {
    const j = ctx.project.rubric.criteria.findIndex((c) => c.id === item.criterion.id);
    return d(t, 'why.reliability', {
      reading: agreementReading(panel.criteria[j]!, item.criterion.title, t),
      alpha: ctx.decimal.format(item.alpha ?? 0),
    });
  }
  return d(t, 'why.notAssessed', { count: item.notAssessed.length, n });
}

function itemBlocks(item: AgendaItem, n: number, ctx: AgendaContext): Block[] {
  const { t, project } = ctx;
  const name = (id: string) => project.hiring.interviewers.find((i) => i.id === id)?.name ?? id;
  const rows: Cell[][] = [
    ...item.ratings.map((r): Cell[] => [
      name(r.interviewerId),
      { text: String(r.rating), align: 'center' },
      r.evidence || d(t, 'noEvidence'),
    ]),
    ...item.notAssessed.map((r): Cell[] => [name(r.interviewerId), { text: d(t, 'notAssessed'), align: 'center' }, r.reason]),
  ];
  const question = item.criterion.questions[0];
  return [
    { kind: 'heading', level: 3, text: d(t, 'item', { n, criterion: item.criterion.title }) },
    { kind: 'labelled', label: label(t, d(t, 'whyLabel')), text: why(item, n, ctx), keepNext: true },
    ...(rows.length
      ? [
          {
            kind: 'table',
            header: ['interviewer', 'rating', 'evidence'].map((col) => d(t, `column.${col}`)),
            rows,
            widths: [24, 14, 62],
            boldFirstColumn: true,
          } as const,
        ]
      : []),
    { kind: 'labelled', label: label(t, d(t, 'anchors')), text: '' },
    {
      kind: 'table',
      header: [t('scoring.rubricDoc.criteria.anchorsColumn.rating'), t('scoring.rubricDoc.criteria.anchorsColumn.looksLike')],
      rows: [
        [{ text: '1', align: 'center' }, item.criterion.anchors.low],
        [{ text: '3', align: 'center' }, item.criterion.anchors.mid],
        [{ text: '5', align: 'center' }, item.criterion.anchors.high],
      ],
      widths: [12, 88],
      boldFirstColumn: true,
    },
    ...(question ? [{ kind: 'labelled', label: label(t, d(t, 'ask')), text: question } as const] : []),
  ];
}

export function agendaBlocks(agenda: DebriefAgenda, ctx: AgendaContext): Block[] {
  const { t } = ctx;
  return [
    ...standing(agenda, ctx),
    {
      kind: 'heading',
      level: 2,
      text: agenda.items.length ? d(t, 'agendaHeading', { count: agenda.items.length }) : d(t, 'agendaHeadingNone'),
    },
    ...(agenda.items.length
      ? agenda.items.flatMap((item, i) => itemBlocks(item, i + 1, ctx))
      : [{ kind: 'paragraph', style: 'muted', text: d(t, 'nothing') } as const]),
    { kind: 'paragraph', style: 'muted', text: d(t, 'closing') },
  ];
}
