// Interviewer mode: a scorecard file or pack opened on its own. It shows only this interviewer's
// candidates, criteria, anchors and questions, and their own ratings; nothing else of the project
// is in the file to show. The same scorecard editor as in the project; Save writes the file back.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findScorecard } from '../../../core/hiring/scorecard-edit';
import { useDialogs } from '../components/DialogProvider';
import { baseName } from '../host/paths';
import { ScorecardEditor } from '../hiring/ScorecardEditor';
import { useStudio } from '../state/store';
import { saveInterviewerFile } from './interviewerFile';

export function InterviewerModeView() {
  const { t } = useTranslation();
  const { confirm, pickSaveTarget, confirmReplace } = useDialogs();
  const work = useStudio((s) => s.interviewerWork);
  const dirty = useStudio((s) => s.interviewerDirty);
  const [chosen, setChosen] = useState<string | null>(work?.hiring.candidates[0]?.id ?? null);
  if (!work) return null;
  const interviewer = work.hiring.interviewers[0]!;
  const candidate = work.hiring.candidates.find((c) => c.id === chosen) ?? null;
  const pack = work.source.kind === 'pack';

  const close = async () => {
    if (
      dirty &&
      !(await confirm({
        titleKey: 'ui.interviewer.closeTitle',
        bodyKey: 'ui.interviewer.closeBody',
        confirmKey: 'ui.interviewer.closeConfirm',
      }))
    )
      return;
    useStudio.getState().closeInterviewerWork();
  };
  const saveAs = async () => {
    const target = await pickSaveTarget({ mode: 'save', kind: pack ? 'docx' : 'scorecard', suggestedName: baseName(work.path) });
    if (target) await saveInterviewerFile(target, confirmReplace);
  };

  return (
    <main className="workspace interviewer-mode" aria-labelledby="view-title">
      <h1 id="view-title" tabIndex={-1}>
        {t('ui.interviewer.title', { name: interviewer.name })}
      </h1>
      <p className="lede">
        {t(pack ? 'ui.interviewer.introPack' : 'ui.interviewer.introFile', { role: work.roleTitle, file: baseName(work.path) })}
      </p>
      <div className="toolbar panel">
        <button type="button" className="primary" onClick={() => void saveInterviewerFile()}>
          {t(pack ? 'ui.interviewer.savePack' : 'ui.interviewer.saveFile')}
        </button>
        <button type="button" className="secondary" onClick={() => void saveAs()}>
          {t('ui.interviewer.saveAs')}
        </button>
        <button type="button" className="quiet" onClick={() => void close()}>
          {t('ui.interviewer.close')}
        </button>
        <p className="hint">{t(dirty ? 'ui.interviewer.unsaved' : 'ui.interviewer.allSaved')}</p>
      </div>
      <div className="candidates-layout">
        <nav className="panel candidate-list" aria-labelledby="interviewer-candidates">
          <h2 id="interviewer-candidates">{t('ui.interviewer.candidates', { count: work.hiring.candidates.length })}</h2>
          <ul>
            {work.hiring.candidates.map((c) => {
              const card = findScorecard(work.hiring, c.id, interviewer.id);
              return (
                <li key={c.id}>
                  <button
                    type="button"
                    className="candidate-entry"
                    aria-current={c.id === chosen ? 'true' : undefined}
                    onClick={() => setChosen(c.id)}
                  >
                    <span className="candidate-name">{c.name}</span>
                    {c.currentRole && <span className="candidate-meta">{c.currentRole}</span>}
                    <span className="candidate-progress">{t(`ui.scorecard.state.${card?.status ?? 'none'}`)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </nav>
        {candidate ? (
          <ScorecardEditor
            key={candidate.id}
            candidate={candidate}
            interviewer={interviewer}
            rubric={work.rubric}
            hiring={work.hiring}
            onChange={useStudio.getState().updateInterviewerHiring}
            onSave={() => void saveInterviewerFile()}
          />
        ) : (
          <p className="panel empty-detail">{t('ui.candidates.choose')}</p>
        )}
      </div>
    </main>
  );
}
