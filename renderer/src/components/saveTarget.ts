// Before the in-app save dialog hands back a path: is something there already? Nothing: fine. A
// file: the user is asked before it is replaced. A folder or a device: refused in words, and the
// dialog stays open for another name.
import { invoke } from '../host/invoke';
import { fromProblem, type Notice } from '../state/notice';

export type SaveTarget = { kind: 'free'; path: string } | { kind: 'taken'; path: string } | { kind: 'refused'; notice: Notice };

export async function checkSaveTarget(path: string): Promise<SaveTarget> {
  const probe = await invoke('files:probe', { path });
  if (!probe.ok) return { kind: 'refused', notice: fromProblem(probe.problem) };
  switch (probe.value.kind) {
    case 'none':
      return { kind: 'free', path };
    case 'file':
      return { kind: 'taken', path };
    case 'folder':
      return { kind: 'refused', notice: { tone: 'error', key: 'ui.fileTarget.isFolder', params: { path } } };
    case 'other':
      return { kind: 'refused', notice: { tone: 'error', key: 'ui.fileTarget.notOrdinary', params: { path } } };
  }
}
