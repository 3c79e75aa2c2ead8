// A save found the file on disk changed (or gone) since it was opened: nothing was written. Say so
// in plain words and let the user choose: reload the file, compare it with their version first,
// save theirs under another name, or replace the file knowingly.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../core/schema/project';
import { Modal } from '../components/Modal';
import { baseName } from '../host/paths';
import { ConflictComparison } from './ConflictComparison';

export type ConflictChoice = 'reload' | 'saveAs' | 'replace' | 'cancel';

export interface ConflictRequest {
  path: string;
  /** changed: another writer saved the file; vanished: it was moved or deleted */
  reason: 'changed' | 'vanished';
  /** the version the user was saving, compared with the file on disk */
  mine: Project;
}

interface Action {
  choice: ConflictChoice;
  labelKey: string;
  hintKey: string;
}

const ACTIONS: Record<ConflictRequest['reason'], Action[]> = {
  changed: [
    { choice: 'reload', labelKey: 'ui.conflict.reload', hintKey: 'ui.conflict.reloadHint' },
    { choice: 'saveAs', labelKey: 'ui.conflict.saveAs', hintKey: 'ui.conflict.saveAsHint' },
    { choice: 'replace', labelKey: 'ui.conflict.replace', hintKey: 'ui.conflict.replaceHint' },
  ],
  vanished: [
    { choice: 'replace', labelKey: 'ui.conflict.saveAgain', hintKey: 'ui.conflict.saveAgainHint' },
    { choice: 'saveAs', labelKey: 'ui.conflict.saveAs', hintKey: 'ui.conflict.saveAsHint' },
  ],
};

export function SaveConflictDialog({ path, reason, mine, onDone }: ConflictRequest & { onDone: (choice: ConflictChoice) => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const firstId = `${titleId}-first`;
  const [comparing, setComparing] = useState(false);
  const params = { path, name: baseName(path) };
  return (
    <Modal titleId={titleId} initialFocusId={firstId} onCancel={() => onDone('cancel')} className="conflict">
      <h2 id={titleId}>{t(reason === 'changed' ? 'ui.conflict.changedTitle' : 'ui.conflict.vanishedTitle', params)}</h2>
      <p>{t(reason === 'changed' ? 'ui.conflict.changedBody' : 'ui.conflict.vanishedBody', params)}</p>
      {reason === 'changed' && (
        <div className="conflict-compare">
          <button
            type="button"
            id={firstId}
            className="secondary"
            aria-expanded={comparing}
            aria-describedby={`${titleId}-compare`}
            onClick={() => setComparing((on) => !on)}
          >
            {t('ui.conflict.compare')}
          </button>
          <p className="hint" id={`${titleId}-compare`}>
            {t('ui.conflict.compareHint')}
          </p>
          {comparing && <ConflictComparison path={path} mine={mine} />}
        </div>
      )}
      <ul className="conflict-actions">
        {ACTIONS[reason].map((action, i) => (
          <li key={action.choice}>
            <button
              type="button"
              id={reason === 'vanished' && i === 0 ? firstId : undefined}
              className={action.choice === 'replace' && reason === 'changed' ? 'danger' : 'secondary'}
              aria-describedby={`${titleId}-${action.choice}`}
              onClick={() => onDone(action.choice)}
            >
              {t(action.labelKey, params)}
            </button>
            <p className="hint" id={`${titleId}-${action.choice}`}>
              {t(action.hintKey, params)}
            </p>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={() => onDone('cancel')}>
          {t('ui.conflict.cancel')}
        </button>
      </div>
    </Modal>
  );
}
