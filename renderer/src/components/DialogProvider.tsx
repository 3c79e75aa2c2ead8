// Asking the user for a path or a yes/no, as a promise. Paths come from the native dialog where the
// host has one (Electron), otherwise from the in-app FileDialog; either way callers just await.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { invoke } from '../host/invoke';
import { fromProblem } from '../state/notice';
import { useStudio } from '../state/store';
import { ConfirmDialog } from './ConfirmDialog';
import { FileDialog, type FileRequest } from './FileDialog';

interface Dialogs {
  pickPath(request: FileRequest): Promise<string | null>;
  confirmDiscard(): Promise<boolean>;
}

type Pending =
  | { kind: 'file'; request: FileRequest; resolve: (path: string | null) => void }
  | { kind: 'confirm'; resolve: (yes: boolean) => void };

const DialogContext = createContext<Dialogs | null>(null);

export function useDialogs(): Dialogs {
  const dialogs = useContext(DialogContext);
  if (!dialogs) throw new Error('useDialogs needs a DialogProvider above it');
  return dialogs;
}

async function nativePath(request: FileRequest): Promise<string | null> {
  const result =
    request.mode === 'open'
      ? await invoke('dialog:open', { kind: request.kind })
      : await invoke('dialog:save', { kind: request.kind, suggestedName: request.suggestedName ?? 'untitled' });
  if (!result.ok) {
    useStudio.getState().notify(fromProblem(result.problem));
    return null;
  }
  return 'path' in result.value ? result.value.path : null;
}

export function DialogProvider({ children }: { children: ReactNode }) {
  const [pending, setPending] = useState<Pending | null>(null);
  const appInfo = useStudio((s) => s.appInfo);

  const pickPath = useCallback(
    (request: FileRequest) => {
      if (appInfo?.nativeDialogs) return nativePath(request);
      return new Promise<string | null>((resolve) => setPending({ kind: 'file', request, resolve }));
    },
    [appInfo],
  );
  const confirmDiscard = useCallback(() => {
    // nothing unsaved: nothing to lose, nothing to ask
    if (!useStudio.getState().dirty) return Promise.resolve(true);
    return new Promise<boolean>((resolve) => setPending({ kind: 'confirm', resolve }));
  }, []);
  const dialogs = useMemo(() => ({ pickPath, confirmDiscard }), [pickPath, confirmDiscard]);

  return (
    <DialogContext.Provider value={dialogs}>
      {children}
      {pending?.kind === 'file' && (
        <FileDialog
          request={pending.request}
          documentsDir={appInfo?.documentsDir ?? ''}
          onDone={(path) => {
            setPending(null);
            pending.resolve(path);
          }}
        />
      )}
      {pending?.kind === 'confirm' && (
        <ConfirmDialog
          titleKey="ui.confirm.discardTitle"
          bodyKey="ui.confirm.discardBody"
          confirmKey="ui.confirm.discard"
          onDone={(yes) => {
            setPending(null);
            pending.resolve(yes);
          }}
        />
      )}
    </DialogContext.Provider>
  );
}
