// Project → candidate results: a summary of every candidate in score order (complete ones ranked,
// incomplete ones after them), the panel measured, then one page per candidate, then the scoring
// record. Scores are the measured panel's: adjusted for interviewer severity, raw beside them.
import type { Translate } from '../../i18n/index.js';
import type { Project } from '../../schema/project.js';
import type { Scorecard } from '../../schema/rubric.js';
import { measurePanel } from '../../hiring/scoring/measured.js';
import { recordBlocks } from '../record/record.js';
import { panelBlocks } from './panel.js';
import { memoTranslate } from '../memo.js';
import type { DocumentTree } from '../tree.js';
import { formatDate } from '../guide/build.js';
import { candidatePage, type CandidateContext } from './candidate.js';
import { oneDecimal, rankCandidates, summarySection } from './summary.js';

/** "5 June 2026 at 16:00 UTC": stored times are UTC, printed the same on every machine. */
export function stampOf(locale: string, t: Translate): (timestamp: string) => string {
  const days = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const times = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
  return (timestamp) => {
    const parsed = new Date(timestamp);
    return Number.isNaN(parsed.getTime()) ? timestamp : t('boardPack.dateTime', { date: days.format(parsed), time: times.format(parsed) });
  };
}

export function buildResultsDocument(project: Project, translate: Translate, options: { date: Date }): DocumentTree {
  const t = memoTranslate(translate);
  const { role, rubric, hiring } = project;
  const locale = role.locale;
  const panel = measurePanel(rubric, hiring);
  const results = panel.raw.candidates;
  const ranked = rankCandidates(hiring.candidates, results, locale, panel.candidates);
  const cards = new Map<string, Scorecard[]>();
  for (const card of hiring.scorecards) {
    if (card.status !== 'submitted') continue;
    const list = cards.get(card.candidateId);
    if (list) list.push(card);
    else cards.set(card.candidateId, [card]);
  }
  const names = new Map(hiring.interviewers.map((i) => [i.id, i.name]));
  const decimal = oneDecimal(locale);
  const percents = new Map<number, string>();
  // thousands of calls for a few dozen distinct answers: kept here, cheaper than the memo's keys
  const sayings = new Map<string, string>();
  const interviewerName = (id: string) => names.get(id) ?? id;
  const ctx: CandidateContext = {
    project,
    t,
    decimal,
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
  const company = role.company.name.trim();
  const submitted = results.reduce((s, r) => s + r.submitted, 0);
  return {
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
      ...summarySection(ranked, t, decimal),
      ...panelBlocks(project, panel, t, { level: 1, pageBreakBefore: true }),
      ...ranked.flatMap((r) => candidatePage(r, ctx)),
      ...recordBlocks(hiring, t, { heading: { level: 1, pageBreakBefore: true }, stamp: stampOf(locale, t) }),
    ],
    footer: t('scoring.resultsDoc.footer', { role: role.title.trim(), date: formatDate(options.date, locale) }),
  };
}
