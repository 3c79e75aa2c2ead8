// Saving the open project: the save says which version of the file it expects to replace (the
// one it was opened from, none for a new file, or any after the user chose to replace it). When
// the disk holds another, nothing was written: the user is told in plain words and chooses.
import type { SaveExpectation } from '../../../core/contract';
import { prepareProjectForWriting } from '../../../core/project/prepare';
import type { SaveTarget } from '../components/DialogProvider';
import type { ConflictChoice, ConflictRequest } from './SaveConflictDialog';
import { invoke } from '../host/invoke';
import { fromIssues, fromProblem, success } from '../state/notice';
import { useStudio } from '../state/store';

export interface SaveHelpers {
  confirmReplace(path: string, project: boolean): Promise<boolean>;
  resolveConflict(request: ConflictRequest): Promise<ConflictChoice>;
  /** the user chose to throw their changes away and open the file as it is now */
  reload(path: string): Promise<void>;
  saveAs(): Promise<void>;
}

const { getState } = useStudio;

export async function saveProjectTo(target: SaveTarget, helpers: SaveHelpers): Promise<void> {
  const { project, filePath, fingerprint, notify } = getState();
  if (!project) return;
  const prepared = prepareProjectForWriting(project);
  if (prepared.blockers.length) return notify(fromIssues('ui.notice.saveBlocked', prepared.blockers));
  let expected: SaveExpectation =
    target.path === filePath && fingerprint ? { kind: 'opened', fingerprint } : { kind: target.replace ? 'replace' : 'new' };
  for (;;) {
    const result = await invoke('project:save', { path: target.path, project: prepared.project, expected });
    if (result.ok) {
      getState().markSaved(result.value.path, project, result.value.fingerprint);
      return notify(success('ui.notice.saved', { path: result.value.path }));
    }
    const { code } = result.problem;
    if (code === 'file.appeared' && (await helpers.confirmReplace(target.path, true))) {
      expected = { kind: 'replace' };
      continue;
    }
    if (code === 'file.changedOnDisk' || code === 'file.vanished') {
      const reason = code === 'file.vanished' ? 'vanished' : 'changed';
      const choice = await helpers.resolveConflict({ path: target.path, reason, mine: prepared.project });
      if (choice === 'replace') {
        expected = { kind: 'replace' };
        continue;
      }
      if (choice === 'reload') return helpers.reload(target.path);
      if (choice === 'saveAs') return helpers.saveAs();
    }
    // cancelled, or a problem no choice settles: the message stays until dismissed
    return notify(fromProblem(result.problem));
  }
}
