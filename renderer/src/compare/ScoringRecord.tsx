// The scoring record, as the board will read it: who could see what, every reveal and change of
// setting, lead, passphrase and weights, whether the chain of entries still holds, and what the
// record can and cannot prove.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { describeEntry } from '../../../core/hiring/panel/describe';
import { chainBreak } from '../../../core/hiring/panel/log';
import { useStudio } from '../state/store';
import { formatMoment } from '../../../core/i18n/format';

export function ScoringRecord() {
  const { t, i18n } = useTranslation();
  const hiring = useStudio((s) => s.project?.hiring);
  const broken = useMemo(() => (hiring ? chainBreak(hiring.log) : null), [hiring]);
  if (!hiring) return null;
  return (
    <section className="panel scoring-record" aria-labelledby="scoring-record-title">
      <h2 id="scoring-record-title">{t('panel.record.heading')}</h2>
      <p>
        {t(hiring.independentScoring ? 'panel.record.settingOn' : 'panel.record.settingOff')}{' '}
        {hiring.lead ? t('panel.record.lead', { name: hiring.lead.name }) : t('panel.record.noLead')}
      </p>
      <p className="hint">{t('panel.record.proves')}</p>
      {broken !== null && (
        <p className="warning" role="alert">
          {t('panel.record.broken', { n: broken + 1 })}
        </p>
      )}
      {hiring.log.length === 0 ? (
        <p className="hint">{t('panel.record.empty')}</p>
      ) : (
        <div className="matrix-scroll">
          <table className="ratings-table record-table">
            <caption className="visually-hidden">{t('panel.record.heading')}</caption>
            <thead>
              <tr>
                {['when', 'who', 'what', 'why'].map((c) => (
                  <th key={c} scope="col">
                    {t(`panel.record.column.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {hiring.log.map((entry, i) => {
                const words = describeEntry(entry, t);
                const flagged = entry.kind === 'lead-reset' || (broken !== null && i >= broken);
                return (
                  <tr key={entry.id} className={flagged ? 'flag-row' : undefined}>
                    <td>{formatMoment(new Date(entry.at), i18n.language)}</td>
                    <td>{words.who}</td>
                    <td>{words.what}</td>
                    <td>{words.why}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
