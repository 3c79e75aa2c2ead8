// What every part of the board pack reads: the project, the catalogue, the review status worked out
// once, and date formatting. Stored dates are UTC (decision days, ISO timestamps), so they are
// shown in UTC: the same file must print the same day on every reviewer's machine.
import type { Translate } from '../../i18n/index.js';
import type { Block } from '../tree.js';
import { FLAG_SHADE } from '../results/summary.js';
import { formatDate } from '../../i18n/format.js';
import { intlLocale } from '../../i18n/locales.js';
import { label } from '../guide/guide.js';
import { decisionIntegrity, reviewStatus, type DecisionIntegrity, type ReviewStatus } from '../../review/versions.js';
import { memoTranslate } from '../memo.js';
import type { Project } from '../../schema/project.js';
import type { Decision } from '../../schema/review.js';
import type { CandidateResult } from '../../hiring/scoring/aggregate.js';
import { measurePanel, type MeasuredPanel } from '../../hiring/scoring/measured.js';

export interface PackContext {
  project: Project;
  t: Translate;
  locale: string;
  status: ReviewStatus;
  /** aggregate()'s figures, worked out once for the summary and the comparison */
  results: CandidateResult[];
  /** the panel measured: severities, agreement, adjusted scores with intervals */
  panel: MeasuredPanel;
  /** decisionIntegrity() re-hashes a version's content, so each decision is checked once */
  integrity: (decision: Decision) => DecisionIntegrity;
  /** the day the pack is made, in the reader's time zone like the other exports */
  packDate: string;
  /** "2026-06-05" → "5 June 2026" */
  day: (isoDay: string) => string;
  /** "2026-06-05T16:00:00Z" → "5 June 2026 at 16:00 UTC" */
  stamp: (timestamp: string) => string;
  /** the day part of a timestamp: "5 June 2026" */
  dayOf: (timestamp: string) => string;
}

export function packContext(project: Project, translate: Translate, date: Date): PackContext {
  // labels such as "Source", "Weight" and the list separator recur in every part
  const t = memoTranslate(translate);
  const locale = project.role.locale;
  const integrity = new Map<Decision, DecisionIntegrity>();
  const region = intlLocale(locale);
  const days = new Intl.DateTimeFormat(region, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const times = new Intl.DateTimeFormat(region, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
  // a hand-edited file may hold a date Intl cannot format: print it as stored rather than fail the export
  const safe = (value: string, format: (d: Date) => string) => {
    const parsed = new Date(value);
    return Number.isNaN(parsed.getTime()) ? value : format(parsed);
  };
  const panel = measurePanel(project.rubric, project.hiring);
  return {
    project,
    t,
    locale,
    status: reviewStatus(project),
    results: panel.raw.candidates,
    panel,
    integrity: (decision) => {
      let found = integrity.get(decision);
      if (found === undefined) integrity.set(decision, (found = decisionIntegrity(project.review, decision)));
      return found;
    },
    packDate: formatDate(date, locale),
    day: (isoDay) => safe(`${isoDay}T00:00:00Z`, (d) => days.format(d)),
    dayOf: (timestamp) => safe(timestamp, (d) => days.format(d)),
    stamp: (timestamp) => safe(timestamp, (d) => t('boardPack.dateTime', { date: days.format(d), time: times.format(d) })),
  };
}

/** every part opens a page of its own */
export const h1 = (text: string): Block => ({ kind: 'heading', level: 1, text, pageBreakBefore: true });
export const h2 = (text: string): Block => ({ kind: 'heading', level: 2, text });
export const muted = (text: string): Block => ({ kind: 'paragraph', style: 'muted', text });
/** "Label: text" on one line, the label in bold; the catalogue places the colon */
export const labelled = (t: Translate, name: string, text: string): Block => ({ kind: 'labelled', label: label(t, name), text });
/**
 * A warning the reader must not miss, as a shaded one-cell box: the report tree has no callout
 * block. Bold and shade are set on the cell itself, over the header row's look from the table
 * style, so the box stands out even where a viewer ignores table-style formatting.
 */
export const warning = (text: string): Block => ({
  kind: 'table',
  header: [{ text, bold: true, shade: FLAG_SHADE }],
  rows: [],
  widths: [100],
});
export const present = (text: string) => text.trim().length > 0;
