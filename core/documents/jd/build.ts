// Role design → job-description tree: a Heading 1 for each section, naming the part of the role
// design it comes from, in the order an executive-search brief reads. Only what a candidate should
// read: the archetype and rubric weights are internal and live in the interviewer guide and the
// board pack. Pure: the same input always gives the same document; the date is passed in.
import type { Translate } from '../../i18n/index.js';
import type { RoleDesign } from '../../schema/role.js';
import { metricName } from '../../role/metrics.js';
import { groupByTheme } from '../../role/themes.js';
import { documentFrame } from '../frame.js';
import type { Block, DocumentTree, SectionId } from '../tree.js';
import { companySentence, whyNowParagraphs } from './company.js';
import { applyBlocks, equalOpportunityBlocks, locationBlocks, payBlocks } from './posting.js';
import { reportingSection } from './reporting.js';

interface Section {
  id: SectionId;
  blocks: Block[];
}

export interface BuildOptions {
  date: Date;
}

const present = (text: string) => text.trim().length > 0;
const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
const bullets = (items: readonly { text: string }[]): Block[] => {
  const texts = items.map((i) => i.text.trim()).filter(present);
  return texts.length ? [{ kind: 'bullets', items: texts }] : [];
};

function metricsTable(role: RoleDesign, t: Translate): Block[] {
  const rows = role.objectives.metrics.map((m) => [metricName(m, t), m.current.trim(), m.target.trim()]);
  if (!rows.length) return [];
  return [
    paragraph(t('jd.metrics.intro')),
    {
      kind: 'table',
      header: [t('jd.metrics.column.metric'), t('jd.metrics.column.current'), t('jd.metrics.column.target')],
      rows,
      widths: [34, 33, 33],
    },
  ];
}

function sections(role: RoleDesign, t: Translate): Section[] {
  const outcomes = bullets(role.objectives.outcomes);
  // the background paragraph follows the role's scope: a CPO's paths are HR or operations, not marketing
  const scope = { context: role.context.scope };
  return [
    {
      id: 'company',
      blocks: [companySentence(role.company, t, role.locale), role.company.description.trim()].filter(present).map(paragraph),
    },
    {
      id: 'objective',
      blocks: [
        ...whyNowParagraphs(role.context, t).map(paragraph),
        ...(present(role.objectives.purpose) ? [paragraph(role.objectives.purpose.trim())] : []),
        ...(outcomes.length ? [paragraph(t('jd.objective.outcomesLead')), ...outcomes] : []),
      ],
    },
    {
      id: 'responsibilities',
      blocks: groupByTheme(role.responsibilities).flatMap(({ theme, items }): Block[] => [
        { kind: 'heading', level: 2, text: theme },
        { kind: 'bullets', items: items.map((r) => r.text.trim()) },
      ]),
    },
    { id: 'reporting', blocks: reportingSection(role, t) },
    { id: 'location', blocks: locationBlocks(role, t) },
    { id: 'background', blocks: [paragraph(t(`jd.background.${role.background.choice}`, scope))] },
    { id: 'mustHaves', blocks: bullets(role.mustHaves) },
    { id: 'qualities', blocks: bullets(role.qualities) },
    { id: 'niceToHaves', blocks: bullets(role.niceToHaves) },
    { id: 'metrics', blocks: metricsTable(role, t) },
    { id: 'pay', blocks: payBlocks(role, t) },
    { id: 'apply', blocks: applyBlocks(role, t) },
    { id: 'equalOpportunity', blocks: equalOpportunityBlocks(role) },
  ];
}

export function buildJobDescription(role: RoleDesign, t: Translate, options: BuildOptions): DocumentTree {
  const company = role.company.name.trim();
  return {
    kind: 'jobDescription',
    title: role.title.trim(),
    subtitle: company ? t('jd.subtitle.withCompany', { company }) : t('jd.subtitle.withoutCompany'),
    // an empty section would print a heading over nothing, so it is left out
    blocks: sections(role, t)
      .filter((s) => s.blocks.length > 0)
      .flatMap((s): Block[] => [{ kind: 'heading', level: 1, text: t(`jd.heading.${s.id}`), section: s.id }, ...s.blocks]),
    // a job description is published: no Confidential marking
    frame: documentFrame(t, { kind: 'jobDescription', role, date: options.date, confidential: false }),
  };
}
