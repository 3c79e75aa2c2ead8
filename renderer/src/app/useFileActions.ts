// Open, save, save as and export: each asks for a path when it needs one, calls the main side,
// and reports the outcome in the status or alert region. The store only changes on success.
import { useCallback, useMemo } from 'react';
import { prepareProjectForWriting } from '../../../core/project/prepare';
import type { Template } from '../../../core/schema/project';
import { prepareForWriting } from '../../../core/role/prepare';
import { useDialogs } from '../components/DialogProvider';
import { loadDocumentLanguage } from '../i18n';
import { invoke } from '../host/invoke';
import { suggestedFileName } from '../host/paths';
import { fromIssues, fromProblem, refused, success } from '../state/notice';
import type { ExportKind } from '../state/store';
import { useStudio, whileExporting } from '../state/store';

export interface FileActions {
  newFromTemplate(template: Template): Promise<void>;
  openPath(path: string): Promise<void>;
  openWithDialog(): Promise<void>;
  save(): Promise<void>;
  saveAs(): Promise<void>;
  exportDocx(): Promise<void>;
  exportRubric(): Promise<void>;
  exportResults(): Promise<void>;
}

const { getState } = useStudio;

async function openPath(path: string): Promise<void> {
  const result = await invoke('project:open', { path });
  if (!result.ok) return getState().notify(fromProblem(result.problem));
  await loadDocumentLanguage(result.value.project.role.locale);
  getState().openProject(result.value);
  getState().notify(success('ui.notice.opened', { path: result.value.path }));
}

async function saveTo(path: string): Promise<void> {
  const { project } = getState();
  if (!project) return;
  const prepared = prepareProjectForWriting(project);
  if (prepared.blockers.length) return getState().notify(fromIssues('ui.notice.saveBlocked', prepared.blockers));
  const result = await invoke('project:save', { path, project: prepared.project });
  if (!result.ok) return getState().notify(fromProblem(result.problem));
  getState().markSaved(result.value.path, project);
  getState().notify(success('ui.notice.saved', { path: result.value.path }));
}

type ProjectExport = 'export:rubric' | 'export:results';
const EXPORTS: Record<ProjectExport, { kind: ExportKind; suffix: string; titleKey: string; blockedKey: string; doneKey: string }> = {
  'export:rubric': {
    kind: 'rubric',
    suffix: 'rubric',
    titleKey: 'ui.fileDialog.saveTitle.rubric',
    blockedKey: 'ui.notice.rubricBlocked',
    doneKey: 'ui.notice.rubricExported',
  },
  'export:results': {
    kind: 'results',
    suffix: 'results',
    titleKey: 'ui.fileDialog.saveTitle.results',
    blockedKey: 'ui.notice.resultsBlocked',
    doneKey: 'ui.notice.resultsExported',
  },
};

export function useFileActions(): FileActions {
  const { pickPath, confirmDiscard } = useDialogs();

  const saveAs = useCallback(async () => {
    const title = getState().project?.role.title ?? '';
    const path = await pickPath({ mode: 'save', kind: 'project', suggestedName: suggestedFileName(title, 'project') });
    if (path) await saveTo(path);
  }, [pickPath]);

  // the rubric and the results are documents of the whole project, written by the main side
  const exportProject = useCallback(
    async (channel: ProjectExport) => {
      const { project } = getState();
      if (!project) return;
      const how = EXPORTS[channel];
      // results of nobody would be an empty document: say so instead of writing one
      if (channel === 'export:results' && project.hiring.candidates.length === 0)
        return getState().notify(refused('ui.notice.noCandidates'));
      const prepared = prepareProjectForWriting(project);
      if (prepared.blockers.length) return getState().notify(fromIssues(how.blockedKey, prepared.blockers));
      const suggestedName = suggestedFileName(project.role.title, 'docx', how.suffix);
      const path = await pickPath({ mode: 'save', kind: 'docx', suggestedName, titleKey: how.titleKey });
      if (!path) return;
      const result = await whileExporting(how.kind, () => invoke(channel, { path, project: prepared.project }));
      getState().notify(result.ok ? success(how.doneKey, { path: result.value.path }) : fromProblem(result.problem));
    },
    [pickPath],
  );

  return useMemo(
    () => ({
      async newFromTemplate(template) {
        if (!(await confirmDiscard())) return;
        await loadDocumentLanguage(template.locale);
        getState().startFromTemplate(template);
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
        const result = await whileExporting('jd', () => invoke('export:jd', { path, role: prepared.role }));
        getState().notify(result.ok ? success('ui.notice.exported', { path: result.value.path }) : fromProblem(result.problem));
      },
      exportRubric: () => exportProject('export:rubric'),
      exportResults: () => exportProject('export:results'),
    }),
    [confirmDiscard, exportProject, pickPath, saveAs],
  );
}
