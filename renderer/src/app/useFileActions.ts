// Open, save, save as and export: each asks for a path when it needs one, calls the main side,
// and reports the outcome in the status or alert region. The store only changes on success.
// Nothing on disk is replaced unasked: saves check the version they replace (files/saveProject.ts)
// and exports ask before replacing a document (files/writeWithConsent.ts). In the browser host
// documents are downloads (useDocumentExport.ts).
import { useCallback, useMemo } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LOCALE, isLocale, translator } from '../../../core/i18n/index';
import { blankProject, projectFromRole } from '../../../core/project/blank';
import { prepareProjectForWriting } from '../../../core/project/prepare';
import { prepareForWriting } from '../../../core/role/prepare';
import type { TemplateSummary } from '../../../core/schema/project';
import { useDialogs } from '../components/DialogProvider';
import { saveProjectTo } from '../files/saveProject';
import { suggestedFileName } from '../host/paths';
import { loadProjectNeeds } from '../state/projectNeeds';
import { findTemplate } from '../../../core/project/templates';
import { LANGUAGE_PANEL_ID } from '../language/fieldPlace';
import { publishQuestion } from '../language/publishGate';
import { newId } from '../state/ids';
import { fromIssues, refused, success } from '../state/notice';
import { useStudio } from '../state/store';
import { openBackup, openPath, openUpload } from './openProject';
import { useDocumentExport } from './useDocumentExport';
import { openInterviewerFile, saveInterviewerFile } from '../interviewer/interviewerFile';

export interface FileActions {
  /** a Start card's template, loaded in full here (the card carries only its summary) */
  newFromTemplate(card: Pick<TemplateSummary, 'id' | 'locale'>): Promise<void>;
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
  /** interviewer mode: a scorecard file or pack opened on its own, to fill in */
  fillInScorecard(): Promise<void>;
}

const { getState } = useStudio;

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
  const dialogs = useDialogs();
  const { pickPath, pickSources, confirmDiscard, confirm } = dialogs;
  const { t, i18n } = useTranslation();
  // a role of the user's own is written in the interface's language, where the app writes documents in it
  const newRoleLocale = isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
  const deliver = useDocumentExport();
  const saveAs = useCallback(() => saveAsWith(dialogs), [dialogs]);

  // the rubric and the results are documents of the whole project
  const exportProject = useCallback(
    async (document: 'rubric' | 'results') => {
      const { project } = getState();
      if (!project) return;
      // results of nobody would be an empty document: say so instead of writing one
      if (document === 'results' && project.hiring.candidates.length === 0) return getState().notify(refused('ui.notice.noCandidates'));
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
      async newFromTemplate({ id, locale }) {
        if (!(await confirmDiscard())) return;
        await loadProjectNeeds(locale);
        const template = findTemplate(id, locale) ?? findTemplate(id);
        if (template) getState().startFromTemplate(template);
      },
      async newBlank() {
        if (!(await confirmDiscard())) return;
        await loadProjectNeeds(newRoleLocale);
        getState().startNew(blankProject(newRoleLocale));
      },
      async newFromText(text) {
        if (!(await confirmDiscard())) return;
        await loadProjectNeeds(newRoleLocale);
        const defaultTheme = translator(newRoleLocale)('ui.responsibilities.defaultTheme');
        // the importer is needed only here: it stays out of the first screen's code
        const { roleFromJobDescription } = await import('../../../core/role/jd-import/import');
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
    [confirm, confirmDiscard, deliver, dialogs, exportProject, newRoleLocale, pickPath, pickSources, saveAs, t],
  );
}
