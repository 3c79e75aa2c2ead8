// Scorecard files in and out: a blank card for an offline interviewer, and filled-in cards
// imported by Open or by dropping them. Merging never overwrites: conflicts wait in the report.
import { useMemo } from 'react';
import type { RequestOf, ReadScorecards } from '../../../core/contract';
import { blankScorecardFile, mergeScorecards } from '../../../core/hiring/exchange';
import { screenIncomingCards } from '../../../core/hiring/references';
import { useDialogs } from '../components/DialogProvider';
import { writeWithConsent } from '../files/writeWithConsent';
import { invoke } from '../host/invoke';
import { suggestedFileName } from '../host/paths';
import { importReport } from '../state/importReport';
import { fromProblem, success } from '../state/notice';
import { useStudio } from '../state/store';
import { readDroppedFiles } from './readDroppedFiles';

type Source = RequestOf<'scorecard:read'>['sources'][number];
/** the contract's ceiling on files per request */
const BATCH = 200;
const { getState } = useStudio;

async function importSources(sources: Source[], refused: ReadScorecards['problems']): Promise<void> {
  const read: ReadScorecards = { cards: [], problems: [...refused] };
  for (let i = 0; i < sources.length; i += BATCH) {
    const result = await invoke('scorecard:read', { sources: sources.slice(i, i + BATCH) });
    if (!result.ok) return getState().notify(fromProblem(result.problem));
    read.cards.push(...result.value.cards);
    read.problems.push(...result.value.problems);
  }
  const { project } = getState();
  if (!project) return;
  // a card rating criteria this project's rubric does not have is refused like any invalid file
  const screened = screenIncomingCards(project.rubric, read.cards);
  const outcome = mergeScorecards(project.hiring, screened.cards);
  if (outcome.added.length) getState().updateHiring(() => outcome.hiring);
  getState().setImportReport(importReport(outcome, [...read.problems, ...screened.problems]));
  // the report is what the user needs to read next
  requestAnimationFrame(() => document.getElementById('import-report-title')?.focus());
}

export function useScorecardExchange() {
  const { pickSaveTarget, pickPaths, confirmReplace } = useDialogs();
  return useMemo(
    () => ({
      async exportBlank(candidateId: string, interviewerId: string) {
        const { project } = getState();
        const file = project && blankScorecardFile(project, candidateId, interviewerId, new Date());
        if (!file) return;
        const suggestedName = suggestedFileName('scorecard', 'scorecard', file.candidate.name, file.interviewer.name);
        const target = await pickSaveTarget({ mode: 'save', kind: 'scorecard', suggestedName });
        if (!target) return;
        const result = await writeWithConsent(target, confirmReplace, (replace) =>
          invoke('scorecard:save', { path: target.path, file, replace }),
        );
        if (result)
          getState().notify(result.ok ? success('ui.notice.scorecardExported', { path: result.value.path }) : fromProblem(result.problem));
      },
      async importWithDialog() {
        const paths = await pickPaths({ mode: 'open', kind: 'scorecard', multiple: true });
        if (paths?.length)
          await importSources(
            paths.map((path) => ({ path })),
            [],
          );
      },
      async importFiles(files: readonly File[]) {
        const { sources, problems } = await readDroppedFiles(files);
        if (sources.length) return importSources(sources, problems);
        getState().setImportReport({ added: [], duplicates: [], unknown: [], conflicts: [], problems });
      },
    }),
    [pickSaveTarget, pickPaths, confirmReplace],
  );
}
