import { useCallback, useEffect, useState } from 'react';
import type { DirListing, FileKind, ResponseOf } from '../../../core/contract';
import type { Result } from '../../../core/result';
import { invoke } from '../host/invoke';
import { fromProblem, type Notice } from '../state/notice';

interface FolderListing {
  listing: DirListing | null;
  problem: Notice | null;
  enter(dir: string): void;
}

/** The folder the in-app file dialog shows, asked of the main side: first the start folder, then wherever the user goes. */
export function useFolderListing(kind: FileKind, startDir: string): FolderListing {
  const [listing, setListing] = useState<DirListing | null>(null);
  const [problem, setProblem] = useState<Notice | null>(null);

  const apply = useCallback((result: Result<ResponseOf<'files:list'>>) => {
    if (result.ok) {
      setListing(result.value);
      setProblem(null);
    } else setProblem(fromProblem(result.problem));
  }, []);

  useEffect(() => {
    // no documents folder known (the host did not answer app:info): start from the typed path alone
    if (!startDir) return;
    let live = true;
    void invoke('files:list', { dir: startDir, kind }).then((result) => live && apply(result));
    return () => {
      live = false;
    };
  }, [apply, kind, startDir]);

  const enter = useCallback((dir: string) => void invoke('files:list', { dir, kind }).then(apply), [apply, kind]);
  return { listing, problem, enter };
}
