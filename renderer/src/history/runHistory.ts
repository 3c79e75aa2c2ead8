// One step back or forward, then the focus on the field the step changed, as if the user had gone
// there: the view and wizard step are restored first, then the field is focused and scrolled to.
import { flushSync } from 'react-dom';
import type { Place } from '../state/history';
import { useStudio } from '../state/store';

export function runHistory(direction: 'undo' | 'redo'): boolean {
  const moved: { place: Place | null } = { place: null };
  flushSync(() => {
    const state = useStudio.getState();
    moved.place = direction === 'undo' ? state.undo() : state.redo();
  });
  if (!moved.place) return false;
  const { focusId } = moved.place;
  const target = focusId ? document.getElementById(focusId) : null;
  if (target) {
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  }
  return true;
}
