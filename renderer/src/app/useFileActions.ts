// Open, save, save as and export: each asks for a path when it needs one, calls the main side,
// and reports the outcome in the status or alert region. The store only changes on success.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LOCALE, isLocale, translator } from '../../../core/i18n/index';
import { blankProject, projectFromRole } from '../../../core/project/blank';
import { prepareProjectForWriting } from '../../../core/project/prepare';
import { roleFromJobDescription } from '../../../core/role/jd-import/import';
import { LANGUAGE_PANEL_ID } from '../language/fieldPlace';
import { publishQuestion } from '../language/publishGate';
import { flushSync } from 'react-dom';
import { newId } from '../state/ids';
import type { Template } from '../../../core/schema/project';
import { prepareForWriting } from '../../../core/role/prepare';
import { useDialogs } from '../components/DialogProvider';
import { loadDocumentLanguage } from '../i18n';
import { invoke } from '../host/invoke';
import { suggestedFileName } from '../host/paths';
import { fromIssues, fromProblem, success } from '../state/notice';
import { useStudio } from '../state/store';
import { openBackup, openPath, openUpload } from './openProject';
import { useDocumentExport } from './useDocumentExport';

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

export function useFileActions(): FileActions {
  const { pickPath, pickSources, confirmDiscard, confirm } = useDialogs();
  const { t, i18n } = useTranslation();
  // a role of the user's own is written in the interface's language, where the app writes documents in it
  const newRoleLocale = isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
  const deliver = useDocumentExport();

  const saveAs = useCallback(async () => {
    const title = getState().project?.role.title ?? '';
    const path = await pickPath({ mode: 'save', kind: 'project', suggestedName: suggestedFileName(title, 'project') });
    if (path) await saveTo(path);
  }, [pickPath]);

  // the rubric and the results are documents of the whole project
  const exportProject = useCallback(
    async (document: 'rubric' | 'results') => {
      const { project } = getState();
      if (!project) return;
      const prepared = prepareProjectForWriting(project);
      if (prepared.blockers.length) return getState().notify(fromIssues(`ui.notice.${document}Blocked`, prepared.blockers));
      await deliver(
        { document, project: prepared.project },
        {
          suggestedName: suggestedFileName(project.role.title, 'docx', document),
          titleKey: `ui.fileDialog.saveTitle.${document}`,
          doneKey: `ui.notice.${document}Exported`,
        },
      );
    },
    [deliver],
  );

  return useMemo(
    () => ({
      async newFromTemplate(template) {
        if (!(await confirmDiscard())) return;
        await loadDocumentLanguage(template.locale);
        getState().startFromTemplate(template);
      },
      async newBlank() {
        if (!(await confirmDiscard())) return;
        await loadDocumentLanguage(newRoleLocale);
        getState().startNew(blankProject(newRoleLocale));
      },
      async newFromText(text) {
        if (!(await confirmDiscard())) return;
        await loadDocumentLanguage(newRoleLocale);
        const defaultTheme = translator(newRoleLocale)('ui.responsibilities.defaultTheme');
        const imported = roleFromJobDescription(text, { locale: newRoleLocale, defaultTheme, newId });
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
        const chosen = await pickSources({ mode: 'open', kind: 'project' });
        if (chosen && 'paths' in chosen && chosen.paths[0]) await openPath(chosen.paths[0]);
        if (chosen && 'files' in chosen && chosen.files[0]) await openUpload(chosen.files[0]);
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
        const question = await publishQuestion(project, t);
        if (question && !(await confirm(question))) return showLanguageCheck();
        await deliver(
          { document: 'jd', role: prepared.role },
          { suggestedName: suggestedFileName(project.role.title, 'docx'), doneKey: 'ui.notice.exported' },
        );
      },
      exportRubric: () => exportProject('rubric'),
      exportResults: () => exportProject('results'),
    }),
    [confirm, confirmDiscard, deliver, exportProject, newRoleLocale, pickSources, saveAs, t],
  );
}
