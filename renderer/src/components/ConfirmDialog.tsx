import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from './Modal';

interface Props {
  titleKey: string;
  bodyKey: string;
  confirmKey: string;
  onDone: (confirmed: boolean) => void;
}

/** Asks before something would throw away unsaved work; the safe answer has the focus. */
export function ConfirmDialog({ titleKey, bodyKey, confirmKey, onDone }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const keepId = `${titleId}-keep`;
  return (
    <Modal titleId={titleId} initialFocusId={keepId} onCancel={() => onDone(false)} className="confirm">
      <h2 id={titleId}>{t(titleKey)}</h2>
      <p>{t(bodyKey)}</p>
      <div className="dialog-actions">
        <button type="button" className="danger" onClick={() => onDone(true)}>
          {t(confirmKey)}
        </button>
        <button type="button" id={keepId} className="primary" onClick={() => onDone(false)}>
          {t('ui.confirm.keep')}
        </button>
      </div>
    </Modal>
  );
}
