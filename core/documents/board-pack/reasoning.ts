// Why the design is what it is, part by part (the review sections a reviewer comments on): the
// choice, the alternatives, the research behind it with every figure beside its source, the
// author's rationale and the reviewers' comments.
import type { Block } from '../tree.js';
import { REVIEW_SECTIONS, type Comment, type ReviewSection } from '../../schema/review.js';
import { citeFact, factSentence, SECTION_FACTS, sourcesOfFacts } from '../../sources/facts.js';
import { emphasisChart } from '../archetype-chart.js';
import { choiceOf } from './choices.js';
import { h1, h2, labelled, muted, type PackContext } from './context.js';

/** Every source the reasoning cites, for the pack's References. */
export const reasoningSources = (): string[] => sourcesOfFacts(REVIEW_SECTIONS.flatMap((s) => SECTION_FACTS[s]));

function researchTable(section: ReviewSection, ctx: PackContext): Block[] {
  const { t, locale } = ctx;
  const facts = SECTION_FACTS[section];
  if (!facts.length) return [];
  return [
    {
      kind: 'table',
      header: [t('boardPack.reasoning.research'), t('boardPack.reasoning.source')],
      rows: facts.map((f) => [factSentence(f, { t }), citeFact(f, { t, locale })]),
      widths: [58, 42],
    },
  ];
}

/** "Ann Lee, 5 June 2026, on version 2: …", the name in bold, like the results' evidence notes */
function commentBlock(c: Comment, ctx: PackContext): Block {
  const values = { author: c.author, date: ctx.dayOf(c.at), version: c.version };
  return {
    kind: 'labelled',
    label: ctx.t(c.version === null ? 'boardPack.reasoning.commentOnDraft' : 'boardPack.reasoning.commentBy', values),
    text: c.text,
  };
}

function sectionBlocks(section: ReviewSection, ctx: PackContext): Block[] {
  const { t, project } = ctx;
  const r = (key: string) => t(`boardPack.reasoning.${key}`);
  const { chosen, alternatives } = choiceOf(section, project, t);
  const rationale = (project.review.rationale[section] ?? '').trim();
  const comments = project.review.comments.filter((c) => c.section === section);
  return [
    h2(t(`review.section.${section}`)),
    labelled(t, r('chosen'), chosen.length === 1 ? (chosen[0] ?? '') : ''),
    ...(chosen.length > 1 ? [{ kind: 'bullets', items: chosen } as const] : []),
    ...(alternatives.length ? [labelled(t, r('alternatives'), ''), { kind: 'bullets', items: alternatives } as const] : []),
    ...researchTable(section, ctx),
    // the archetypes as the wizard draws them
    ...(section === 'archetypes' ? [emphasisChart(project.role.archetypes, t)] : []),
    ...(rationale ? [labelled(t, r('rationale'), rationale)] : [labelled(t, r('rationale'), ''), muted(r('noRationale'))]),
    labelled(t, r('comments'), ''),
    ...(comments.length ? comments.map((c) => commentBlock(c, ctx)) : [muted(r('noComments'))]),
  ];
}

export function reasoningPart(ctx: PackContext): Block[] {
  return [
    h1(ctx.t('boardPack.reasoning.heading')),
    { kind: 'paragraph', text: ctx.t('boardPack.reasoning.intro') },
    ...REVIEW_SECTIONS.flatMap((section) => sectionBlocks(section, ctx)),
  ];
}
