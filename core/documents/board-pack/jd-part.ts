// The job description inside the pack: the very tree the JD export and the Review step render,
// one heading level down under a "Job description" Heading 1, so the pack's navigation pane shows
// it as one part. Language findings never appear here; at most the appendix summarises them.
import { buildJobDescription } from '../jd/build.js';
import type { Block } from '../jd/tree.js';
import type { ReportBlock } from '../tree.js';
import { h1, h2, type PackContext } from './context.js';

function demote(block: Block): ReportBlock {
  switch (block.kind) {
    case 'subheading':
      return { kind: 'heading', level: 3, text: block.text };
    case 'paragraph':
    case 'bullets':
    case 'table':
      return block;
  }
}

export function jobDescriptionPart(ctx: PackContext, date: Date): ReportBlock[] {
  const { t, project } = ctx;
  const jd = buildJobDescription(project.role, t, { date });
  return [
    h1(t('boardPack.jd.heading')),
    // Normal paragraphs, not the reports' own Lead and Note styles: this part keeps to Word's built-in styles
    { kind: 'paragraph', text: t('boardPack.jd.intro') },
    { kind: 'paragraph', text: `${jd.title}${t('scoring.listSeparator')}${jd.subtitle}` },
    ...jd.sections.flatMap((section) => [h2(section.heading), ...section.blocks.map(demote)]),
  ];
}
