// The debrief agenda as a Word document: the chosen candidate's, or every scored candidate's. A
// download in the browser host, a file the user places in the desktop app, like every document.
import { useCallback } from 'react';
import { useDocumentExport } from '../app/useDocumentExport';
import { suggestedFileName } from '../host/paths';
import { useStudio } from '../state/store';

export function useDebriefExport() {
  const exportDocument = useDocumentExport();
  return useCallback(
    async (candidateId: string | null) => {
      const { project } = useStudio.getState();
      if (!project) return;
      const candidate = project.hiring.candidates.find((c) => c.id === candidateId);
      const suggestedName = suggestedFileName(project.role.title, 'docx', 'debrief', candidate?.name ?? '');
      await exportDocument(
        { document: 'debrief', project, ...(candidate ? { candidateIds: [candidate.id] } : {}) },
        { suggestedName, titleKey: 'ui.compare.debriefDialogTitle', doneKey: 'ui.notice.debriefExported' },
      );
    },
    [exportDocument],
  );
}
