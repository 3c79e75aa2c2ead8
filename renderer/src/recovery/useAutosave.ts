// Autosave to a recovery copy in the app's own data folder (never over the user's file): written
// as soon as typing pauses, and at least once a second while it goes on, so a crash or a reload
// costs at most about a second of work. Discarded as soon as the project is saved or closed.
import { useEffect } from 'react';
import { invoke } from '../host/invoke';
import { SESSION_ID } from '../host/session';
import { useStudio } from '../state/store';

/** after this long without an edit, the copy is written */
export const QUIET_MS = 300;
/** and never later than this after the first unsaved edit, however fast the typing */
export const MAX_WAIT_MS = 1000;

// this window's recovery requests are numbered in the order sent, so the main side never lets an
// older copy land after a newer discard (electron/handlers/session-order.ts)
let sent = 0;
const nextSeq = () => (sent += 1);

export function useAutosave(): void {
  useEffect(() => {
    let quiet: ReturnType<typeof setTimeout> | undefined;
    let deadline: ReturnType<typeof setTimeout> | undefined;
    let hasCopy = false;

    const write = () => {
      clearTimeout(quiet);
      clearTimeout(deadline);
      quiet = deadline = undefined;
      const { project, filePath, fingerprint, dirty } = useStudio.getState();
      if (!project || !dirty) return;
      hasCopy = true;
      void invoke('recovery:save', { session: SESSION_ID, seq: nextSeq(), path: filePath, fingerprint, project });
    };

    const unsubscribe = useStudio.subscribe((state, previous) => {
      if (state.project === previous.project && state.dirty === previous.dirty) return;
      if (!state.project || !state.dirty) {
        clearTimeout(quiet);
        clearTimeout(deadline);
        quiet = deadline = undefined;
        if (hasCopy) void invoke('recovery:discard', { session: SESSION_ID, seq: nextSeq() });
        hasCopy = false;
        return;
      }
      clearTimeout(quiet);
      quiet = setTimeout(write, QUIET_MS);
      deadline ??= setTimeout(write, MAX_WAIT_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(quiet);
      clearTimeout(deadline);
    };
  }, []);
}
