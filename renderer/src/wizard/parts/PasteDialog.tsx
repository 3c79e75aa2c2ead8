// Start from a job description the user already has: paste its text (or pick a text file), and the
// role is built from it. What could not be placed is kept and shown at the top of each step.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/Modal';

/** Far beyond any job description; the box refuses more so a stray paste of a book cannot stall the parser. */
export const MAX_PASTE = 60000;

interface Props {
  onDone: (text: string | null) => void;
}

export function PasteDialog({ onDone }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const textId = `${titleId}-text`;
  const fileId = `${titleId}-file`;
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    setText((await file.text()).slice(0, MAX_PASTE));
    setMissing(false);
  };
  const submit = () => {
    if (!text.trim()) {
      setMissing(true);
      document.getElementById(textId)?.focus();
      return;
    }
    onDone(text);
  };

  return (
    <Modal titleId={titleId} initialFocusId={textId} onCancel={() => onDone(null)} className="paste-dialog">
      <h2 id={titleId}>{t('ui.start.paste.title')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <div className="field">
          <label htmlFor={textId}>{t('ui.start.paste.label')}</label>
          <p className="hint" id={`${textId}-hint`}>
            {t('ui.start.paste.hint')}
          </p>
          <textarea
            id={textId}
            rows={14}
            value={text}
            maxLength={MAX_PASTE}
            aria-describedby={`${textId}-hint${missing ? ` ${textId}-missing` : ''}`}
            aria-invalid={missing || undefined}
            onChange={(event) => {
              setText(event.target.value);
              setMissing(false);
            }}
          />
          {missing && (
            <p className="issue" id={`${textId}-missing`}>
              {t('ui.start.paste.missing')}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={fileId}>{t('ui.start.paste.file')}</label>
          <input
            id={fileId}
            type="file"
            accept=".txt,.md,text/plain,text/markdown"
            onChange={(event) => void readFile(event.target.files?.[0])}
          />
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={() => onDone(null)}>
            {t('ui.fileDialog.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('ui.start.paste.create')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
