// The one-page summary: what a board member reads if they read nothing else. Figures come from the
// same functions as the other documents (aggregate() and the results ranking), never recomputed.
import type { Translate } from '../../i18n/index.js';
import { ARCHETYPES } from '../../role/vocabulary.js';
import type { Block } from '../tree.js';
import { oneDecimal, rankCandidates } from '../results/summary.js';
import type { RoleDesign } from '../../schema/role.js';
import { h1, labelled, present, type PackContext } from './context.js';
import { decisionLine } from './decisions.js';

export function reportingLineName(role: RoleDesign, t: Translate): string {
  const { reportingLine, reportingLineOther } = role.context;
  if (reportingLine !== 'other') return t(`vocab.reportingLine.${reportingLine}`);
  return reportingLineOther.trim() || t('vocab.reportingLine.other');
}

export const archetypeWeights = (role: RoleDesign, t: Translate): string =>
  ARCHETYPES.map((a) => t('boardPack.summary.archetypeWeight', { name: t(`vocab.archetype.${a}`), weight: role.archetypes[a] })).join(
    t('scoring.listSeparator'),
  );

function candidatesLine(ctx: PackContext): string {
  const { project, t, locale } = ctx;
  const { candidates } = project.hiring;
  if (!candidates.length) return t('boardPack.summary.noCandidates');
  const ranked = rankCandidates(candidates, ctx.results, locale, ctx.panel.candidates);
  const count = t('scoring.resultsDoc.candidates', { count: candidates.length });
  const leader = ranked[0];
  if (!leader || leader.result.score === null) return t('boardPack.summary.candidatesUnscored', { candidates: count });
  // only a candidate whose scoring is complete leads; the score is the one the comparison ranks by
  if (!leader.result.complete) return t('panel.results.noneComplete', { candidates: count });
  const score = oneDecimal(locale).format(leader.measured?.score ?? leader.result.score);
  return t('boardPack.summary.candidatesLeader', { candidates: count, name: leader.candidate.name, score });
}

export function summaryBlocks(ctx: PackContext): Block[] {
  const { project, t } = ctx;
  const { role, rubric, review } = project;
  const purpose = role.objectives.purpose.trim();
  const outcomes = role.objectives.outcomes.map((o) => o.text.trim()).filter(present);
  const latest = review.decisions.at(-1);
  const counts = [
    t('boardPack.summary.mustHaves', { count: role.mustHaves.length }),
    t('boardPack.summary.qualities', { count: role.qualities.length }),
    t('boardPack.summary.criteria', { count: rubric.criteria.length }),
  ].join(t('scoring.listSeparator'));
  const s = (key: string) => t(`boardPack.summary.${key}`);
  return [
    h1(s('heading')),
    labelled(t, s('purpose'), purpose || s('noPurpose')),
    labelled(t, s('outcomes'), outcomes.length ? '' : s('noOutcomes')),
    ...(outcomes.length ? [{ kind: 'bullets', items: outcomes } as const] : []),
    labelled(t, s('reportsTo'), reportingLineName(role, t)),
    labelled(t, s('scope'), t(`vocab.scope.${role.context.scope}`)),
    labelled(t, s('boardSeat'), s(role.context.executiveBoardSeat ? 'yes' : 'no')),
    labelled(t, s('background'), t(`vocab.background.${role.background.choice}`, { context: role.context.scope })),
    labelled(t, s('archetypes'), archetypeWeights(role, t)),
    labelled(t, s('inNumbers'), counts),
    labelled(t, s('candidates'), candidatesLine(ctx)),
    latest ? labelled(t, s('latestDecision'), decisionLine(latest, ctx)) : labelled(t, s('latestDecision'), s('noDecision')),
  ];
}
