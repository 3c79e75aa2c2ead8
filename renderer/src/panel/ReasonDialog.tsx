// Asks why, before a change the scoring record keeps (a reveal, independent scoring off, a
// passphrase cleared). The reason is required and goes into the record as written.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from './FormModal';

interface Props {
  title: string;
  body: string;
  submitLabel: string;
  onDone: (reason: string | null) => void;
  danger?: boolean;
}

export function ReasonDialog({ title, body, submitLabel, onDone, danger }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  return (
    <FormModal
      title={title}
      body={<p>{body}</p>}
      submitLabel={submitLabel}
      firstFieldId={id}
      danger={danger}
      onCancel={() => onDone(null)}
      onSubmit={() => {
        if (!reason.trim()) return 'ui.panel.reasonMissing';
        onDone(reason.trim());
        return null;
      }}
    >
      <div className="field">
        <label htmlFor={id}>
          {t('ui.panel.reason')}
          <span className="required"> {t('ui.field.required')}</span>
        </label>
        <textarea id={id} rows={3} maxLength={1000} value={reason} aria-required onChange={(event) => setReason(event.target.value)} />
      </div>
    </FormModal>
  );
}
