import { useTranslation } from 'react-i18next';
import type { RecoveryCopy } from '../../../core/contract';
import { JobDescriptionView } from '../components/JobDescriptionView';
import { Modal } from '../components/Modal';
import { NoticeText } from '../components/NoticeText';
import { DiffView } from '../review/DiffView';
import { useJobDescription } from '../wizard/useJobDescription';
import { useSavedDiff } from './useSavedDiff';

interface Props {
  copy: RecoveryCopy;
  onRestore: () => void;
  onClose: () => void;
}

/**
 * What restoring brings back. A copy of a saved file shows what differs from that file, section by
 * section; a role never saved (or whose file is gone) shows its whole job description.
 */
export function RecoveryPreview({ copy, onRestore, onClose }: Props) {
  const { t } = useTranslation();
  const jd = useJobDescription(copy.project.role);
  const compared = useSavedDiff(copy);
  const { candidates, scorecards } = copy.project.hiring;
  const saved = compared.state === 'ready' ? compared.saved.hiring : null;
  return (
    <Modal titleId="recovery-preview-title" initialFocusId="recovery-preview-close" onCancel={onClose} className="recovery-preview">
      <h2 id="recovery-preview-title">{t('ui.recovery.previewTitle')}</h2>
      {saved ? (
        <p className="hint">
          {t('ui.recovery.comparedWith', { file: copy.path })}{' '}
          {t('ui.recovery.countsChange', {
            candidates: candidates.length,
            savedCandidates: saved.candidates.length,
            scorecards: scorecards.length,
            savedScorecards: saved.scorecards.length,
          })}
        </p>
      ) : (
        <p className="hint">{t('ui.recovery.previewCounts', { candidates: candidates.length, scorecards: scorecards.length })}</p>
      )}
      {compared.state === 'unreadable' && (
        <div className="notice error">
          <p>{t('ui.recovery.savedUnreadable')}</p>
          <NoticeText notice={compared.problem} />
        </div>
      )}
      <div className="recovery-preview-body">
        {compared.state === 'loading' && <p className="hint">{t('ui.recovery.comparing')}</p>}
        {compared.state === 'ready' && <DiffView diff={compared.diff} />}
        {(compared.state === 'never-saved' || compared.state === 'unreadable') && (
          <JobDescriptionView jd={jd} lang={copy.project.role.locale} />
        )}
      </div>
      <div className="actions">
        <button type="button" id="recovery-preview-close" className="secondary" onClick={onClose}>
          {t('ui.recovery.close')}
        </button>
        <button type="button" className="primary" onClick={onRestore}>
          {t('ui.recovery.restore')}
        </button>
      </div>
    </Modal>
  );
}
