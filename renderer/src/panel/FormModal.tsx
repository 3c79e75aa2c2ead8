// A modal form: a title, a few words on what happens, its fields, one error line, and a submit that
// may take a moment (checking a passphrase). Enter submits; Escape and Cancel close without change.
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../components/Modal';

interface Props {
  title: string;
  body: ReactNode;
  submitLabel: string;
  /** the first field's id, focused on opening; null for a form with nothing to fill in (the submit is focused) */
  firstFieldId: string | null;
  /** resolves to a catalogue key to show as the form's problem, or null when done */
  onSubmit: () => Promise<string | null> | string | null;
  onCancel: () => void;
  /** the submit is a change to undo only with effort: shown as such */
  danger?: boolean;
  children: ReactNode;
}

export function FormModal({ title, body, submitLabel, firstFieldId, onSubmit, onCancel, danger, children }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const errorId = `${titleId}-error`;
  const submitId = `${titleId}-submit`;
  const focusId = firstFieldId ?? submitId;
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Modal titleId={titleId} initialFocusId={focusId} onCancel={onCancel} className="form-modal">
      <form
        noValidate
        aria-describedby={problem ? errorId : undefined}
        onSubmit={(event) => {
          event.preventDefault();
          if (busy) return;
          setBusy(true);
          void Promise.resolve(onSubmit()).then((key) => {
            setBusy(false);
            setProblem(key);
            if (key) document.getElementById(focusId)?.focus();
          });
        }}
      >
        <h2 id={titleId}>{title}</h2>
        <div className="form-modal-body">{body}</div>
        {children}
        {problem && (
          <p className="issue" id={errorId} role="alert">
            {t(problem)}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" id={submitId} className={danger ? 'danger' : 'primary'} aria-disabled={busy || undefined}>
            {busy ? t('ui.panel.checking') : submitLabel}
          </button>
          <button type="button" onClick={onCancel}>
            {t('ui.panel.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
