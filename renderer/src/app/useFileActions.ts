// Open, save, save as and export: each asks for a path when it needs one, calls the main side,
// and reports the outcome in the status or alert region. The store only changes on success.
import { useCallback, useMemo } from 'react';
import { blankProject, projectFromRole } from '../../../core/project/blank';
import { prepareProjectForWriting } from '../../../core/project/prepare';
import { roleFromJobDescription } from '../../../core/role/jd-import/import';
import { i18n } from '../i18n';
import { LANGUAGE_PANEL_ID } from '../language/fieldPlace';
import { publishQuestion } from '../language/publishGate';
import { flushSync } from 'react-dom';
import { newId } from '../state/ids';
import type { Template } from '../../../core/schema/project';
import { prepareForWriting } from '../../../core/role/prepare';
import { useDialogs } from '../components/DialogProvider';
import { invoke } from '../host/invoke';
import { suggestedFileName } from '../host/paths';
import { fromIssues, fromProblem, success } from '../state/notice';
import { useStudio } from '../state/store';

export interface FileActions {
  newFromTemplate(template: Template): Promise<void>;
  newBlank(): Promise<void>;
  /** a role built from a job description pasted as text */
  newFromText(text: string): Promise<void>;
  openPath(path: string): Promise<void>;
  openWithDialog(): Promise<void>;
  openBackup(path: string): Promise<void>;
  save(): Promise<void>;
  saveAs(): Promise<void>;
  exportDocx(): Promise<void>;
  exportRubric(): Promise<void>;
  exportResults(): Promise<void>;
}

const { getState } = useStudio;

async function openPath(path: string): Promise<void> {
  const result = await invoke('project:open', { path });
  if (!result.ok) {
    // a damaged project whose backup still reads: offer the backup beside the explanation
    const action = result.problem.params?.backup ? { kind: 'openBackup' as const, path } : undefined;
    return getState().notify({ ...fromProblem(result.problem), ...(action ? { action } : {}) });
  }
  getState().openProject(result.value);
  getState().notify(success('ui.notice.opened', { path: result.value.path }));
}

/** The backup stands in for the damaged file: opened unsaved, so saving writes it back over the damage. */
async function openBackup(path: string): Promise<void> {
  const result = await invoke('project:openBackup', { path });
  if (!result.ok) return getState().notify(fromProblem(result.problem));
  getState().openProject(result.value);
  getState().markUnsaved();
  getState().notify(success('ui.notice.backupOpened', { path }));
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

/** "Go back and fix": the Review step's language check, where every finding has its fix. */
function showLanguageCheck(): void {
  flushSync(() => {
    getState().setView('design');
    getState().goTo('review');
  });
  const panel = document.getElementById(LANGUAGE_PANEL_ID);
  panel?.scrollIntoView({ block: 'start' });
  panel?.focus({ preventScroll: true });
}

type ProjectExport = 'export:rubric' | 'export:results';
const EXPORTS: Record<ProjectExport, { suffix: string; titleKey: string; blockedKey: string; doneKey: string }> = {
  'export:rubric': {
    suffix: 'rubric',
    titleKey: 'ui.fileDialog.saveTitle.rubric',
    blockedKey: 'ui.notice.rubricBlocked',
    doneKey: 'ui.notice.rubricExported',
  },
  'export:results': {
    suffix: 'results',
    titleKey: 'ui.fileDialog.saveTitle.results',
    blockedKey: 'ui.notice.resultsBlocked',
    doneKey: 'ui.notice.resultsExported',
  },
};

export function useFileActions(): FileActions {
  const { pickPath, confirmDiscard, confirm } = useDialogs();

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
      const prepared = prepareProjectForWriting(project);
      if (prepared.blockers.length) return getState().notify(fromIssues(how.blockedKey, prepared.blockers));
      const suggestedName = suggestedFileName(project.role.title, 'docx', how.suffix);
      const path = await pickPath({ mode: 'save', kind: 'docx', suggestedName, titleKey: how.titleKey });
      if (!path) return;
      const result = await invoke(channel, { path, project: prepared.project });
      getState().notify(result.ok ? success(how.doneKey, { path: result.value.path }) : fromProblem(result.problem));
    },
    [pickPath],
  );

  return useMemo(
    () => ({
      async newFromTemplate(template) {
        if (await confirmDiscard()) getState().startFromTemplate(template);
      },
      async newBlank() {
        if (await confirmDiscard()) getState().startNew(blankProject());
      },
      async newFromText(text) {
        if (!(await confirmDiscard())) return;
        const imported = roleFromJobDescription(text, { defaultTheme: i18n.t('ui.responsibilities.defaultTheme'), newId });
        getState().startNew({ ...projectFromRole(imported.role), imported: { unplaced: imported.unplaced } });
        const left = imported.unplaced.split('\n').filter((line) => line.trim()).length;
        getState().notify(success(left ? 'ui.start.paste.doneWithRest' : 'ui.start.paste.done', { count: imported.placed, left }));
      },
      async openPath(path) {
        if (await confirmDiscard()) await openPath(path);
      },
      async openBackup(path) {
        if (await confirmDiscard()) await openBackup(path);
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
        const question = await publishQuestion(project, i18n.t);
        if (question && !(await confirm(question))) return showLanguageCheck();
        const path = await pickPath({ mode: 'save', kind: 'docx', suggestedName: suggestedFileName(project.role.title, 'docx') });
        if (!path) return;
        const result = await invoke('export:jd', { path, role: prepared.role });
        getState().notify(result.ok ? success('ui.notice.exported', { path: result.value.path }) : fromProblem(result.problem));
      },
      exportRubric: () => exportProject('export:rubric'),
      exportResults: () => exportProject('export:results'),
    }),
    [confirm, confirmDiscard, exportProject, pickPath, saveAs],
  );
}
