// What a pasted job description left unplaced, at the top of each step that edits the role, so the
// user can copy it where it belongs and cut it down as they go. Gone once emptied.
import { useTranslation } from 'react-i18next';
import { useStudio } from '../../state/store';

export const UNPLACED_ID = 'imported-unplaced';

export function UnplacedText() {
  const { t } = useTranslation();
  const unplaced = useStudio((s) => s.project?.imported.unplaced ?? '');
  const setUnplaced = useStudio((s) => s.setUnplaced);
  if (!unplaced.trim()) return null;
  return (
    <details className="panel unplaced" open>
      <summary>{t('ui.start.unplaced.heading')}</summary>
      <div className="field">
        <label htmlFor={UNPLACED_ID}>{t('ui.start.unplaced.label')}</label>
        <p className="hint" id={`${UNPLACED_ID}-hint`}>
          {t('ui.start.unplaced.hint')}
        </p>
        <textarea
          id={UNPLACED_ID}
          rows={Math.min(10, unplaced.split('\n').length + 1)}
          value={unplaced}
          maxLength={20000}
          aria-describedby={`${UNPLACED_ID}-hint`}
          onChange={(event) => setUnplaced(event.target.value)}
        />
      </div>
      <button type="button" className="quiet" onClick={() => setUnplaced('')}>
        {t('ui.start.unplaced.clear')}
      </button>
    </details>
  );
}
