// The panel, measured: how strictly each interviewer rates (judged on the candidates they met) and
// how far the panel agrees on each criterion, each in words.
import { useTranslation } from 'react-i18next';
import type { MeasuredPanel } from '../../../core/hiring/scoring/measured';
import { agreementShort, severityReading } from '../../../core/hiring/scoring/readings';
import { useStudio } from '../state/store';
import { PANEL_SOURCE } from '../../../core/documents/results/panel';
import { useCitations } from '../sources/useCitations';
import { decimalFormat } from '../../../core/i18n/format';
import { intlLocale } from '../../../core/i18n/locales';

export function PanelMeasures({ panel }: { panel: MeasuredPanel }) {
  const { t, i18n } = useTranslation();
  const cites = useCitations();
  const project = useStudio((s) => s.project);
  if (!project) return null;
  const points = new Intl.NumberFormat(intlLocale(i18n.language), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  });
  const plain = decimalFormat(i18n.language, 2);
  return (
    <section className="panel panel-measures" aria-labelledby="panel-measures-title">
      <h2 id="panel-measures-title">{t('ui.compare.panelHeading')}</h2>
      <p className="hint">{t('ui.compare.panelIntro')}</p>
      {panel.groups > 1 && <p className="warning">{t('panel.measure.groups', { count: panel.groups })}</p>}
      <div className="result-columns">
        <table className="ratings-table">
          <caption>{t('ui.compare.severityCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ui.scorecard.interviewer')}</th>
              <th scope="col">{t('ui.compare.severityColumn')}</th>
              <th scope="col">{t('ui.compare.readingColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {project.hiring.interviewers.map((iv, i) => {
              const severity = panel.interviewers[i]?.severity ?? null;
              return (
                <tr key={iv.id}>
                  <th scope="row">{iv.name}</th>
                  <td className="rating-cell">{severity === null ? '–' : points.format(severity)}</td>
                  <td>{severityReading(severity, t, (n) => plain.format(n))}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <table className="ratings-table">
          <caption>{t('ui.compare.agreementCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ui.coverage.criterion')}</th>
              <th scope="col">{t('ui.compare.alphaColumn')}</th>
              <th scope="col">{t('ui.compare.readingColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {project.rubric.criteria.map((c, j) => {
              const m = panel.criteria[j];
              return (
                <tr key={c.id} className={m?.agreement === 'poor' ? 'flag-row' : undefined}>
                  <th scope="row">{c.title}</th>
                  <td className="rating-cell">{m?.reliability.alpha == null ? '–' : plain.format(m.reliability.alpha)}</td>
                  <td>{m ? agreementShort(m, t) : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="hint">{t('panel.measure.source', { source: cites.source(PANEL_SOURCE) })}</p>
    </section>
  );
}
