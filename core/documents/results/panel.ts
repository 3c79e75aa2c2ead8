// The panel itself, measured: how severe each interviewer rates, judged on the candidates they
// met, and how far the panel agrees on each criterion. Shared by the results and the board pack.
import type { MeasuredPanel } from '../../hiring/scoring/measured.js';
import { agreementShort, severityReading } from '../../hiring/scoring/readings.js';
import type { Translate } from '../../i18n/index.js';
import { cite } from '../../sources/cite.js';
import type { Project } from '../../schema/project.js';
import type { Block, Cell } from '../tree.js';
import { FLAG_SHADE } from './summary.js';

/** Where the agreement thresholds come from: the documents that show the panel list it in their References. */
export const PANEL_SOURCE = 'krippendorff-2004';

export function panelBlocks(
  project: Project,
  panel: MeasuredPanel,
  t: Translate,
  heading: { level: 1 | 2; pageBreakBefore?: boolean },
): Block[] {
  const p = (key: string, values?: Record<string, unknown>) => t(`panel.results.${key}`, values ?? {});
  const points = new Intl.NumberFormat(project.role.locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  });
  const alphaFormat = new Intl.NumberFormat(project.role.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const sub = (text: string): Block => ({ kind: 'heading', level: heading.level === 1 ? 2 : 3, text });
  const severities = project.hiring.interviewers.map((iv, i): Cell[] => {
    const m = panel.interviewers[i]!;
    return [
      iv.name,
      { text: m.severity === null ? t('scoring.resultsDoc.criteria.none') : points.format(m.severity), align: 'center' },
      severityReading(m.severity, t, (n) => alphaFormat.format(n)),
      { text: String(m.ratings), align: 'center' },
    ];
  });
  const agreement = project.rubric.criteria.map((c, j): Cell[] => {
    const m = panel.criteria[j]!;
    const poor = m.agreement === 'poor';
    return [
      c.title,
      {
        text: m.reliability.alpha === null ? t('scoring.resultsDoc.criteria.none') : alphaFormat.format(m.reliability.alpha),
        align: 'center',
        ...(poor ? { shade: FLAG_SHADE } : {}),
      },
      agreementShort(m, t),
    ];
  });
  return [
    { kind: 'heading', ...heading, text: p('panelHeading') },
    { kind: 'paragraph', text: p('panelIntro') },
    ...(panel.groups > 1 ? [{ kind: 'paragraph', style: 'lead', text: t('panel.measure.groups', { count: panel.groups }) } as const] : []),
    sub(p('severityHeading')),
    severities.length
      ? {
          kind: 'table',
          header: ['interviewer', 'severity', 'reading', 'ratings'].map((c) => p(`column.${c}`)),
          rows: severities,
          widths: [28, 14, 44, 14],
          boldFirstColumn: true,
        }
      : { kind: 'paragraph', style: 'muted', text: p('noInterviewers') },
    sub(p('agreementHeading')),
    { kind: 'table', header: ['criterion', 'alpha', 'reading'].map((c) => p(`column.${c}`)), rows: agreement, widths: [52, 12, 36] },
    {
      kind: 'paragraph',
      style: 'muted',
      text: t('panel.measure.source', { source: cite(PANEL_SOURCE, { t, locale: project.role.locale }) }),
    },
  ];
}
