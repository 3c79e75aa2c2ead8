// Dismissing a high-severity finding (age, national origin, disability, sex) is a decision someone
// may have to defend: it takes a reason, which the project keeps and the board pack prints.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** the start of this finding's element ids */
  domId: string;
  match: string;
  onDismiss: (reason: string) => void;
  onCancel: () => void;
}

export const REASON_MAX = 1000;

export function DismissReason({ domId, match, onDismiss, onCancel }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const id = `${domId}-reason`;
  return (
    <form
      className="dismiss-reason"
      onSubmit={(event) => {
        event.preventDefault();
        if (!reason.trim()) {
          setMissing(true);
          document.getElementById(id)?.focus();
          return;
        }
        onDismiss(reason.trim());
      }}
    >
      <label htmlFor={id}>{t('language.finding.reasonLabel', { match })}</label>
      <p className="hint" id={`${id}-hint`}>
        {t('language.finding.reasonHint')}
      </p>
      <textarea
        id={id}
        rows={2}
        value={reason}
        maxLength={REASON_MAX}
        aria-invalid={missing || undefined}
        aria-describedby={`${id}-hint${missing ? ` ${id}-missing` : ''}`}
        onChange={(event) => {
          setReason(event.target.value);
          setMissing(false);
        }}
      />
      {missing && (
        <p className="issue" id={`${id}-missing`}>
          {t('language.finding.reasonMissing')}
        </p>
      )}
      <div className="finding-actions">
        <button type="submit" id={`${domId}-confirm`} className="secondary">
          {t('language.finding.dismissWithReason')}
        </button>
        <button type="button" className="quiet" onClick={onCancel}>
          {t('language.finding.cancel')}
        </button>
      </div>
    </form>
  );
}
