// Asking the user for paths or a yes/no, as a promise. Paths come from the native dialog where the
// host has one (Electron), otherwise from the in-app FileDialog; either way callers just await.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { invoke } from '../host/invoke';
import { fromProblem } from '../state/notice';
import { useStudio } from '../state/store';
import { ConfirmDialog, type ConfirmRequest } from './ConfirmDialog';
import { FileDialog, type FileRequest } from './FileDialog';

interface Dialogs {
  pickPath(request: FileRequest): Promise<string | null>;
  /** several files at once (opening only); null when cancelled */
  pickPaths(request: FileRequest): Promise<string[] | null>;
  confirmDiscard(): Promise<boolean>;
  confirm(request: ConfirmRequest): Promise<boolean>;
}

type Pending =
  | { kind: 'file'; request: FileRequest; resolve: (paths: string[] | null) => void }
  | { kind: 'confirm'; request: ConfirmRequest; resolve: (yes: boolean) => void };

const DISCARD: ConfirmRequest = {
  titleKey: 'ui.confirm.discardTitle',
  bodyKey: 'ui.confirm.discardBody',
  confirmKey: 'ui.confirm.discard',
};

const DialogContext = createContext<Dialogs | null>(null);

export function useDialogs(): Dialogs {
  const dialogs = useContext(DialogContext);
  if (!dialogs) throw new Error('useDialogs needs a DialogProvider above it');
  return dialogs;
}

async function nativePaths(request: FileRequest): Promise<string[] | null> {
  const result =
    request.mode === 'open'
      ? await invoke('dialog:open', { kind: request.kind, ...(request.multiple ? { multiple: true } : {}) })
      : await invoke('dialog:save', { kind: request.kind, suggestedName: request.suggestedName ?? 'untitled' });
  if (!result.ok) {
    useStudio.getState().notify(fromProblem(result.problem));
    return null;
  }
  if (!('path' in result.value)) return null;
  return result.value.paths.length ? result.value.paths : [result.value.path];
}

export function DialogProvider({ children }: { children: ReactNode }) {
  const [pending, setPending] = useState<Pending | null>(null);
  const appInfo = useStudio((s) => s.appInfo);

  const pickPaths = useCallback(
    (request: FileRequest) => {
      if (appInfo?.nativeDialogs) return nativePaths(request);
      return new Promise<string[] | null>((resolve) => setPending({ kind: 'file', request, resolve }));
    },
    [appInfo],
  );
  const pickPath = useCallback(
    async (request: FileRequest) => (await pickPaths({ ...request, multiple: false }))?.[0] ?? null,
    [pickPaths],
  );
  const confirm = useCallback(
    (request: ConfirmRequest) => new Promise<boolean>((resolve) => setPending({ kind: 'confirm', request, resolve })),
    [],
  );
  const confirmDiscard = useCallback(() => {
    // nothing unsaved: nothing to lose, nothing to ask
    const { dirty, interviewerDirty } = useStudio.getState();
    if (!dirty && !interviewerDirty) return Promise.resolve(true);
    return confirm(DISCARD);
  }, [confirm]);
  const dialogs = useMemo(() => ({ pickPath, pickPaths, confirmDiscard, confirm }), [pickPath, pickPaths, confirmDiscard, confirm]);

  return (
    <DialogContext.Provider value={dialogs}>
      {children}
      {pending?.kind === 'file' && (
        <FileDialog
          request={pending.request}
          documentsDir={appInfo?.documentsDir ?? ''}
          onDone={(paths) => {
            setPending(null);
            pending.resolve(paths);
          }}
        />
      )}
      {pending?.kind === 'confirm' && (
        <ConfirmDialog
          {...pending.request}
          onDone={(yes) => {
            setPending(null);
            pending.resolve(yes);
          }}
        />
      )}
    </DialogContext.Provider>
  );
}
