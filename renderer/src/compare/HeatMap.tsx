// Candidates × criteria: each cell the candidate's mean rating on the criterion (adjusted for
// severity when that is on), shaded from 1 to 5, marked where interviewers disagree, empty where
// nobody has rated it yet. The same page of candidates as the table, in the same order.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { decimalFormat } from '../../../core/i18n/format';
import type { MeasuredPanel } from '../../../core/hiring/scoring/measured';
import type { CompareRow } from '../../../core/hiring/scoring/rank';
import { useStudio } from '../state/store';

/** A column heading short enough for a narrow column; the full title is read out and shown on hover. */
const SHORT = 16;
const short = (title: string) => (title.length > SHORT ? `${title.slice(0, SHORT - 1).trimEnd()}…` : title);

export function HeatMap({ rows, panel, adjusted }: { rows: readonly CompareRow[]; panel: MeasuredPanel; adjusted: boolean }) {
  const { t, i18n } = useTranslation();
  const rubric = useStudio((s) => s.project?.rubric);
  const select = useStudio((s) => s.selectCandidate);
  const selectedId = useStudio((s) => s.candidateId);
  const source = adjusted ? panel.adjusted : panel.raw;
  const indexOf = useMemo(() => new Map(source.candidates.map((c, i) => [c.candidateId, i])), [source]);
  if (!rubric) return null;
  return (
    <div className="matrix-scroll heat-map">
      <table>
        <caption>{t(adjusted ? 'ui.compare.heatCaptionAdjusted' : 'ui.compare.heatCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ui.compare.column.name')}</th>
            {rubric.criteria.map((c) => (
              <th key={c.id} scope="col" title={c.title}>
                <span aria-hidden="true">{short(c.title)}</span>
                <span className="visually-hidden">{c.title}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const result = source.candidates[indexOf.get(row.candidate.id) ?? -1];
            return (
              <tr key={row.candidate.id} className={row.candidate.id === selectedId ? 'selected' : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    className="row-select"
                    aria-pressed={row.candidate.id === selectedId}
                    onClick={() => select(row.candidate.id)}
                  >
                    {row.candidate.name}
                  </button>
                </th>
                {rubric.criteria.map((c, j) => {
                  const stat = result?.criteria[j];
                  const mean = stat?.mean ?? null;
                  if (mean === null)
                    return (
                      <td key={c.id} className="heat-none">
                        {t('ui.compare.heatNone')}
                      </td>
                    );
                  const level = Math.min(5, Math.max(1, Math.round(mean)));
                  return (
                    <td key={c.id} className={`heat-${level}${stat?.disagreement ? ' disagree' : ''}`}>
                      {decimalFormat(i18n.language, 1).format(mean)}
                      {stat?.disagreement && (
                        <>
                          <span aria-hidden="true" className="heat-flag">
                            !
                          </span>
                          <span className="visually-hidden">{t('ui.compare.heatDisagree')}</span>
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="hint heat-legend">{t('ui.compare.heatLegend')}</p>
    </div>
  );
}
