// Asking the user for paths, a yes/no or what to do about a save conflict, as a promise. Paths come
// from the native dialog where the host has one (Electron), otherwise from the in-app FileDialog;
// either way callers just await.
import { createContext, Suspense, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { invoke } from '../host/invoke';
import { baseName, folderOf } from '../host/paths';
import type { ConflictChoice, ConflictRequest } from '../files/SaveConflictDialog';
import { fromProblem } from '../state/notice';
import { useStudio } from '../state/store';
import { ConfirmDialog, type ConfirmRequest } from './ConfirmDialog';
import type { FileRequest } from './FileDialog';
import { lazyPreloaded } from './lazyPreloaded';

// shown on request only, and preloaded at idle (lazyPreloaded), so the first screen does not carry them
const FileDialog = lazyPreloaded(() => import('./FileDialog').then((m) => m.FileDialog));
const SaveConflictDialog = lazyPreloaded(() => import('../files/SaveConflictDialog').then((m) => m.SaveConflictDialog));

/** What the user chose to open: paths on this machine, or files handed over by the browser's own picker. */
export type Chosen = { paths: string[] } | { files: File[] };

/** A path to save to; replace: the user has already agreed to replace a file there. */
export interface SaveTarget {
  path: string;
  replace: boolean;
}

interface Dialogs {
  pickPath(request: FileRequest): Promise<string | null>;
  /** several files at once (opening only); null when cancelled */
  pickPaths(request: FileRequest): Promise<string[] | null>;
  /** where to save, asking before an existing file is replaced; null when cancelled */
  pickSaveTarget(request: FileRequest): Promise<SaveTarget | null>;
  /** opening, where the browser's own file picker is offered beside the path */
  pickSources(request: FileRequest): Promise<Chosen | null>;
  confirmDiscard(): Promise<boolean>;
  confirm(request: ConfirmRequest): Promise<boolean>;
  /** a file appeared at a path after it was chosen: replace it? */
  confirmReplace(path: string, project: boolean): Promise<boolean>;
  resolveConflict(request: ConflictRequest): Promise<ConflictChoice>;
}

type Picked = { paths: string[]; replace: boolean } | { files: File[] };

type Pending =
  | { kind: 'file'; request: FileRequest; resolve: (picked: Picked | null) => void }
  | { kind: 'confirm'; request: ConfirmRequest; resolve: (yes: boolean) => void }
  | { kind: 'conflict'; request: ConflictRequest; resolve: (choice: ConflictChoice) => void };

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

async function nativePaths(request: FileRequest): Promise<Picked | null> {
  const result =
    request.mode === 'open'
      ? await invoke('dialog:open', { kind: request.kind, ...(request.multiple ? { multiple: true } : {}) })
      : await invoke('dialog:save', { kind: request.kind, suggestedName: request.suggestedName ?? 'untitled' });
  if (!result.ok) {
    useStudio.getState().notify(fromProblem(result.problem));
    return null;
  }
  if (!('path' in result.value)) return null;
  // the native save dialog has already asked before replacing a file (main tells it to)
  return { paths: result.value.paths.length ? result.value.paths : [result.value.path], replace: request.mode === 'save' };
}

export function DialogProvider({ children }: { children: ReactNode }) {
  const [pending, setPending] = useState<Pending | null>(null);
  const appInfo = useStudio((s) => s.appInfo);

  const pick = useCallback(
    (request: FileRequest) => {
      if (appInfo?.nativeDialogs) return nativePaths(request);
      return new Promise<Picked | null>((resolve) => setPending({ kind: 'file', request, resolve }));
    },
    [appInfo],
  );
  // where a path is needed, the browser's picker is not offered: it gives files, never paths
  const pathsOf = useCallback(
    async (request: FileRequest) => {
      const picked = await pick({ ...request, browserPicker: false });
      return picked && 'paths' in picked ? picked : null;
    },
    [pick],
  );
  const pickPaths = useCallback(async (request: FileRequest) => (await pathsOf(request))?.paths ?? null, [pathsOf]);
  const pickPath = useCallback(
    async (request: FileRequest) => (await pathsOf({ ...request, multiple: false }))?.paths[0] ?? null,
    [pathsOf],
  );
  const pickSaveTarget = useCallback(
    async (request: FileRequest) => {
      const picked = await pathsOf({ ...request, mode: 'save', multiple: false });
      const path = picked?.paths[0];
      return picked && path ? { path, replace: picked.replace } : null;
    },
    [pathsOf],
  );
  const pickSources = useCallback(
    async (request: FileRequest): Promise<Chosen | null> => {
      const picked = await pick(request);
      return picked && 'paths' in picked ? { paths: picked.paths } : picked;
    },
    [pick],
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
  const confirmReplace = useCallback(
    (path: string, project: boolean) =>
      confirm({
        titleKey: 'ui.replaceConfirm.title',
        bodyKey: project ? 'ui.replaceConfirm.bodyProject' : 'ui.replaceConfirm.body',
        confirmKey: 'ui.replaceConfirm.confirm',
        keepKey: 'ui.replaceConfirm.keep',
        params: { name: baseName(path), folder: folderOf(path) },
      }),
    [confirm],
  );
  const resolveConflict = useCallback(
    (request: ConflictRequest) => new Promise<ConflictChoice>((resolve) => setPending({ kind: 'conflict', request, resolve })),
    [],
  );
  const dialogs = useMemo(
    () => ({ pickPath, pickPaths, pickSaveTarget, pickSources, confirmDiscard, confirm, confirmReplace, resolveConflict }),
    [pickPath, pickPaths, pickSaveTarget, pickSources, confirmDiscard, confirm, confirmReplace, resolveConflict],
  );

  return (
    <DialogContext.Provider value={dialogs}>
      {children}
      {pending?.kind === 'file' && (
        <Suspense fallback={null}>
          <FileDialog
            request={pending.request}
            documentsDir={appInfo?.documentsDir ?? ''}
            onDone={(paths, replace) => {
              setPending(null);
              pending.resolve(paths ? { paths, replace } : null);
            }}
            onFiles={(files) => {
              setPending(null);
              pending.resolve({ files });
            }}
          />
        </Suspense>
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
      {pending?.kind === 'conflict' && (
        <Suspense fallback={null}>
          <SaveConflictDialog
            {...pending.request}
            onDone={(choice) => {
              setPending(null);
              pending.resolve(choice);
            }}
          />
        </Suspense>
      )}
    </DialogContext.Provider>
  );
}
