// Role design → job-description tree: a Heading 1 for each section, naming the part of the role
// design it comes from. Pure: the same input always gives the same document, and the date is
// passed in so tests and exports agree on it.
import { formatDate } from '../../i18n/format.js';
import type { Translate } from '../../i18n/index.js';
import type { RoleDesign } from '../../schema/role.js';
import { ARCHETYPES } from '../../role/vocabulary.js';
import { metricName } from '../../role/metrics.js';
import { companySentence, whyNowParagraphs } from './company.js';
import { groupByTheme } from '../../role/themes.js';
import type { Block, DocumentTree, SectionId } from '../tree.js';

interface Section {
  id: SectionId;
  heading: string;
  blocks: Block[];
}

export interface BuildOptions {
  date: Date;
}

const present = (text: string) => text.trim().length > 0;
const bullets = (items: readonly { text: string }[]): Block[] => {
  const texts = items.map((i) => i.text.trim()).filter(present);
  return texts.length ? [{ kind: 'bullets', items: texts }] : [];
};

function reportingSection(role: RoleDesign, t: Translate): Block[] {
  const { context } = role;
  const line =
    context.reportingLine === 'other'
      ? context.reportingLineOther.trim() || t('vocab.reportingLine.other')
      : t(`jd.reporting.line.${context.reportingLine}`);
  // choices not decided yet (a blank start) are printed nowhere
  const reporting = [
    context.reportingLine === 'unspecified' ? '' : t('jd.reporting.reportsTo', { line }),
    context.scope === 'unspecified' ? '' : t(`jd.reporting.scope.${context.scope}`),
  ].filter(present);
  const blocks: Block[] = [
    ...(reporting.length ? [{ kind: 'paragraph' as const, text: reporting.join(' ') }] : []),
    { kind: 'paragraph', text: t(context.executiveBoardSeat ? 'jd.reporting.boardSeat' : 'jd.reporting.noBoardSeat') },
  ];
  const teams = context.teams.map((team) => (team === 'other' ? context.teamsOther.trim() : t(`vocab.team.${team}`))).filter(present);
  if (teams.length) blocks.push({ kind: 'paragraph', text: t('jd.reporting.teamsLead') }, { kind: 'bullets', items: teams });
  else blocks.push({ kind: 'paragraph', text: t('jd.reporting.noTeams') });
  return blocks;
}

function archetypeTable(role: RoleDesign, t: Translate): Block[] {
  return [
    { kind: 'paragraph', text: t('jd.archetypes.intro') },
    {
      kind: 'table',
      header: [t('jd.archetypes.column.archetype'), t('jd.archetypes.column.meaning'), t('jd.archetypes.column.weight')],
      rows: ARCHETYPES.map((a) => [
        t(`vocab.archetype.${a}`),
        t(`vocab.archetypeMeaning.${a}`),
        t('jd.archetypes.weight', { weight: role.archetypes[a] }),
      ]),
      widths: [22, 63, 15],
    },
  ];
}

function metricsTable(role: RoleDesign, t: Translate): Block[] {
  const rows = role.objectives.metrics.map((m) => [metricName(m, t), m.current.trim(), m.target.trim()]);
  if (!rows.length) return [];
  return [
    { kind: 'paragraph', text: t('jd.metrics.intro') },
    {
      kind: 'table',
      header: [t('jd.metrics.column.metric'), t('jd.metrics.column.current'), t('jd.metrics.column.target')],
      rows,
      widths: [34, 33, 33],
    },
  ];
}

export function buildJobDescription(role: RoleDesign, t: Translate, options: BuildOptions): DocumentTree {
  const company = role.company.name.trim();
  const responsibilities: Block[] = groupByTheme(role.responsibilities).flatMap(({ theme, items }) => [
    { kind: 'heading', level: 2, text: theme } as Block,
    { kind: 'bullets', items: items.map((r) => r.text.trim()) } as Block,
  ]);
  const outcomes = bullets(role.objectives.outcomes);
  const sections: Section[] = [
    {
      id: 'company',
      heading: t('jd.heading.company'),
      blocks: [
        ...[companySentence(role.company, t), role.company.description.trim(), ...whyNowParagraphs(role.context, t)]
          .filter(present)
          .map((text): Block => ({ kind: 'paragraph', text })),
      ],
    },
    {
      id: 'objective',
      heading: t('jd.heading.objective'),
      blocks: [
        ...(present(role.objectives.purpose) ? [{ kind: 'paragraph', text: role.objectives.purpose.trim() } as Block] : []),
        ...(outcomes.length ? [{ kind: 'paragraph', text: t('jd.objective.outcomesLead') } as Block, ...outcomes] : []),
      ],
    },
    { id: 'responsibilities', heading: t('jd.heading.responsibilities'), blocks: responsibilities },
    { id: 'reporting', heading: t('jd.heading.reporting'), blocks: reportingSection(role, t) },
    {
      id: 'background',
      heading: t('jd.heading.background'),
      blocks: [{ kind: 'paragraph', text: t(`jd.background.${role.background.choice}`) }],
    },
    { id: 'mustHaves', heading: t('jd.heading.mustHaves'), blocks: bullets(role.mustHaves) },
    { id: 'qualities', heading: t('jd.heading.qualities'), blocks: bullets(role.qualities) },
    { id: 'niceToHaves', heading: t('jd.heading.niceToHaves'), blocks: bullets(role.niceToHaves) },
    { id: 'archetypes', heading: t('jd.heading.archetypes'), blocks: archetypeTable(role, t) },
    { id: 'metrics', heading: t('jd.heading.metrics'), blocks: metricsTable(role, t) },
  ];
  const date = formatDate(options.date, role.locale);
  return {
    title: role.title.trim(),
    subtitle: company ? t('jd.subtitle.withCompany', { company }) : t('jd.subtitle.withoutCompany'),
    // an empty section would print a heading over nothing, so it is left out
    blocks: sections
      .filter((s) => s.blocks.length > 0)
      .flatMap((s): Block[] => [{ kind: 'heading', level: 1, text: s.heading, section: s.id }, ...s.blocks]),
    footer: t('jd.footer', { role: role.title.trim(), date }),
  };
}
