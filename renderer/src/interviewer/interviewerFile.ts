// Interviewer mode's files: a scorecard file or pack opened to fill in, and written back the way it
// came (a JSON scorecard as JSON; a pack as the same pack with its controls filled in). Saving over
// the file that was opened is what Save means; Save as… asks before replacing another file.
import { scorecardFileOf, workFrom } from '../../../core/hiring/interviewer-work';
import type { SaveTarget } from '../components/DialogProvider';
import { writeWithConsent } from '../files/writeWithConsent';
import { invoke } from '../host/invoke';
import { fromProblem, success } from '../state/notice';
import { useStudio } from '../state/store';

const { getState } = useStudio;

export async function openInterviewerFile(path: string): Promise<void> {
  const result = await invoke('interviewer:open', { path });
  if (!result.ok) return getState().notify(fromProblem(result.problem));
  getState().openInterviewerWork(workFrom(result.value));
  getState().notify(success('ui.interviewer.opened', { path: result.value.path }));
  requestAnimationFrame(() => document.getElementById('view-title')?.focus());
}

/** `target`: a Save as… choice; without one, the file the work was opened from. */
export async function saveInterviewerFile(
  target?: SaveTarget,
  confirmReplace: (path: string, project: boolean) => Promise<boolean> = async () => false,
): Promise<void> {
  const work = getState().interviewerWork;
  if (!work) return;
  const where: SaveTarget = target ?? { path: work.path, replace: true };
  const result = await writeWithConsent(where, confirmReplace, (replace) =>
    work.source.kind === 'scorecard'
      ? invoke('scorecard:save', { path: where.path, file: scorecardFileOf(work, work.source.file), replace })
      : invoke('pack:save', { path: where.path, frame: work.source.frame, cards: work.hiring.scorecards, replace }),
  );
  if (!result) return;
  if (!result.ok) return getState().notify(fromProblem(result.problem));
  getState().markInterviewerSaved(result.value.path);
  getState().notify(success('ui.interviewer.saved', { path: result.value.path }));
}
