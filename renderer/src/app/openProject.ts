// Opening a project: by path (the in-app dialog, recent files, the native dialog), from a file the
// user picked in the browser's own file picker, or from the backup beside a damaged file. The store
// only changes once the file has been read and checked.
import { limitMb, MAX_BYTES } from '../../../core/formats/kinds';
import { invoke } from '../host/invoke';
import { loadProjectNeeds } from '../state/projectNeeds';
import { fromProblem, success } from '../state/notice';
import { useStudio } from '../state/store';

const { getState } = useStudio;

export async function openPath(path: string): Promise<void> {
  const result = await invoke('project:open', { path });
  if (!result.ok) {
    // a damaged project whose backup still reads: offer the backup beside the explanation
    const backup = result.problem.params?.backup !== undefined;
    return getState().notify({ ...fromProblem(result.problem), ...(backup ? { actions: [{ kind: 'openBackup' as const, path }] } : {}) });
  }
  await loadProjectNeeds(result.value.project.role.locale);
  getState().openProject(result.value);
  getState().notify(success('ui.notice.opened', { path: result.value.path }));
}

/** The backup stands in for the damaged file: opened unsaved, so saving writes it back over the damage. */
export async function openBackup(path: string): Promise<void> {
  const result = await invoke('project:openBackup', { path });
  if (!result.ok) return getState().notify(fromProblem(result.problem));
  await loadProjectNeeds(result.value.project.role.locale);
  getState().openInPlaceOf(result.value.path, result.value.project);
  getState().notify(success('ui.notice.backupOpened', { path }));
}

/** A file from the browser's own picker: read here, checked by the main side, opened without a path (Save asks for one). */
export async function openUpload(file: File): Promise<void> {
  if (file.size > MAX_BYTES.project)
    return getState().notify(fromProblem({ code: 'file.tooLarge', params: { limitMb: limitMb('project') } }));
  const result = await invoke('project:parse', { name: file.name, text: await file.text() });
  if (!result.ok) return getState().notify(fromProblem(result.problem));
  await loadProjectNeeds(result.value.project.role.locale);
  getState().openUploaded(result.value.project);
  getState().notify(success('ui.notice.uploaded', { name: file.name }));
}
