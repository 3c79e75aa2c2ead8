// Exports the board pack: the whole project as the file would hold it, written as DOCX by the main
// side, with or without the language-check appendix.
import { useCallback } from 'react';
import { prepareProjectForWriting } from '../../../core/project/prepare';
import { useDialogs } from '../components/DialogProvider';
import { writeWithConsent } from '../files/writeWithConsent';
import { invoke } from '../host/invoke';
import { suggestedFileName } from '../host/paths';
import { fromIssues, fromProblem, success } from '../state/notice';
import { useStudio, whileExporting } from '../state/store';

export function useBoardPackExport(): (languageAppendix: boolean) => Promise<void> {
  const { pickSaveTarget, confirmReplace } = useDialogs();
  return useCallback(
    async (languageAppendix: boolean) => {
      const { project, notify } = useStudio.getState();
      if (!project) return;
      const prepared = prepareProjectForWriting(project);
      if (prepared.blockers.length) return notify(fromIssues('ui.notice.boardPackBlocked', prepared.blockers));
      const suggestedName = suggestedFileName(project.role.title, 'docx', 'board pack');
      const target = await pickSaveTarget({ mode: 'save', kind: 'docx', suggestedName, titleKey: 'ui.fileDialog.saveTitle.boardPack' });
      if (!target) return;
      const result = await writeWithConsent(target, confirmReplace, (replace) =>
        whileExporting('boardPack', () =>
          invoke('export:boardPack', { path: target.path, project: prepared.project, languageAppendix, replace }),
        ),
      );
      if (result) notify(result.ok ? success('ui.notice.boardPackExported', { path: result.value.path }) : fromProblem(result.problem));
    },
    [pickSaveTarget, confirmReplace],
  );
}
