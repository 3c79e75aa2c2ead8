// Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (Cmd on a Mac), over the whole project, wherever the
// focus is. A browser keeps its own undo list for text boxes, which knows nothing of React's
// controlled fields: pressing Ctrl+Z in one box could revert another box's last programmatic
// change. So the browser's own undo never runs on the project's fields: the key and the
// "historyUndo" input event (from the browser's Edit menu or context menu) both go to the store.
import { useEffect } from 'react';
import { onMenuCommand } from '../host/commands';
import { runHistory } from './runHistory';

type Direction = 'undo' | 'redo';

function directionOf(event: KeyboardEvent): Direction | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

/** A modal's own fields (a file path, a comment being written) are not project state: their undo is the browser's. */
const inDialog = (target: EventTarget | null) => target instanceof Element && target.closest('dialog[open]') !== null;

export function useUndoShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const direction = directionOf(event);
      if (!direction || inDialog(event.target)) return;
      event.preventDefault();
      runHistory(direction);
    };
    const onBeforeInput = (event: InputEvent) => {
      if (event.inputType !== 'historyUndo' && event.inputType !== 'historyRedo') return;
      if (inDialog(event.target)) return;
      event.preventDefault();
      runHistory(event.inputType === 'historyUndo' ? 'undo' : 'redo');
    };
    // capture: before any field's own handler sees the key
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('beforeinput', onBeforeInput, true);
    // Electron's Edit menu: the same two steps, whatever has the focus
    const stopCommands = onMenuCommand((command) => {
      if (!document.querySelector('dialog[open]')) runHistory(command);
    });
    return () => {
      stopCommands();
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('beforeinput', onBeforeInput, true);
    };
  }, []);
}
