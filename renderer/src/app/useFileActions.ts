// Open, save, save as and export: each asks for a path when it needs one, calls the main side,
// and reports the outcome in the status or alert region. The store only changes on success.
// Nothing on disk is replaced unasked: saves check the version they replace (files/saveProject.ts)
// and exports ask before replacing a document (files/writeWithConsent.ts).
import { useCallback, useMemo } from 'react';
import { prepareProjectForWriting } from '../../../core/project/prepare';
import type { Template } from '../../../core/schema/project';
import { prepareForWriting } from '../../../core/role/prepare';
import { useDialogs } from '../components/DialogProvider';
import { saveProjectTo } from '../files/saveProject';
import { writeWithConsent } from '../files/writeWithConsent';
import { loadDocumentLanguage } from '../i18n';
import { invoke } from '../host/invoke';
import { suggestedFileName } from '../host/paths';
import { fromIssues, fromProblem, refused, success } from '../state/notice';
import type { ExportKind } from '../state/store';
import { useStudio, whileExporting } from '../state/store';
import { openInterviewerFile, saveInterviewerFile } from '../interviewer/interviewerFile';

export interface FileActions {
  newFromTemplate(template: Template): Promise<void>;
  openPath(path: string): Promise<void>;
  openWithDialog(): Promise<void>;
  save(): Promise<void>;
  saveAs(): Promise<void>;
  exportDocx(): Promise<void>;
  exportRubric(): Promise<void>;
  exportResults(): Promise<void>;
  /** interviewer mode: a scorecard file or pack opened on its own, to fill in */
  fillInScorecard(): Promise<void>;
}

const { getState } = useStudio;

async function openPath(path: string): Promise<void> {
  const result = await invoke('project:open', { path });
  if (!result.ok) return getState().notify(fromProblem(result.problem));
  await loadDocumentLanguage(result.value.project.role.locale);
  getState().openProject(result.value);
  getState().notify(success('ui.notice.opened', { path: result.value.path }));
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

type Dialogs = ReturnType<typeof useDialogs>;

/** What a save may need to ask along the way; choosing "save under another name" starts over. */
const saveHelpers = (dialogs: Dialogs) => ({
  confirmReplace: dialogs.confirmReplace,
  resolveConflict: dialogs.resolveConflict,
  reload: openPath,
  saveAs: () => saveAsWith(dialogs),
});

async function saveAsWith(dialogs: Dialogs): Promise<void> {
  const title = getState().project?.role.title ?? '';
  const target = await dialogs.pickSaveTarget({ mode: 'save', kind: 'project', suggestedName: suggestedFileName(title, 'project') });
  if (target) await saveProjectTo(target, saveHelpers(dialogs));
}

export function useFileActions(): FileActions {
  const dialogs = useDialogs();
  const { pickPath, pickSaveTarget, confirmDiscard, confirmReplace } = dialogs;
  const saveAs = useCallback(() => saveAsWith(dialogs), [dialogs]);

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
      const target = await pickSaveTarget({ mode: 'save', kind: 'docx', suggestedName, titleKey: how.titleKey });
      if (!target) return;
      // progress only while the document is written, not while a replace question waits for the user
      const result = await writeWithConsent(target, confirmReplace, (replace) =>
        whileExporting(how.kind, () => invoke(channel, { path: target.path, project: prepared.project, replace })),
      );
      if (result) getState().notify(result.ok ? success(how.doneKey, { path: result.value.path }) : fromProblem(result.problem));
    },
    [pickSaveTarget, confirmReplace],
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
        if (getState().interviewerWork) return saveInterviewerFile();
        const { filePath } = getState();
        // the file it came from: the save itself checks that the disk still holds that version
        if (filePath) await saveProjectTo({ path: filePath, replace: false }, saveHelpers(dialogs));
        else await saveAs();
      },
      async fillInScorecard() {
        if (!(await confirmDiscard())) return;
        const path = await pickPath({ mode: 'open', kind: 'scorecard', titleKey: 'ui.interviewer.openTitle' });
        if (path) await openInterviewerFile(path);
      },
      saveAs,
      async exportDocx() {
        const { project } = getState();
        if (!project) return;
        const prepared = prepareForWriting(project.role);
        if (prepared.blockers.length) return getState().notify(fromIssues('ui.notice.exportBlocked', prepared.blockers));
        const target = await pickSaveTarget({ mode: 'save', kind: 'docx', suggestedName: suggestedFileName(project.role.title, 'docx') });
        if (!target) return;
        const result = await writeWithConsent(target, confirmReplace, (replace) =>
          whileExporting('jd', () => invoke('export:jd', { path: target.path, role: prepared.role, replace })),
        );
        if (result) getState().notify(result.ok ? success('ui.notice.exported', { path: result.value.path }) : fromProblem(result.problem));
      },
      exportRubric: () => exportProject('export:rubric'),
      exportResults: () => exportProject('export:results'),
    }),
    [confirmDiscard, confirmReplace, dialogs, exportProject, pickPath, pickSaveTarget, saveAs],
  );
}
