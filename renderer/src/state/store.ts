// The one store: the open project and everything about where the user is in it. Every keystroke
// lands here at once, so moving between steps, saving or exporting never loses what was typed.
import { create } from 'zustand';
import type { AppInfo, Fingerprint, OpenedProject, RecoveryCopy } from '../../../core/contract';
import type { Project, Template } from '../../../core/schema/project';
import type { RoleDesign } from '../../../core/schema/role';
import type { Review } from '../../../core/schema/review';
import type { Hiring, Rubric } from '../../../core/schema/rubric';
import { templateFor } from '../../../core/project/templates';
import { projectFromTemplate } from '../../../core/project/from-template';
import { withRubricInStep } from '../../../core/rubric/role-rubric';
import { NOBODY, type Actor } from '../../../core/hiring/panel/actor';
import { by } from '../../../core/hiring/panel/actions';
import { recordWeights, withWeightChangeRecorded } from '../../../core/hiring/panel/weights';
import type { InterviewerWork } from '../../../core/hiring/interviewer-work';
import { NO_FILTER, type RowFilter } from '../../../core/hiring/scoring/filter';
import type { StepId } from '../wizard/stepIds';
import { newId } from './ids';
import type { ImportReport } from './importReport';
import { success, type Notice } from './notice';
import type { View } from './views';

export interface StudioState {
  project: Project | null;
  filePath: string | null;
  /** the version of filePath the open project was read from or last saved as: a save replaces only that */
  fingerprint: Fingerprint | null;
  dirty: boolean;
  view: View;
  stepId: StepId;
  visited: StepId[];
  /** steps where Next was refused: from then on their missing fields are pointed out */
  attempted: StepId[];
  /** the template the role came from, for its suggestions; null when the file names an unknown one */
  template: Template | null;
  /** who the app believes is at the keyboard: nobody yet, an interviewer, or the hiring lead (see core/hiring/panel) */
  actor: Actor;
  /** the candidate open in the Candidates view and selected in Compare */
  candidateId: string | null;
  /** Compare shows scores adjusted for interviewer severity (raw always beside them) */
  adjusted: boolean;
  /** Compare ranks incomplete candidates with the complete ones */
  rankIncomplete: boolean;
  compareFilter: RowFilter;
  /** a scorecard file or pack open on its own, in interviewer mode; null for the usual project views */
  interviewerWork: InterviewerWork | null;
  interviewerDirty: boolean;
  importReport: ImportReport | null;
  /** the version read in Board review; null for the current design */
  reading: number | null;
  /** the name the person at the keyboard signs comments, versions and decisions with, for the session */
  reviewer: string;
  appInfo: AppInfo | null;
  notice: Notice | null;
  /** bumped with each notice so the same message said twice is announced twice */
  noticeSeq: number;
  /** the document being written right now: its button shows progress, and every export button waits */
  exporting: ExportKind | null;

  startFromTemplate(template: Template): void;
  openProject(opened: OpenedProject): void;
  /** brings back a recovery copy: still unsaved, attached to the file it came from */
  restoreProject(copy: RecoveryCopy): void;
  updateRole(edit: (role: RoleDesign) => RoleDesign): void;
  updateRubric(edit: (rubric: Rubric) => Rubric): void;
  /** weights moved by hand after scoring began: the change, why, and who (a typed name when nobody said) */
  changeWeights(rubric: Rubric, reason: string, claimedName: string): void;
  updateHiring(edit: (hiring: Hiring) => Hiring): void;
  updateReview(edit: (review: Review) => Review): void;
  /** the language check's memory: which findings the user dismissed for this role */
  updateLanguage(edit: (language: Project['language']) => Project['language']): void;
  /** the whole project at once, as submitting a version leaves it */
  replaceProject(project: Project): void;
  readVersion(version: number | null): void;
  setReviewer(name: string): void;
  setView(view: View): void;
  goTo(step: StepId): void;
  markAttempted(step: StepId): void;
  actAs(actor: Actor): void;
  selectCandidate(candidateId: string | null): void;
  setAdjusted(on: boolean): void;
  setRankIncomplete(on: boolean): void;
  setCompareFilter(filter: RowFilter): void;
  openInterviewerWork(work: InterviewerWork): void;
  updateInterviewerHiring(edit: (hiring: Hiring) => Hiring): void;
  markInterviewerSaved(path: string): void;
  closeInterviewerWork(): void;
  setImportReport(report: ImportReport | null): void;
  markSaved(path: string, saved: Project, fingerprint: Fingerprint): void;
  setAppInfo(info: AppInfo): void;
  notify(notice: Notice | null): void;
  setExporting(kind: ExportKind | null): void;
}

export type ExportKind = 'jd' | 'rubric' | 'results' | 'boardPack' | 'debrief' | 'scorecardPack';

const FIRST_EDIT_STEP: StepId = 'company';

/** Everything that belongs to one open project, reset whenever another is started or opened. */
const freshSession = {
  dirty: false,
  view: 'design' as View,
  stepId: FIRST_EDIT_STEP,
  visited: ['start', FIRST_EDIT_STEP] as StepId[],
  attempted: [] as StepId[],
  actor: NOBODY,
  candidateId: null,
  adjusted: true,
  rankIncomplete: false,
  compareFilter: NO_FILTER,
  interviewerWork: null,
  interviewerDirty: false,
  importReport: null,
  reading: null,
};

/**
 * Most role edits (a title, a purpose) leave the rubric as it was; keeping the same object then
 * means nothing keyed on the rubric (the Compare view's figures) is worked out again.
 */
function withRoleEdit(project: Project, role: RoleDesign): Project {
  const next = withRubricInStep({ ...project, role });
  return JSON.stringify(next.rubric) === JSON.stringify(project.rubric) ? { ...next, rubric: project.rubric } : next;
}

/** Once a scorecard is in, a weight moved by an edit to the role or the criteria goes on the scoring record. */
const recorded = (state: StudioState, next: Project): Project =>
  state.project ? withWeightChangeRecorded(state.project, next, state.actor, { id: newId('log'), now: new Date() }) : next;

export const useStudio = create<StudioState>()((set) => ({
  project: null,
  filePath: null,
  fingerprint: null,
  ...freshSession,
  stepId: 'start',
  visited: ['start'],
  template: null,
  reviewer: '',
  appInfo: null,
  notice: null,
  noticeSeq: 0,
  exporting: null,

  startFromTemplate: (template) =>
    set({
      ...freshSession,
      interviewerWork: null,
      project: projectFromTemplate(template),
      template,
      filePath: null,
      fingerprint: null,
      // a new role exists nowhere on disk yet, so it counts as unsaved
      dirty: true,
    }),

  openProject: ({ path, project, fingerprint }) =>
    set({ ...freshSession, interviewerWork: null, project, template: templateFor(project.role) ?? null, filePath: path, fingerprint }),

  restoreProject: (copy) =>
    set((state) => ({
      ...freshSession,
      project: copy.project,
      template: templateFor(copy.project.role) ?? null,
      filePath: copy.path,
      fingerprint: copy.fingerprint,
      dirty: true,
      notice: success('ui.recovery.restored'),
      noticeSeq: state.noticeSeq + 1,
    })),

  updateRole: (edit) =>
    set((state) => (state.project ? { project: recorded(state, withRoleEdit(state.project, edit(state.project.role))), dirty: true } : {})),

  updateRubric: (edit) =>
    set((state) =>
      state.project ? { project: recorded(state, { ...state.project, rubric: edit(state.project.rubric) }), dirty: true } : {},
    ),

  changeWeights: (rubric, reason, claimedName) =>
    set((state) => {
      if (!state.project) return {};
      const who = state.actor.kind === 'nobody' ? { by: claimedName.trim(), verified: false } : by(state.actor);
      const change = { before: state.project.rubric, after: rubric, cause: 'manual' as const, reason };
      const hiring = recordWeights(state.project.hiring, change, who, { id: newId('log'), now: new Date() });
      return { project: { ...state.project, rubric: { ...rubric, weightsEdited: true }, hiring }, dirty: true };
    }),

  updateHiring: (edit) =>
    set((state) => (state.project ? { project: { ...state.project, hiring: edit(state.project.hiring) }, dirty: true } : {})),

  updateReview: (edit) =>
    set((state) => (state.project ? { project: { ...state.project, review: edit(state.project.review) }, dirty: true } : {})),

  updateLanguage: (edit) =>
    set((state) => (state.project ? { project: { ...state.project, language: edit(state.project.language) }, dirty: true } : {})),

  replaceProject: (project) => set({ project, dirty: true }),
  readVersion: (reading) => set({ reading }),
  setReviewer: (reviewer) => set({ reviewer }),

  setView: (view) => set((state) => ({ view, notice: state.notice?.tone === 'success' ? null : state.notice })),

  goTo: (step) =>
    set((state) => ({
      stepId: step,
      visited: state.visited.includes(step) ? state.visited : [...state.visited, step],
      // a success message belongs to the screen it was earned on; a failure stays until dismissed
      notice: state.notice?.tone === 'success' ? null : state.notice,
    })),

  markAttempted: (step) => set((state) => (state.attempted.includes(step) ? {} : { attempted: [...state.attempted, step] })),

  actAs: (actor) => set({ actor }),
  selectCandidate: (candidateId) => set({ candidateId }),
  setAdjusted: (adjusted) => set({ adjusted }),
  setRankIncomplete: (rankIncomplete) => set({ rankIncomplete }),
  setCompareFilter: (compareFilter) => set({ compareFilter }),
  openInterviewerWork: (work) =>
    set({ ...freshSession, project: null, filePath: null, template: null, interviewerWork: work, interviewerDirty: false }),
  updateInterviewerHiring: (edit) =>
    set((state) =>
      state.interviewerWork
        ? { interviewerWork: { ...state.interviewerWork, hiring: edit(state.interviewerWork.hiring) }, interviewerDirty: true }
        : {},
    ),
  markInterviewerSaved: (path) =>
    set((state) => (state.interviewerWork ? { interviewerWork: { ...state.interviewerWork, path }, interviewerDirty: false } : {})),
  closeInterviewerWork: () => set({ interviewerWork: null, interviewerDirty: false }),
  setImportReport: (importReport) => set({ importReport }),

  // edits made while the save was on its way keep the project marked as changed
  markSaved: (path, saved, fingerprint) => set((state) => ({ filePath: path, fingerprint, dirty: state.project !== saved })),

  setAppInfo: (info) => set({ appInfo: info }),

  notify: (notice) => set((state) => ({ notice, noticeSeq: state.noticeSeq + 1 })),
  setExporting: (exporting) => set({ exporting }),
}));

/** Runs one document's write with its progress shown: every export button waits until it is done. */
export async function whileExporting<T>(kind: ExportKind, write: () => Promise<T>): Promise<T> {
  useStudio.getState().setExporting(kind);
  try {
    return await write();
  } finally {
    useStudio.getState().setExporting(null);
  }
}
