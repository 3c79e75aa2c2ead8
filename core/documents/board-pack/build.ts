// Project → board pack: what a board reads offline before deciding on a role design. The same tree
// as every other document (core/documents/tree.ts), rendered by the one renderer. It opens with the
// cover and a table of contents and ends with the References of every figure it cites. Pure; the
// date is passed in so tests and exports agree on it.
import type { Translate } from '../../i18n/index.js';
import { documentFrame } from '../frame.js';
import { referencesSection } from '../references.js';
import { PANEL_SOURCE } from '../results/panel.js';
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
import { reasoningPart, reasoningSources } from './reasoning.js';
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
  // the panel's agreement is measured only where there are candidates to compare
  const sources = [...reasoningSources(), ...(project.hiring.candidates.length ? [PANEL_SOURCE] : [])];
  return {
    kind: 'boardPack',
    title: role,
    subtitle: company ? t('boardPack.subtitleWithCompany', { company }) : t('boardPack.subtitle'),
    blocks: [...coverBlocks(shown, ctx), ...parts, ...referencesSection(sources, t, ctx.locale)],
    // it names candidates, their scores and the board's deliberations
    frame: documentFrame(t, {
      kind: 'boardPack',
      role: project.role,
      date: options.date,
      confidential: true,
      extra: [footerVersion(shown, ctx)],
    }),
  };
}
