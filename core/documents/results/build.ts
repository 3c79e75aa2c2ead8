// Project → candidate results: a summary of every candidate in score order (complete ones ranked,
// incomplete ones after them), the panel measured, then a full page for each candidate on the
// shortlist (the top N by score and any added by hand), then the scoring record. Scores are the
// measured panel's: adjusted for interviewer severity, raw beside them.
import { intlLocale } from '../../i18n/locales.js';
import type { Translate } from '../../i18n/index.js';
import type { Project } from '../../schema/project.js';
import type { Scorecard } from '../../schema/rubric.js';
import { measurePanel } from '../../hiring/scoring/measured.js';
import { shortlistOf } from '../../hiring/shortlist.js';
import { documentFrame } from '../frame.js';
import { recordBlocks } from '../record/record.js';
import { PANEL_SOURCE, panelBlocks } from './panel.js';
import { memoTranslate } from '../memo.js';
import { referencesSection } from '../references.js';
import { cite } from '../../sources/cite.js';
import type { DocumentTree } from '../tree.js';
import { candidatePage, type CandidateContext } from './candidate.js';
import { oneDecimal, rankCandidates, summarySection } from './summary.js';

/**
 * Up to this many candidates, the pages are laid out at export (the count and the contents' page
 * numbers written into the file): about a second on a quiet machine. A larger pool's summary table
 * would take longer than the export itself, so Word and LibreOffice count its pages on opening.
 */
export const LAID_OUT_ROWS = 150;

/** The archetypes each shortlisted candidate's profile is drawn on. */
const ARCHETYPES_SOURCE = 'staikos-archetypes';

/** "5 June 2026 at 16:00 UTC": stored times are UTC, printed the same on every machine. */
export function stampOf(locale: string, t: Translate): (timestamp: string) => string {
  const tag = intlLocale(locale);
  const days = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const times = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
  return (timestamp) => {
    const parsed = new Date(timestamp);
    return Number.isNaN(parsed.getTime()) ? timestamp : t('boardPack.dateTime', { date: days.format(parsed), time: times.format(parsed) });
  };
}

function context(project: Project, t: Translate): CandidateContext {
  const { rubric, hiring } = project;
  const cards = new Map<string, Scorecard[]>();
  for (const card of hiring.scorecards) {
    if (card.status !== 'submitted') continue;
    const list = cards.get(card.candidateId);
    if (list) list.push(card);
    else cards.set(card.candidateId, [card]);
  }
  const names = new Map(hiring.interviewers.map((i) => [i.id, i.name]));
  const percents = new Map<number, string>();
  // thousands of calls for a few dozen distinct answers: kept here, cheaper than the memo's keys
  const sayings = new Map<string, string>();
  const interviewerName = (id: string) => names.get(id) ?? id;
  return {
    project,
    t,
    decimal: oneDecimal(project.role.locale),
    percent: (value) => {
      let text = percents.get(value);
      if (text === undefined) percents.set(value, (text = t('scoring.percent', { value })));
      return text;
    },
    criteria: new Map(rubric.criteria.map((c) => [c.id, c])),
    interviewerName,
    said: (key, interviewerId, rating) => {
      const id = `${key}|${interviewerId}|${rating}`;
      let text = sayings.get(id);
      if (text === undefined) sayings.set(id, (text = t(key, { name: interviewerName(interviewerId), rating })));
      return text;
    },
    cards,
  };
}

export function buildResultsDocument(project: Project, translate: Translate, options: { date: Date }): DocumentTree {
  const t = memoTranslate(translate);
  const { role, rubric, hiring } = project;
  const panel = measurePanel(rubric, hiring);
  const results = panel.raw.candidates;
  const ranked = rankCandidates(hiring.candidates, results, role.locale, panel.candidates);
  const shortlisted = shortlistOf(ranked, hiring.shortlist);
  const company = role.company.name.trim();
  const submitted = results.reduce((s, r) => s + r.submitted, 0);
  const ctx = context(project, t);
  const laidOut = ranked.length <= LAID_OUT_ROWS;
  return {
    kind: 'results',
    title: role.title.trim(),
    subtitle: company ? t('scoring.resultsDoc.subtitleWithCompany', { company }) : t('scoring.resultsDoc.subtitle'),
    blocks: [
      {
        kind: 'paragraph',
        text: t('scoring.resultsDoc.intro', {
          candidates: t('scoring.resultsDoc.candidates', { count: hiring.candidates.length }),
          scorecards: t('scoring.resultsDoc.scorecards', { count: submitted }),
        }),
      },
      ...(shortlisted.length
        ? [
            {
              kind: 'paragraph',
              style: 'muted',
              text: t('scoring.resultsDoc.archetypesSource', { source: cite(ARCHETYPES_SOURCE, { t, locale: role.locale }) }),
            } as const,
          ]
        : []),
      // a table of contents only where its page numbers are written: a list of names without pages helps nobody
      ...(laidOut ? [{ kind: 'contents', title: t('documents.contents') } as const] : []),
      ...summarySection(ranked, t, ctx.decimal, { shortlisted: shortlisted.length, top: hiring.shortlist.top }),
      ...panelBlocks(project, panel, t, { level: 1, pageBreakBefore: true }),
      ...shortlisted.flatMap((r) => candidatePage(r, ctx)),
      ...recordBlocks(hiring, t, { heading: { level: 1, pageBreakBefore: true }, stamp: stampOf(role.locale, t) }),
      ...referencesSection(shortlisted.length ? [ARCHETYPES_SOURCE, PANEL_SOURCE] : [PANEL_SOURCE], t, role.locale),
    ],
    // it names candidates and their scores
    frame: documentFrame(t, { kind: 'results', role, date: options.date, confidential: true, writePageNumbers: laidOut }),
  };
}
