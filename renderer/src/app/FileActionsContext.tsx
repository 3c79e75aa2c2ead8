// One set of file actions for the whole app (header, start step, review step, Ctrl+S), so the
// keyboard shortcut is registered once; a file handed over by a second launch of the app opens
// through them too, asking first if the open project has unsaved changes.
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { onAppEvent } from '../host/events';
import { useFileActions, type FileActions } from './useFileActions';
import { useSaveShortcut } from './useSaveShortcut';

const FileActionsContext = createContext<FileActions | null>(null);

export function FileActionsProvider({ children }: { children: ReactNode }) {
  const actions = useFileActions();
  useSaveShortcut(actions.save, actions.saveAs);
  useEffect(() => onAppEvent('app:openFile', ({ path }) => void actions.openPath(path)), [actions]);
  return <FileActionsContext.Provider value={actions}>{children}</FileActionsContext.Provider>;
}

export function useActions(): FileActions {
  const actions = useContext(FileActionsContext);
  if (!actions) throw new Error('useActions needs a FileActionsProvider above it');
  return actions;
}
