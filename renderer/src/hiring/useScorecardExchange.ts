// Scorecards in and out: a blank card or a Word scorecard pack for an offline interviewer, and
// filled-in cards and packs imported by Open or by dropping them. A pack gives a card per
// candidate, checked against this project first. Merging never overwrites: conflicts wait in the report.
import { useMemo } from 'react';
import type { ReadScorecards, RequestOf } from '../../../core/contract';
import { blankScorecardFile, mergeScorecards, type MergeNote } from '../../../core/hiring/exchange';
import { packEntries } from '../../../core/hiring/pack/merge';
import { screenIncomingCards } from '../../../core/hiring/references';
import type { ScorecardFile } from '../../../core/schema/scorecard-file';
import { useDialogs } from '../components/DialogProvider';
import { writeWithConsent } from '../files/writeWithConsent';
import { invoke } from '../host/invoke';
import { suggestedFileName } from '../host/paths';
import { importReport } from '../state/importReport';
import { fromProblem, success } from '../state/notice';
import { useStudio } from '../state/store';
import { readDroppedFiles } from './readDroppedFiles';
import { downloadFile } from '../host/download';
import { exportedNotice, useDocumentExport } from '../app/useDocumentExport';

type Source = RequestOf<'scorecard:read'>['sources'][number];
/** the contract's ceiling on files per request; packs go one by one (each may be megabytes) */
const BATCH = 200;
const { getState } = useStudio;

async function importSources(sources: Source[], refused: ReadScorecards['problems']): Promise<void> {
  const read: ReadScorecards = { cards: [], packs: [], problems: [...refused] };
  const small = sources.filter((s) => !('base64' in s));
  const batches: Source[][] = [];
  for (let i = 0; i < small.length; i += BATCH) batches.push(small.slice(i, i + BATCH));
  for (const s of sources) if ('base64' in s) batches.push([s]);
  for (const batch of batches) {
    const result = await invoke('scorecard:read', { sources: batch });
    if (!result.ok) return getState().notify(fromProblem(result.problem));
    read.cards.push(...result.value.cards);
    read.packs.push(...result.value.packs);
    read.problems.push(...result.value.problems);
  }
  const { project } = getState();
  if (!project) return;
  const notes: MergeNote[] = [];
  const cards: { file: string; card: ScorecardFile }[] = [...read.cards];
  for (const { file, pack } of read.packs) {
    const entries = packEntries(project, file, pack, new Date());
    if (!entries.ok) read.problems.push({ file, problem: entries.problem });
    else {
      cards.push(...entries.value.entries);
      notes.push(...entries.value.notes);
    }
  }
  // a card rating criteria this project's rubric does not have is refused like any invalid file
  const screened = screenIncomingCards(project.rubric, cards);
  const outcome = mergeScorecards(project.hiring, screened.cards);
  if (outcome.added.length) getState().updateHiring(() => outcome.hiring);
  getState().setImportReport(importReport(outcome, [...read.problems, ...screened.problems], notes));
  // the report is what the user needs to read next
  requestAnimationFrame(() => document.getElementById('import-report-title')?.focus());
}

export function useScorecardExchange() {
  const { pickSaveTarget, pickSources, confirmReplace } = useDialogs();
  const exportDocument = useDocumentExport();
  return useMemo(() => {
    const importFiles = async (files: readonly File[]) => {
      const { sources, problems } = await readDroppedFiles(files);
      if (sources.length) return importSources(sources, problems);
      getState().setImportReport({ added: [], duplicates: [], unknown: [], conflicts: [], problems, notes: [] });
    };
    return {
      async exportBlank(candidateId: string, interviewerId: string) {
        const { project } = getState();
        const file = project && blankScorecardFile(project, candidateId, interviewerId, new Date());
        if (!file) return;
        const suggestedName = suggestedFileName('scorecard', 'scorecard', file.candidate.name, file.interviewer.name);
        // the browser host hands the card to the browser as a download; the desktop app writes it where the user says
        if (getState().appInfo?.nativeDialogs === false) {
          downloadFile(suggestedName, `${JSON.stringify(file, null, 2)}\n`, 'application/json');
          return getState().notify(success('ui.notice.scorecardDownloaded', { name: suggestedName }));
        }
        const target = await pickSaveTarget({ mode: 'save', kind: 'scorecard', suggestedName });
        if (!target) return;
        const result = await writeWithConsent(target, confirmReplace, (replace) =>
          invoke('scorecard:save', { path: target.path, file, replace }),
        );
        if (result)
          getState().notify(result.ok ? exportedNotice('ui.notice.scorecardExported', result.value.path) : fromProblem(result.problem));
      },
      async exportPack(interviewerId: string, candidateIds: readonly string[] | null) {
        const { project } = getState();
        const interviewer = project?.hiring.interviewers.find((i) => i.id === interviewerId);
        if (!project || !interviewer) return;
        await exportDocument(
          { document: 'scorecardPack', project, interviewerId, ...(candidateIds ? { candidateIds: [...candidateIds] } : {}) },
          {
            suggestedName: suggestedFileName('scorecard pack', 'docx', interviewer.name),
            titleKey: 'ui.exchange.packDialogTitle',
            doneKey: 'ui.notice.packExported',
            doneValues: { name: interviewer.name },
          },
        );
      },
      async importWithDialog() {
        const chosen = await pickSources({ mode: 'open', kind: 'scorecard', multiple: true });
        if (chosen && 'files' in chosen) return importFiles(chosen.files);
        if (chosen?.paths.length)
          await importSources(
            chosen.paths.map((path) => ({ path })),
            [],
          );
      },
      importFiles,
    };
  }, [pickSaveTarget, pickSources, confirmReplace, exportDocument]);
}
