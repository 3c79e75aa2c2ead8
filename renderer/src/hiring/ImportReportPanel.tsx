// What the last import did, file by file: cards added, identical ones skipped, files for people
// this project does not have, files that are not valid scorecards, and conflicts to settle.
import { useTranslation } from 'react-i18next';
import { settleConflict, type Conflict } from '../../../core/hiring/exchange';
import { describeProblem } from '../../../core/i18n/problem';
import { MAX_SHOWN_FIELDS } from '../../../core/result';
import { useStudio } from '../state/store';
import { ConflictCard } from './ConflictCard';

/** The first 50 files of a group and how many more: thousands of dropped files never become thousands of lines. */
function FileList({ titleKey, files }: { titleKey: string; files: readonly { key: string; text: () => string }[] }) {
  const { t } = useTranslation();
  if (files.length === 0) return null;
  const more = files.length - MAX_SHOWN_FIELDS;
  return (
    <div className="report-group">
      <h3>{t(titleKey, { count: files.length })}</h3>
      <ul>
        {files.slice(0, MAX_SHOWN_FIELDS).map((f) => (
          <li key={f.key}>{f.text()}</li>
        ))}
        {more > 0 && <li>{t('ui.more', { count: more })}</li>}
      </ul>
    </div>
  );
}

export function ImportReportPanel() {
  const { t } = useTranslation();
  const report = useStudio((s) => s.importReport);
  const hiring = useStudio((s) => s.project?.hiring);
  const { setImportReport, updateHiring } = useStudio.getState();
  if (!report || !hiring) return null;

  const person = (list: readonly { id: string; name: string }[], id: string) => list.find((x) => x.id === id)?.name ?? id;
  const settle = (conflict: Conflict, keep: 'existing' | 'incoming') => {
    updateHiring((h) => settleConflict(h, conflict, keep));
    setImportReport({ ...report, conflicts: report.conflicts.filter((c) => c !== conflict) });
    document.getElementById('import-report-title')?.focus();
  };
  const nothing =
    report.added.length +
      report.duplicates.length +
      report.unknown.length +
      report.problems.length +
      report.conflicts.length +
      report.notes.length ===
    0;

  return (
    <section className="panel import-report" aria-labelledby="import-report-title">
      <h2 id="import-report-title" tabIndex={-1}>
        {t('ui.exchange.reportTitle')}
      </h2>
      {nothing && <p className="hint">{t('ui.exchange.nothing')}</p>}
      <FileList
        titleKey="ui.exchange.added"
        files={report.added.map((a) => ({
          key: a.file,
          text: () =>
            t('ui.exchange.addedLine', {
              file: a.file,
              candidate: person(hiring.candidates, a.candidateId),
              interviewer: person(hiring.interviewers, a.interviewerId),
            }),
        }))}
      />
      <FileList
        titleKey="ui.exchange.notes"
        files={report.notes.map((n, i) => ({
          key: `${n.file}-${i}`,
          text: () => `${n.file}: ${t(`panel.merge.${n.code}`, { ...n.params })}`,
        }))}
      />
      <FileList titleKey="ui.exchange.duplicates" files={report.duplicates.map((file) => ({ key: file, text: () => file }))} />
      <FileList titleKey="ui.exchange.unknown" files={report.unknown.map((file) => ({ key: file, text: () => file }))} />
      <FileList
        titleKey="ui.exchange.invalid"
        files={report.problems.map((p, i) => ({
          key: `${p.file}-${i}`,
          text: () => `${p.file}: ${describeProblem(p.problem, t).join(' ')}`,
        }))}
      />
      {report.conflicts.length > 0 && (
        <div className="report-group">
          <h3>{t('ui.exchange.conflicts', { count: report.conflicts.length })}</h3>
          <p className="hint">{t('ui.exchange.conflictsHint')}</p>
          {report.conflicts.map((conflict) => (
            <ConflictCard
              key={`${conflict.file}-${conflict.existing.id}`}
              conflict={conflict}
              onSettle={(keep) => settle(conflict, keep)}
            />
          ))}
        </div>
      )}
      <button type="button" className="quiet" onClick={() => setImportReport(null)}>
        {t(report.conflicts.length ? 'ui.exchange.closeKeeping' : 'ui.exchange.close')}
      </button>
    </section>
  );
}
