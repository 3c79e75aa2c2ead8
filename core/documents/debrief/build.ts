// Project → debrief agenda: how to run the debrief, then a page per candidate with what the panel
// should discuss, in order (core/hiring/debrief.ts). Candidates nobody has scored are left out.
import { debriefAgenda } from '../../hiring/debrief.js';
import { measurePanel } from '../../hiring/scoring/measured.js';
import type { Translate } from '../../i18n/index.js';
import type { Project } from '../../schema/project.js';
import { documentFrame } from '../frame.js';
import { affordsLayout } from '../layout-budget.js';
import { memoTranslate } from '../memo.js';
import { referencesSection } from '../references.js';
import { PANEL_SOURCE } from '../results/panel.js';
import { cite } from '../../sources/cite.js';
import { oneDecimal } from '../results/summary.js';
import type { Block, DocumentTree } from '../tree.js';
import { agendaBlocks } from './agenda.js';

/** Why the debrief takes the parts before the overall view. */
const DEBRIEF_SOURCE = 'kahneman-2021';

export function buildDebrief(
  project: Project,
  translate: Translate,
  options: { date: Date; candidateIds?: readonly string[] },
): DocumentTree {
  const t = memoTranslate(translate);
  const { role, hiring } = project;
  const panel = measurePanel(project.rubric, hiring);
  const ctx = { project, panel, t, decimal: oneDecimal(role.locale) };
  const wanted = options.candidateIds ? new Set(options.candidateIds) : null;
  const candidates = hiring.candidates.filter((c, i) => (wanted ? wanted.has(c.id) : (panel.raw.candidates[i]?.submitted ?? 0) > 0));
  const company = role.company.name.trim();
  const steps = ['submitted', 'order', 'evidence', 'rerate', 'verdict'].map((k) => t(`panel.debrief.howTo.${k}`));
  const pages = candidates.flatMap((candidate): Block[] => {
    const agenda = debriefAgenda(project, panel, candidate.id);
    return agenda ? [{ kind: 'heading', level: 1, text: candidate.name, pageBreakBefore: true }, ...agendaBlocks(agenda, ctx)] : [];
  });
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: t('panel.debrief.howTo.heading') },
    { kind: 'paragraph', text: t('panel.debrief.howTo.intro') },
    { kind: 'bullets', items: steps },
    {
      kind: 'paragraph',
      style: 'muted',
      text: t('panel.debrief.howTo.source', { source: cite(DEBRIEF_SOURCE, { t, locale: role.locale }) }),
    },
    // the agendas give the panel's agreement per criterion: where its thresholds come from
    ...(pages.length
      ? [
          {
            kind: 'paragraph',
            style: 'muted',
            text: t('panel.debrief.howTo.agreementSource', { source: cite(PANEL_SOURCE, { t, locale: role.locale }) }),
          } as const,
          ...pages,
        ]
      : [{ kind: 'paragraph', style: 'muted', text: t('panel.debrief.noCandidates') } as const]),
    ...referencesSection(pages.length ? [DEBRIEF_SOURCE, PANEL_SOURCE] : [DEBRIEF_SOURCE], t, role.locale),
  ];
  return {
    kind: 'debrief',
    title: role.title.trim(),
    subtitle: company ? t('panel.debrief.subtitleWithCompany', { company }) : t('panel.debrief.subtitle'),
    blocks,
    // it names candidates and what the panel thought of them; agendas for more than a few
    // candidates leave their page count to the reader's application (layout-budget.ts)
    frame: documentFrame(t, { kind: 'debrief', role, date: options.date, confidential: true, writePageNumbers: affordsLayout(blocks) }),
  };
}
