// Project → board pack: what a board reads offline before deciding on a role design. A report tree
// like the interviewer guide and the results (core/report/tree.ts), so core/docx renders it with
// the same styles and blocks. Pure; the date is passed in so tests and exports agree on it.
import type { Translate } from '../../i18n/index.js';
import type { DocumentTree } from '../tree.js';
import type { Project } from '../../schema/project.js';
import { languageAppendix } from './appendix.js';
import { changesPart } from './changes.js';
import { packContext } from './context.js';
import { coverBlocks, footerVersion, presented } from './cover.js';
import { decisionRecord } from './decisions.js';
import { candidatesPart, rubricPart } from './hiring.js';
import { jobDescriptionPart } from './jd-part.js';
import { keptWordingPart } from './kept-wording.js';
import { reasoningPart } from './reasoning.js';
import { summaryBlocks } from './summary.js';

export interface BoardPackOptions {
  date: Date;
  /** add the appendix of language checks run on the job description */
  languageAppendix: boolean;
}

export function buildBoardPack(project: Project, translate: Translate, options: BoardPackOptions): DocumentTree {
  const ctx = packContext(project, translate, options.date);
  const { t } = ctx;
  const shown = presented(ctx);
  const role = project.role.title.trim();
  const company = project.role.company.name.trim();
  const parts = [
    ...summaryBlocks(ctx),
    ...jobDescriptionPart(ctx, options.date),
    ...reasoningPart(ctx),
    ...keptWordingPart(ctx),
    ...changesPart(shown, ctx),
    ...rubricPart(ctx),
    ...candidatesPart(ctx),
    ...decisionRecord(shown, ctx),
    ...(options.languageAppendix ? languageAppendix(ctx) : []),
  ];
  // the cover lists the parts by their Heading 1s, so the list never disagrees with the pack
  const contents = parts.flatMap((b) => (b.kind === 'heading' && b.level === 1 ? [b.text] : []));
  return {
    title: role,
    subtitle: company ? t('boardPack.subtitleWithCompany', { company }) : t('boardPack.subtitle'),
    blocks: [...coverBlocks(shown, ctx, contents), ...parts],
    footer: t('boardPack.footer', { role, version: footerVersion(shown, ctx), date: ctx.packDate }),
  };
}
