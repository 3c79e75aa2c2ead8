// Interviewer mode's files: a scorecard file or pack opened to fill in, and written back the way it
// came (a JSON scorecard as JSON; a pack as the same pack with its controls filled in).
import { scorecardFileOf, workFrom } from '../../../core/hiring/interviewer-work';
import { invoke } from '../host/invoke';
import { fromProblem, success } from '../state/notice';
import { useStudio } from '../state/store';

const { getState } = useStudio;

export async function openInterviewerFile(path: string): Promise<void> {
  const result = await invoke('interviewer:open', { path });
  if (!result.ok) return getState().notify(fromProblem(result.problem));
  getState().openInterviewerWork(workFrom(result.value));
  getState().notify(success('ui.interviewer.opened', { path }));
  requestAnimationFrame(() => document.getElementById('view-title')?.focus());
}

export async function saveInterviewerFile(path?: string): Promise<void> {
  const work = getState().interviewerWork;
  if (!work) return;
  const target = path ?? work.path;
  const result =
    work.source.kind === 'scorecard'
      ? await invoke('scorecard:save', { path: target, file: scorecardFileOf(work, work.source.file) })
      : await invoke('pack:save', { path: target, frame: work.source.frame, cards: work.hiring.scorecards });
  if (!result.ok) return getState().notify(fromProblem(result.problem));
  getState().markInterviewerSaved(result.value.path);
  getState().notify(success('ui.interviewer.saved', { path: result.value.path }));
}
