// "Removed Outcome 2. Undo": shown for a few seconds after a removal, in a polite live region that is
// always in the page (so screen readers announce it), with an Undo button reachable by keyboard.
// The time stops while the pointer or the focus is on it, so nobody has to race the clock.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStudio } from '../state/store';
import { runHistory } from './runHistory';

/** long enough to read the line and reach the button with a few Tab presses */
export const REMOVAL_SHOWN_MS = 8000;

export function RemovalToast() {
  const { t } = useTranslation();
  const removal = useStudio((s) => s.removal);
  const [held, setHeld] = useState(false);
  const [hidden, setHidden] = useState<number | null>(null);

  useEffect(() => {
    if (!removal || held) return;
    const timer = setTimeout(() => setHidden(removal.seq), REMOVAL_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [removal, held]);

  const shown = removal && hidden !== removal.seq ? removal : null;
  const name = shown ? t(shown.key, shown.params) : '';
  return (
    <div
      className={shown ? 'removal-toast' : 'removal-toast-empty'}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <p role="status" className="removal-text">
        {shown && name}
      </p>
      {shown && (
        <button
          type="button"
          className="secondary"
          aria-label={t('ui.undo.undoNamed', { name: shown.params?.name ?? '' })}
          aria-keyshortcuts="Control+Z"
          onClick={() => {
            setHidden(shown.seq);
            runHistory('undo');
          }}
        >
          {t('ui.undo.undo')}
        </button>
      )}
    </div>
  );
}
