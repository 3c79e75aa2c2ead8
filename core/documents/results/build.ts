// Project → candidate results: a table of every candidate in score order, then a full page for each
// candidate on the shortlist (the top N by score and any added by hand). The figures are
// aggregate()'s (raw ratings, submitted scorecards only).
import type { Translate } from '../../i18n/index.js';
import type { Project } from '../../schema/project.js';
import type { Scorecard } from '../../schema/rubric.js';
import { aggregate } from '../../hiring/scoring/aggregate.js';
import { shortlistOf } from '../../hiring/shortlist.js';
import { documentFrame } from '../frame.js';
import { memoTranslate } from '../memo.js';
import { referencesSection } from '../references.js';
import type { DocumentTree } from '../tree.js';
import { candidatePage, type CandidateContext } from './candidate.js';
import { oneDecimal, rankCandidates, summarySection } from './summary.js';

/**
 * Up to this many candidates, the pages are laid out at export (the count and the contents' page
 * numbers written into the file): about a second on a quiet machine. A larger pool's summary table
 * would take longer than the export itself, so Word and LibreOffice count its pages on opening.
 */
export const LAID_OUT_ROWS = 150;

/** The source of the archetypes each candidate's profile is measured against. */
const RESULTS_SOURCES = ['staikos-archetypes'];

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
  const { candidates: results } = aggregate(rubric, hiring);
  const ranked = rankCandidates(hiring.candidates, results, role.locale);
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
      // a table of contents only where its page numbers are written: a list of names without pages helps nobody
      ...(laidOut ? [{ kind: 'contents', title: t('documents.contents') } as const] : []),
      ...summarySection(ranked, t, ctx.decimal, { shortlisted: shortlisted.length, top: hiring.shortlist.top }),
      ...shortlisted.flatMap((r) => candidatePage(r, ctx)),
      ...referencesSection(RESULTS_SOURCES, t, role.locale),
    ],
    // it names candidates and their scores
    frame: documentFrame(t, { kind: 'results', role, date: options.date, confidential: true, writePageNumbers: laidOut }),
  };
}
