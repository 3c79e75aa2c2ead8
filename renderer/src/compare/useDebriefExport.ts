// The debrief agenda as a Word document: the chosen candidate's, or every scored candidate's.
import { useCallback } from 'react';
import { useDialogs } from '../components/DialogProvider';
import { writeWithConsent } from '../files/writeWithConsent';
import { invoke } from '../host/invoke';
import { suggestedFileName } from '../host/paths';
import { fromProblem, success } from '../state/notice';
import { useStudio, whileExporting } from '../state/store';

export function useDebriefExport() {
  const { pickSaveTarget, confirmReplace } = useDialogs();
  return useCallback(
    async (candidateId: string | null) => {
      const { project, notify } = useStudio.getState();
      if (!project) return;
      const candidate = project.hiring.candidates.find((c) => c.id === candidateId);
      const suggestedName = suggestedFileName(project.role.title, 'docx', 'debrief', candidate?.name ?? '');
      const target = await pickSaveTarget({ mode: 'save', kind: 'docx', suggestedName, titleKey: 'ui.compare.debriefDialogTitle' });
      if (!target) return;
      const result = await writeWithConsent(target, confirmReplace, (replace) =>
        whileExporting('debrief', () =>
          invoke('export:debrief', { path: target.path, project, ...(candidate ? { candidateIds: [candidate.id] } : {}), replace }),
        ),
      );
      if (result) notify(result.ok ? success('ui.notice.debriefExported', { path: result.value.path }) : fromProblem(result.problem));
    },
    [pickSaveTarget, confirmReplace],
  );
}
