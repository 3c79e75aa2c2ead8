import { flushSync } from 'react-dom';
import { useStudio } from '../state/store';
import type { View } from '../state/views';

/** Switches the top-level view and starts it at its title, as a new page would, for screen readers too. */
export function showView(view: View): void {
  flushSync(() => useStudio.getState().setView(view));
  window.scrollTo(0, 0);
  document.querySelector<HTMLElement>('main h1')?.focus();
}
