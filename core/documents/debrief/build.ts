// Project → debrief agenda: how to run the debrief, then a page per candidate with what the panel
// should discuss, in order (core/hiring/debrief.ts). Candidates nobody has scored are left out.
import { debriefAgenda } from '../../hiring/debrief.js';
import { measurePanel } from '../../hiring/scoring/measured.js';
import type { Translate } from '../../i18n/index.js';
import type { Project } from '../../schema/project.js';
import { formatDate } from '../guide/build.js';
import { memoTranslate } from '../memo.js';
import { oneDecimal } from '../results/summary.js';
import type { Block, DocumentTree } from '../tree.js';
import { agendaBlocks } from './agenda.js';

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
  return {
    title: role.title.trim(),
    subtitle: company ? t('panel.debrief.subtitleWithCompany', { company }) : t('panel.debrief.subtitle'),
    blocks: [
      { kind: 'heading', level: 1, text: t('panel.debrief.howTo.heading') },
      { kind: 'paragraph', text: t('panel.debrief.howTo.intro') },
      { kind: 'bullets', items: steps },
      { kind: 'paragraph', style: 'muted', text: t('panel.debrief.howTo.source') },
      ...(pages.length ? pages : [{ kind: 'paragraph', style: 'muted', text: t('panel.debrief.noCandidates') } as const]),
    ],
    footer: t('panel.debrief.footer', { role: role.title.trim(), date: formatDate(options.date, role.locale) }),
  };
}
