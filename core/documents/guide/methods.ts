// The guide's evidence-based part: what each assessment method is expected to predict (Sackett,
// Zhang, Berry & Lievens, 2022), a work-sample exercise for this role scored on the same anchors as
// the interviews, and a reference-check guide mapped to the criteria.
import type { Translate } from '../../i18n/index.js';
import { cite } from '../../sources/cite.js';
import type { Project } from '../../schema/project.js';
import type { Criterion } from '../../schema/rubric.js';
import type { Block, Cell } from '../tree.js';
import { label } from './guide.js';

/** Operational validity for overall job performance, as the 2022 meta-analysis revised it. */
export const VALIDITIES = [
  { method: 'structuredInterview', validity: 0.42 },
  { method: 'jobKnowledge', validity: 0.4 },
  { method: 'workSample', validity: 0.33 },
  { method: 'cognitiveAbility', validity: 0.31 },
  { method: 'assessmentCentre', validity: 0.29 },
  { method: 'unstructuredInterview', validity: 0.19 },
] as const;

/** How many criteria the exercise is scored on: the heaviest, as a plan cannot show everything. */
const EXERCISE_CRITERIA = 5;

const g = (t: Translate, key: string, values?: Record<string, unknown>) => t(`panel.guide.${key}`, values ?? {});

export function methodsSection(project: Project, t: Translate): Block[] {
  const format = new Intl.NumberFormat(project.role.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return [
    { kind: 'heading', level: 1, text: g(t, 'methods.heading'), pageBreakBefore: true },
    { kind: 'paragraph', text: g(t, 'methods.intro') },
    {
      kind: 'table',
      header: ['method', 'validity', 'use'].map((c) => ({
        text: g(t, `methods.column.${c}`),
        align: c === 'validity' ? 'center' : 'left',
      })),
      rows: VALIDITIES.map(({ method, validity }): Cell[] => [
        g(t, `methods.method.${method}`),
        { text: format.format(validity).replace(/^0(?=[.,])/, ''), align: 'center' },
        g(t, `methods.use.${method}`),
      ]),
      widths: [28, 14, 58],
      boldFirstColumn: true,
    },
    {
      kind: 'paragraph',
      style: 'muted',
      text: g(t, 'methods.source', { source: cite('sackett-2022', { t, locale: project.role.locale }) }),
    },
  ];
}

const heaviest = (criteria: readonly Criterion[], count: number) =>
  [...criteria]
    .filter((c) => c.group !== 'custom' || c.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, count);

export function workSampleSection(project: Project, t: Translate): Block[] {
  const { role } = project;
  const company = role.company.name.trim() || g(t, 'workSample.theCompany');
  const outcomes = role.objectives.outcomes.map((o) => o.text.trim()).filter(Boolean);
  const criteria = heaviest(project.rubric.criteria, EXERCISE_CRITERIA);
  return [
    { kind: 'heading', level: 1, text: g(t, 'workSample.heading'), pageBreakBefore: true },
    { kind: 'paragraph', text: g(t, 'workSample.intro') },
    { kind: 'heading', level: 2, text: g(t, 'workSample.briefHeading') },
    { kind: 'paragraph', style: 'lead', text: g(t, 'workSample.brief', { role: role.title.trim(), company }) },
    ...(outcomes.length ? [{ kind: 'bullets', items: outcomes } as const] : []),
    { kind: 'paragraph', text: g(t, 'workSample.deliver') },
    { kind: 'heading', level: 2, text: g(t, 'workSample.runHeading') },
    { kind: 'bullets', items: ['prepare', 'materials', 'present', 'questions', 'same'].map((k) => g(t, `workSample.run.${k}`)) },
    { kind: 'heading', level: 2, text: g(t, 'workSample.scoreHeading') },
    { kind: 'paragraph', text: g(t, 'workSample.scoreIntro', { count: criteria.length }) },
    {
      kind: 'table',
      header: ['criterion', 'low', 'mid', 'high'].map((c) => g(t, `workSample.column.${c}`)),
      rows: criteria.map((c): Cell[] => [
        { text: c.title, note: t('scoring.rubricDoc.criteria.weightText', { weight: c.weight }) },
        c.anchors.low,
        c.anchors.mid,
        c.anchors.high,
      ]),
      widths: [25, 25, 25, 25],
    },
  ];
}

export function referenceSection(project: Project, t: Translate): Block[] {
  const criteria = project.rubric.criteria.filter((c) => c.group === 'mustHave' || c.group === 'quality' || c.group === 'custom');
  return [
    { kind: 'heading', level: 1, text: g(t, 'references.heading'), pageBreakBefore: true },
    { kind: 'paragraph', text: g(t, 'references.intro') },
    { kind: 'bullets', items: ['consent', 'who', 'same', 'examples', 'record'].map((k) => g(t, `references.rules.${k}`)) },
    ...criteria.flatMap((c): Block[] => [
      { kind: 'heading', level: 3, text: c.title },
      { kind: 'labelled', label: label(t, g(t, 'references.ask')), text: '', keepNext: true },
      {
        kind: 'bullets',
        items: [
          g(t, 'references.where', { criterion: c.title }),
          g(t, 'references.strong', { high: c.anchors.high }),
          g(t, 'references.again'),
        ],
      },
      ...(c.evidence.trim()
        ? [{ kind: 'labelled', label: label(t, t('scoring.rubricDoc.criteria.evidence')), text: c.evidence.trim() } as const]
        : []),
    ]),
  ];
}
