// The interviewer guide's reading part: the role in one page, how to use the 1–5 scale, then every
// criterion grouped, with its weight, its anchors for 1, 3 and 5, the questions and the evidence.
import type { Translate } from '../../i18n/index.js';
import { ARCHETYPES } from '../../role/vocabulary.js';
import type { Project } from '../../schema/project.js';
import { CRITERION_GROUPS, type Criterion } from '../../schema/rubric.js';
import { emphasisChart } from '../archetype-chart.js';
import { cite } from '../../sources/cite.js';
import { citeFact, factSentence } from '../../sources/facts.js';
import type { Block } from '../tree.js';

/** The sources the guide cites: the archetypes, as Medallia quotes Bill Staikos, and why the interviews are structured. */
export const GUIDE_SOURCES = ['staikos-archetypes', 'sackett-2022'] as const;

const present = (text: string) => text.trim().length > 0;
/** "Weight:" — the catalogue places the colon, as languages differ on spacing */
export const label = (t: Translate, text: string) => t('scoring.label', { label: text });

export function rolePage(project: Project, t: Translate): Block[] {
  const { role } = project;
  const purpose = role.objectives.purpose.trim();
  const outcomes = role.objectives.outcomes.map((o) => o.text.trim()).filter(present);
  const choice = role.background.choice;
  // the trade-off's words follow the role's scope: a CPO's other path is HR or operations
  const scope = { context: role.context.scope };
  return [
    { kind: 'heading', level: 1, text: t('scoring.rubricDoc.role.heading') },
    { kind: 'heading', level: 2, text: t('scoring.rubricDoc.role.purpose') },
    { kind: 'paragraph', text: purpose || t('scoring.rubricDoc.role.noPurpose'), ...(purpose ? {} : { style: 'muted' as const }) },
    ...(outcomes.length
      ? [{ kind: 'heading', level: 2, text: t('scoring.rubricDoc.role.outcomes') } as const, { kind: 'bullets', items: outcomes } as const]
      : []),
    { kind: 'heading', level: 2, text: t('scoring.rubricDoc.role.background') },
    { kind: 'labelled', label: label(t, t(`vocab.background.${choice}`, scope)), text: t(`scoring.rubricDoc.role.probe.${choice}`, scope) },
    { kind: 'heading', level: 2, text: t('scoring.rubricDoc.role.archetypes') },
    {
      kind: 'paragraph',
      text: t('scoring.rubricDoc.role.archetypesIntro', { source: cite('staikos-archetypes', { t, locale: role.locale }) }),
    },
    {
      kind: 'table',
      header: ['archetype', 'meaning', 'weight'].map((c) => t(`scoring.rubricDoc.role.column.${c}`)),
      rows: ARCHETYPES.map((a) => [
        t(`vocab.archetype.${a}`),
        t(`vocab.archetypeMeaning.${a}`),
        { text: t('scoring.percent', { value: role.archetypes[a] }), align: 'center' },
      ]),
      widths: [22, 63, 15],
      boldFirstColumn: true,
    },
    emphasisChart(role.archetypes, t),
  ];
}

export function scaleSection(project: Project, t: Translate): Block[] {
  const rules = ['evidence', 'writeDown', 'independent', 'blank'].map((r) => t(`scoring.rubricDoc.scale.rules.${r}`));
  return [
    { kind: 'heading', level: 1, text: t('scoring.rubricDoc.scale.heading'), pageBreakBefore: true },
    { kind: 'paragraph', text: t('scoring.rubricDoc.scale.intro') },
    {
      kind: 'paragraph',
      style: 'muted',
      text: t('scoring.rubricDoc.scale.why', {
        fact: factSentence('structuredInterviews', { t }),
        source: citeFact('structuredInterviews', { t, locale: project.role.locale }),
      }),
    },
    {
      kind: 'table',
      header: [t('scoring.rubricDoc.scale.column.rating'), t('scoring.rubricDoc.scale.column.meaning')],
      rows: [1, 2, 3, 4, 5].map((n) => [
        { text: String(n), align: 'center', ...(n % 2 ? {} : { shade: 'F3F4F6' }) },
        { text: t(`scoring.rubricDoc.scale.meaning.${n}`), ...(n % 2 ? {} : { shade: 'F3F4F6' }) },
      ]),
      widths: [12, 88],
      boldFirstColumn: true,
    },
    { kind: 'paragraph', text: t('scoring.rubricDoc.scale.rulesLead') },
    { kind: 'bullets', items: rules },
    {
      kind: 'paragraph',
      style: 'lead',
      text: t(project.hiring.independentScoring ? 'scoring.rubricDoc.scale.independentOn' : 'scoring.rubricDoc.scale.independentOff'),
    },
  ];
}

function criterionBlocks(c: Criterion, t: Translate): Block[] {
  const anchor = (rating: number, text: string) => [{ text: String(rating), align: 'center' as const }, text];
  const evidence = c.evidence.trim();
  return [
    { kind: 'heading', level: 3, text: c.title },
    {
      kind: 'labelled',
      label: label(t, t('scoring.rubricDoc.criteria.weight')),
      text: t('scoring.rubricDoc.criteria.weightText', { weight: c.weight }),
      keepNext: true,
    },
    {
      kind: 'table',
      header: [t('scoring.rubricDoc.criteria.anchorsColumn.rating'), t('scoring.rubricDoc.criteria.anchorsColumn.looksLike')],
      rows: [anchor(1, c.anchors.low), anchor(3, c.anchors.mid), anchor(5, c.anchors.high)],
      widths: [12, 88],
      boldFirstColumn: true,
    },
    { kind: 'labelled', label: label(t, t('scoring.rubricDoc.criteria.questions')), text: '' },
    { kind: 'bullets', items: c.questions },
    ...(evidence ? [{ kind: 'labelled', label: label(t, t('scoring.rubricDoc.criteria.evidence')), text: evidence } as const] : []),
  ];
}

export function criteriaSection(project: Project, t: Translate): Block[] {
  const { criteria } = project.rubric;
  const groups = CRITERION_GROUPS.map((group) => ({ group, items: criteria.filter((c) => c.group === group) })).filter(
    (g) => g.items.length,
  );
  return [
    { kind: 'heading', level: 1, text: t('scoring.rubricDoc.criteria.heading'), pageBreakBefore: true },
    { kind: 'paragraph', text: t('scoring.rubricDoc.criteria.intro') },
    ...groups.flatMap(({ group, items }): Block[] => [
      {
        kind: 'heading',
        level: 2,
        text: t('scoring.groupShare', { group: t(`scoring.group.${group}`), weight: items.reduce((s, c) => s + c.weight, 0) }),
      },
      ...items.flatMap((c) => criterionBlocks(c, t)),
    ]),
  ];
}
