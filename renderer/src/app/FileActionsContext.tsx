// One set of file actions for the whole app (header, start step, review step, Ctrl+S), so the
// keyboard shortcut is registered once.
import { createContext, useContext, type ReactNode } from 'react';
import { useFileActions, type FileActions } from './useFileActions';
import { useSaveShortcut } from './useSaveShortcut';

const FileActionsContext = createContext<FileActions | null>(null);

export function FileActionsProvider({ children }: { children: ReactNode }) {
  const actions = useFileActions();
  useSaveShortcut(actions.save, actions.saveAs);
  return <FileActionsContext.Provider value={actions}>{children}</FileActionsContext.Provider>;
}

export function useActions(): FileActions {
  const actions = useContext(FileActionsContext);
  if (!actions) throw new Error('useActions needs a FileActionsProvider above it');
  return actions;
}
