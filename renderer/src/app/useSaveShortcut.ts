import { useEffect } from 'react';
import { useStudio } from '../state/store';

/** Ctrl+S (Cmd+S on a Mac) saves, Ctrl+Shift+S saves as, whenever a project or a scorecard file is open. */
export function useSaveShortcut(save: () => Promise<void>, saveAs: () => Promise<void>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 's') return;
      // the browser's own "save page" would be the only other thing this key does
      event.preventDefault();
      const { project, interviewerWork } = useStudio.getState();
      if ((!project && !interviewerWork) || document.querySelector('dialog[open]')) return;
      void (event.shiftKey ? saveAs() : save());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save, saveAs]);
}
