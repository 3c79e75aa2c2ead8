import { useTranslation } from 'react-i18next';
import type { RecoveryCopy } from '../../../core/contract';
import { JobDescriptionView } from '../components/JobDescriptionView';
import { Modal } from '../components/Modal';
import { useJobDescription } from '../wizard/useJobDescription';

interface Props {
  copy: RecoveryCopy;
  onRestore: () => void;
  onClose: () => void;
}

/** The recovered role's job description, read-only, so the user knows what restoring brings back. */
export function RecoveryPreview({ copy, onRestore, onClose }: Props) {
  const { t } = useTranslation();
  const jd = useJobDescription(copy.project.role);
  const { candidates, scorecards } = copy.project.hiring;
  return (
    <Modal titleId="recovery-preview-title" initialFocusId="recovery-preview-close" onCancel={onClose} className="recovery-preview">
      <h2 id="recovery-preview-title">{t('ui.recovery.previewTitle')}</h2>
      <p className="hint">{t('ui.recovery.previewCounts', { candidates: candidates.length, scorecards: scorecards.length })}</p>
      <div className="recovery-preview-body">
        <JobDescriptionView jd={jd} lang={copy.project.role.locale} />
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
