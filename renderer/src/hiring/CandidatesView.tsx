// The Candidates area: who is scoring ("I am"), the candidates, the open candidate's scorecards,
// and scorecard files coming and going. Scorecard files can be dropped anywhere on it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PanelAccess } from '../panel/PanelAccess';
import { useStudio } from '../state/store';
import { CandidateDetail } from './CandidateDetail';
import { CandidateList } from './CandidateList';
import { HiringToolbar } from './HiringToolbar';
import { ImportReportPanel } from './ImportReportPanel';
import { NoInterviewers } from './NoInterviewers';
import { PackExportDialog } from './PackExportDialog';
import { useDropZone } from './useDropZone';
import { useScorecardExchange } from './useScorecardExchange';

export function CandidatesView() {
  const { t } = useTranslation();
  const exchange = useScorecardExchange();
  const { dragging, handlers } = useDropZone((files) => void exchange.importFiles(files));
  const hasInterviewers = useStudio((s) => (s.project?.hiring.interviewers.length ?? 0) > 0);
  const candidateId = useStudio((s) => s.candidateId);
  const candidate = useStudio((s) => s.project?.hiring.candidates.find((c) => c.id === s.candidateId) ?? null);
  const [packing, setPacking] = useState(false);

  return (
    <main className={`workspace candidates ${dragging ? 'dragging' : ''}`} aria-labelledby="view-title" {...handlers}>
      <h1 id="view-title" tabIndex={-1}>
        {t('ui.candidates.title')}
      </h1>
      <p className="lede">{t('ui.candidates.intro')}</p>
      <HiringToolbar onImport={() => void exchange.importWithDialog()} onExportPack={() => setPacking(true)} />
      <PanelAccess />
      <p className="hint drop-hint">{t('ui.exchange.dropHint')}</p>
      <ImportReportPanel />
      {!hasInterviewers && <NoInterviewers />}
      <div className="candidates-layout">
        <CandidateList />
        {candidate ? (
          <CandidateDetail
            key={candidate.id}
            candidate={candidate}
            onExportBlank={(interviewerId) => void exchange.exportBlank(candidate.id, interviewerId)}
          />
        ) : (
          <p className="panel empty-detail">{t(candidateId ? 'ui.candidates.gone' : 'ui.candidates.choose')}</p>
        )}
      </div>
      {packing && (
        <PackExportDialog
          onDone={(choice) => {
            setPacking(false);
            if (choice) void exchange.exportPack(choice.interviewerId, choice.candidateIds);
          }}
        />
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('ui.exchange.dropNow')}</p>
        </div>
      )}
    </main>
  );
}
