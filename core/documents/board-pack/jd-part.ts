// The job description inside the pack: the very tree the JD export and the Review step render,
// one heading level down under a "Job description" Heading 1, so the pack's navigation pane shows
// it as one part. Language findings never appear here; at most the appendix summarises them.
import { buildJobDescription } from '../jd/build.js';
import { demoteHeadings, type Block } from '../tree.js';
import { h1, type PackContext } from './context.js';

export function jobDescriptionPart(ctx: PackContext, date: Date): Block[] {
  const { t, project } = ctx;
  const jd = buildJobDescription(project.role, t, { date });
  return [
    h1(t('boardPack.jd.heading')),
    // Normal paragraphs, not the reports' own Lead and Note styles: this part keeps to Word's built-in styles
    { kind: 'paragraph', text: t('boardPack.jd.intro') },
    { kind: 'paragraph', text: `${jd.title}${t('scoring.listSeparator')}${jd.subtitle}` },
    ...demoteHeadings(jd.blocks, 1),
  ];
}
