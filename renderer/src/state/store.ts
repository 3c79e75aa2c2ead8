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
import type { StepId } from '../wizard/stepIds';
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
  /** who is scoring in the Candidates view: an interviewer's id, or null for the hiring lead, who sees every card */
  actingAs: string | null;
  /** the candidate open in the Candidates view and selected in Compare */
  candidateId: string | null;
  calibrated: boolean;
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
  actAs(interviewerId: string | null): void;
  selectCandidate(candidateId: string | null): void;
  setCalibrated(on: boolean): void;
  setImportReport(report: ImportReport | null): void;
  markSaved(path: string, saved: Project, fingerprint: Fingerprint): void;
  setAppInfo(info: AppInfo): void;
  notify(notice: Notice | null): void;
  setExporting(kind: ExportKind | null): void;
}

export type ExportKind = 'jd' | 'rubric' | 'results' | 'boardPack';

const FIRST_EDIT_STEP: StepId = 'company';

/** Everything that belongs to one open project, reset whenever another is started or opened. */
const freshSession = {
  dirty: false,
  view: 'design' as View,
  stepId: FIRST_EDIT_STEP,
  visited: ['start', FIRST_EDIT_STEP] as StepId[],
  attempted: [] as StepId[],
  actingAs: null,
  candidateId: null,
  calibrated: false,
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
      project: projectFromTemplate(template),
      template,
      filePath: null,
      fingerprint: null,
      // a new role exists nowhere on disk yet, so it counts as unsaved
      dirty: true,
    }),

  openProject: ({ path, project, fingerprint }) =>
    set({ ...freshSession, project, template: templateFor(project.role) ?? null, filePath: path, fingerprint }),

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
    set((state) => (state.project ? { project: withRoleEdit(state.project, edit(state.project.role)), dirty: true } : {})),

  updateRubric: (edit) =>
    set((state) => (state.project ? { project: { ...state.project, rubric: edit(state.project.rubric) }, dirty: true } : {})),

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

  actAs: (interviewerId) => set({ actingAs: interviewerId }),
  selectCandidate: (candidateId) => set({ candidateId }),
  setCalibrated: (calibrated) => set({ calibrated }),
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
