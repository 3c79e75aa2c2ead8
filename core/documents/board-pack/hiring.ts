// The hiring side of the pack: the rubric in one table (criteria by group, with weights), and the
// candidates compared with the results document's own summary table when there are any.
import type { Cell, Block } from '../tree.js';
import { oneDecimal, rankCandidates, summarySection } from '../results/summary.js';
import { CRITERION_GROUPS } from '../../schema/rubric.js';
import { h1, muted, type PackContext } from './context.js';
import { panelBlocks } from '../results/panel.js';
import { recordBlocks } from '../record/record.js';

export function rubricPart(ctx: PackContext): Block[] {
  const { t, project } = ctx;
  const { criteria } = project.rubric;
  const heading = h1(t('boardPack.rubric.heading'));
  if (!criteria.length) return [heading, muted(t('boardPack.rubric.none'))];
  const groups = CRITERION_GROUPS.map((group) => ({ group, items: criteria.filter((c) => c.group === group) })).filter(
    (g) => g.items.length,
  );
  const rows = groups.flatMap(({ group, items }) =>
    items.map((c, i): Cell[] => [
      // the group names its first row only, so the table reads as grouped without merged cells
      i === 0
        ? { text: t(`scoring.group.${group}`), note: t('boardPack.rubric.groupTotal', { weight: items.reduce((s, x) => s + x.weight, 0) }) }
        : '',
      c.title,
      { text: t('scoring.percent', { value: c.weight }), align: 'center' },
    ]),
  );
  return [
    heading,
    {
      kind: 'paragraph',
      text: t('boardPack.rubric.intro', {
        criteria: t('boardPack.summary.criteria', { count: criteria.length }),
        groups: t('boardPack.rubric.groups', { count: groups.length }),
      }),
    },
    {
      kind: 'table',
      header: ['group', 'criterion', 'weight'].map((c) => ({
        text: t(`boardPack.rubric.column.${c}`),
        align: c === 'weight' ? 'center' : 'left',
      })),
      rows,
      widths: [20, 68, 12],
      boldFirstColumn: true,
    },
  ];
}

/**
 * Nothing at all without candidates: an empty comparison tells a board nothing. With them, the
 * comparison, the panel measured, and the scoring record (reveals, settings, weights after scoring).
 */
export function candidatesPart(ctx: PackContext): Block[] {
  const { project, locale } = ctx;
  const { candidates } = project.hiring;
  if (!candidates.length)
    return project.hiring.log.length
      ? recordBlocks(project.hiring, ctx.t, { heading: { level: 1, pageBreakBefore: true }, stamp: ctx.stamp })
      : [];
  const { t } = ctx;
  const { results } = ctx;
  const submitted = results.reduce((s, r) => s + r.submitted, 0);
  // the results document's summary, under the pack's own heading instead of its "Summary"
  const [, ...table] = summarySection(rankCandidates(candidates, results, locale, ctx.panel.candidates), t, oneDecimal(locale));
  return [
    h1(t('boardPack.candidates.heading')),
    {
      kind: 'paragraph',
      text: t('scoring.resultsDoc.intro', {
        candidates: t('scoring.resultsDoc.candidates', { count: candidates.length }),
        scorecards: t('scoring.resultsDoc.scorecards', { count: submitted }),
      }),
    },
    ...table,
    ...panelBlocks(project, ctx.panel, t, { level: 2 }),
    ...recordBlocks(project.hiring, t, { heading: { level: 1, pageBreakBefore: true }, stamp: ctx.stamp }),
  ];
}
