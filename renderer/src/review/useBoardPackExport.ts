// Exports the board pack: the whole project as the file would hold it, as DOCX, with or without the
// language-check appendix (a download in the browser host, a file the user places in Electron).
import { useCallback } from 'react';
import { prepareProjectForWriting } from '../../../core/project/prepare';
import { useDocumentExport } from '../app/useDocumentExport';
import { suggestedFileName } from '../host/paths';
import { fromIssues } from '../state/notice';
import { useStudio } from '../state/store';

export function useBoardPackExport(): (languageAppendix: boolean) => Promise<void> {
  const deliver = useDocumentExport();
  return useCallback(
    async (languageAppendix: boolean) => {
      const { project, notify } = useStudio.getState();
      if (!project) return;
      const prepared = prepareProjectForWriting(project);
      if (prepared.blockers.length) return notify(fromIssues('ui.notice.boardPackBlocked', prepared.blockers));
      await deliver(
        { document: 'boardPack', project: prepared.project, languageAppendix },
        {
          suggestedName: suggestedFileName(project.role.title, 'docx', 'board pack'),
          titleKey: 'ui.fileDialog.saveTitle.boardPack',
          doneKey: 'ui.notice.boardPackExported',
        },
      );
    },
    [deliver],
  );
}
