import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from './Modal';

export interface ConfirmRequest {
  titleKey: string;
  bodyKey: string;
  confirmKey: string;
  /** the safe answer, "Keep editing" unless the question needs another */
  keepKey?: string;
  /** values the title and body name, e.g. the candidate being removed */
  params?: Record<string, string | number>;
  /** what the question is about, listed under the body (the findings to fix before publishing) */
  items?: readonly string[];
}

/** Asks before something would throw work away; the safe answer has the focus. */
export function ConfirmDialog({
  titleKey,
  bodyKey,
  confirmKey,
  keepKey = 'ui.confirm.keep',
  params,
  items,
  onDone,
}: ConfirmRequest & { onDone: (confirmed: boolean) => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const keepId = `${titleId}-keep`;
  return (
    <Modal titleId={titleId} initialFocusId={keepId} onCancel={() => onDone(false)} className="confirm">
      <h2 id={titleId}>{t(titleKey, params)}</h2>
      <p>{t(bodyKey, params)}</p>
      {items && items.length > 0 && (
        <ul className="confirm-items">
          {items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        <button type="button" className="danger" onClick={() => onDone(true)}>
          {t(confirmKey, params)}
        </button>
        <button type="button" id={keepId} className="primary" onClick={() => onDone(false)}>
          {t(keepKey, params)}
        </button>
      </div>
    </Modal>
  );
}
