// Asking the user for paths or a yes/no, as a promise. Paths come from the native dialog where the
// host has one (Electron), otherwise from the in-app FileDialog; either way callers just await.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { invoke } from '../host/invoke';
import { fromProblem } from '../state/notice';
import { useStudio } from '../state/store';
import { ConfirmDialog, type ConfirmRequest } from './ConfirmDialog';
import { FileDialog, type FileRequest } from './FileDialog';

/** What the user chose to open: paths on this machine, or files handed over by the browser's own picker. */
export type Chosen = { paths: string[] } | { files: File[] };

interface Dialogs {
  pickPath(request: FileRequest): Promise<string | null>;
  /** several files at once (opening only); null when cancelled */
  pickPaths(request: FileRequest): Promise<string[] | null>;
  /** opening, where the browser's own file picker is offered beside the path */
  pickSources(request: FileRequest): Promise<Chosen | null>;
  confirmDiscard(): Promise<boolean>;
  confirm(request: ConfirmRequest): Promise<boolean>;
}

type Pending =
  | { kind: 'file'; request: FileRequest; resolve: (chosen: Chosen | null) => void }
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

  const pickSources = useCallback(
    async (request: FileRequest): Promise<Chosen | null> => {
      if (appInfo?.nativeDialogs) {
        const paths = await nativePaths(request);
        return paths ? { paths } : null;
      }
      return new Promise<Chosen | null>((resolve) => setPending({ kind: 'file', request, resolve }));
    },
    [appInfo],
  );
  const pickPaths = useCallback(
    async (request: FileRequest) => {
      const chosen = await pickSources({ ...request, browserPicker: false });
      return chosen && 'paths' in chosen ? chosen.paths : null;
    },
    [pickSources],
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
    if (!useStudio.getState().dirty) return Promise.resolve(true);
    return confirm(DISCARD);
  }, [confirm]);
  const dialogs = useMemo(
    () => ({ pickPath, pickPaths, pickSources, confirmDiscard, confirm }),
    [pickPath, pickPaths, pickSources, confirmDiscard, confirm],
  );

  return (
    <DialogContext.Provider value={dialogs}>
      {children}
      {pending?.kind === 'file' && (
        <FileDialog
          request={pending.request}
          documentsDir={appInfo?.documentsDir ?? ''}
          onDone={(paths) => {
            setPending(null);
            pending.resolve(paths ? { paths } : null);
          }}
          onFiles={(files) => {
            setPending(null);
            pending.resolve({ files });
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
