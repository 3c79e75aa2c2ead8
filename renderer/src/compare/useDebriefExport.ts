// The debrief agenda as a Word document: the chosen candidate's, or every scored candidate's.
import { useCallback } from 'react';
import { useDialogs } from '../components/DialogProvider';
import { invoke } from '../host/invoke';
import { suggestedFileName } from '../host/paths';
import { fromProblem, success } from '../state/notice';
import { useStudio } from '../state/store';

export function useDebriefExport() {
  const { pickPath } = useDialogs();
  return useCallback(
    async (candidateId: string | null) => {
      const { project, notify } = useStudio.getState();
      if (!project) return;
      const candidate = project.hiring.candidates.find((c) => c.id === candidateId);
      const suggestedName = suggestedFileName(project.role.title, 'docx', 'debrief', candidate?.name ?? '');
      const path = await pickPath({ mode: 'save', kind: 'docx', suggestedName, titleKey: 'ui.compare.debriefDialogTitle' });
      if (!path) return;
      const result = await invoke('export:debrief', { path, project, ...(candidate ? { candidateIds: [candidate.id] } : {}) });
      notify(result.ok ? success('ui.notice.debriefExported', { path: result.value.path }) : fromProblem(result.problem));
    },
    [pickPath],
  );
}
