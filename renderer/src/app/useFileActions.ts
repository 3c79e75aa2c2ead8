// Open, save, save as and export: each asks for a path when it needs one, calls the main side,
// and reports the outcome in the status or alert region. The store only changes on success.
import { useCallback, useMemo } from 'react';
import type { Template } from '../../../core/schema/project';
import { prepareForWriting } from '../../../core/role/prepare';
import { useDialogs } from '../components/DialogProvider';
import { invoke } from '../host/invoke';
import { suggestedFileName } from '../host/paths';
import { fromIssues, fromProblem, success } from '../state/notice';
import { useStudio } from '../state/store';

export interface FileActions {
  newFromTemplate(template: Template): Promise<void>;
  openPath(path: string): Promise<void>;
  openWithDialog(): Promise<void>;
  save(): Promise<void>;
  saveAs(): Promise<void>;
  exportDocx(): Promise<void>;
}

const { getState } = useStudio;

async function openPath(path: string): Promise<void> {
  const result = await invoke('project:open', { path });
  if (!result.ok) return getState().notify(fromProblem(result.problem));
  getState().openProject(result.value);
  getState().notify(success('ui.notice.opened', { path: result.value.path }));
}

async function saveTo(path: string): Promise<void> {
  const { project } = getState();
  if (!project) return;
  const prepared = prepareForWriting(project.role);
  if (prepared.blockers.length) return getState().notify(fromIssues('ui.notice.saveBlocked', prepared.blockers));
  const result = await invoke('project:save', { path, project: { ...project, role: prepared.role } });
  if (!result.ok) return getState().notify(fromProblem(result.problem));
  getState().markSaved(result.value.path, project);
  getState().notify(success('ui.notice.saved', { path: result.value.path }));
}

export function useFileActions(): FileActions {
  const { pickPath, confirmDiscard } = useDialogs();

  const saveAs = useCallback(async () => {
    const title = getState().project?.role.title ?? '';
    const path = await pickPath({ mode: 'save', kind: 'project', suggestedName: suggestedFileName(title, 'project') });
    if (path) await saveTo(path);
  }, [pickPath]);

  return useMemo(
    () => ({
      async newFromTemplate(template) {
        if (await confirmDiscard()) getState().startFromTemplate(template);
      },
      async openPath(path) {
        if (await confirmDiscard()) await openPath(path);
      },
      async openWithDialog() {
        if (!(await confirmDiscard())) return;
        const path = await pickPath({ mode: 'open', kind: 'project' });
        if (path) await openPath(path);
      },
      async save() {
        const { filePath } = getState();
        await (filePath ? saveTo(filePath) : saveAs());
      },
      saveAs,
      async exportDocx() {
        const { project } = getState();
        if (!project) return;
        const prepared = prepareForWriting(project.role);
        if (prepared.blockers.length) return getState().notify(fromIssues('ui.notice.exportBlocked', prepared.blockers));
        const path = await pickPath({ mode: 'save', kind: 'docx', suggestedName: suggestedFileName(project.role.title, 'docx') });
        if (!path) return;
        const result = await invoke('export:jd', { path, role: prepared.role });
        getState().notify(result.ok ? success('ui.notice.exported', { path: result.value.path }) : fromProblem(result.problem));
      },
    }),
    [confirmDiscard, pickPath, saveAs],
  );
}
