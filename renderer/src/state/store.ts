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
import { sameRubric } from '../../../core/rubric/same';
import { withRubricInStep } from '../../../core/rubric/role-rubric';
import { STEP_IDS, type StepId } from '../wizard/stepIds';
import { editSource } from './editSource';
import { emptyHistory, record, redo as redoStep, undo as undoStep, type History, type Place } from './history';
import { NOBODY, type Actor } from '../../../core/hiring/panel/actor';
import { by } from '../../../core/hiring/panel/actions';
import { recordWeights, withWeightChangeRecorded } from '../../../core/hiring/panel/weights';
import type { InterviewerWork } from '../../../core/hiring/interviewer-work';
import { NO_FILTER, type RowFilter } from '../../../core/hiring/scoring/filter';
import { newId } from './ids';
import type { ImportReport } from './importReport';
import { success, type Notice, type Params } from './notice';
import type { View } from './views';

/** "Removed — Undo": what was just removed, shown for a few seconds with a way to bring it back. */
export interface Removal {
  key: string;
  params?: Params;
  /** bumped with each removal, so two in a row each get their full time on screen */
  seq: number;
}

export interface StudioState {
  project: Project | null;
  filePath: string | null;
  /** the version of filePath the open project was read from or last saved as: a save replaces only that */
  fingerprint: Fingerprint | null;
  /** true while the project differs from what was last opened or saved (undoing back to it clears it) */
  dirty: boolean;
  /** the project as last opened or saved; null for a role that exists nowhere on disk yet */
  saved: Project | null;
  history: History;
  removal: Removal | null;
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
  appInfo: AppInfo | null;
  notice: Notice | null;
  /** bumped with each notice so the same message said twice is announced twice */
  noticeSeq: number;
  /** the document being written right now: its button shows progress, and every export button waits */
  exporting: ExportKind | null;

  startFromTemplate(template: Template): void;
  /** a new role made here (blank, or from a pasted job description): unsaved, with no template's suggestions */
  startNew(project: Project): void;
  openProject(opened: OpenedProject): void;
  /** a project read from a file the browser handed over: unchanged, but with no path to save back to */
  openUploaded(project: Project): void;
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
  /** the text a pasted job description left unplaced, as the user edits it down */
  setUnplaced(text: string): void;
  /** the whole project at once, as submitting a version leaves it */
  replaceProject(project: Project): void;
  /** one step back or forward in the project's history: where that edit was made, or null when there is none */
  undo(): Place | null;
  redo(): Place | null;
  /** shows "Removed — Undo" for something just removed, named by a ui catalogue key */
  announceRemoval(key: string, params?: Params): void;
  readVersion(version: number | null): void;
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
  /** the open project stands in for its file without being what the file holds (a backup opened in its place) */
  openInPlaceOf(path: string, project: Project): void;
  setAppInfo(info: AppInfo): void;
  notify(notice: Notice | null): void;
  setExporting(kind: ExportKind | null): void;
}

export type ExportKind = 'jd' | 'rubric' | 'results' | 'boardPack' | 'debrief' | 'scorecardPack';

const FIRST_EDIT_STEP: StepId = 'company';

/**
 * A role read from a file (or a recovery copy) was worked on before: every step counts as visited,
 * so the finished ones keep their ticks and any can be reached, as when it was last open.
 */
const reopened = { visited: [...STEP_IDS] as StepId[] };

/** Everything that belongs to one open project, reset whenever another is started or opened. */
const freshSession = {
  dirty: false,
  history: emptyHistory(),
  removal: null,
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

/** The parts of the role the rubric is worked out from (core/rubric/sync.ts, weights.ts, content.ts). */
const feedsRubric = (a: RoleDesign, b: RoleDesign) =>
  a.mustHaves === b.mustHaves &&
  a.qualities === b.qualities &&
  a.archetypes === b.archetypes &&
  a.background.choice === b.background.choice &&
  a.templateId === b.templateId &&
  a.locale === b.locale;

/**
 * Most role edits (a title, a purpose, a responsibility) touch nothing the rubric is made from, and
 * it stays the very same object without being worked out at all; an edit that does (a must-have's
 * wording) keeps the old object when the result says the same, compared field by field. Nothing
 * keyed on the rubric (the Compare view's figures) is then worked out again.
 */
function withRoleEdit(project: Project, role: RoleDesign): Project {
  if (feedsRubric(role, project.role)) return { ...project, role };
  const next = withRubricInStep({ ...project, role });
  return sameRubric(next.rubric, project.rubric) ? { ...next, rubric: project.rubric } : next;
}

/** Once a scorecard is in, a weight moved by an edit to the role or the criteria goes on the scoring record. */
const recorded = (state: StudioState, next: Project): Project =>
  state.project ? withWeightChangeRecorded(state.project, next, state.actor, { id: newId('log'), now: new Date() }) : next;

/** Every project edit goes through here: the previous project becomes an undo step. */
function change(state: StudioState, next: Project): Partial<StudioState> {
  if (!state.project || next === state.project) return {};
  const source = editSource();
  const before = { project: state.project, place: { view: state.view, stepId: state.stepId, focusId: source.focusId } };
  return {
    project: next,
    dirty: next !== state.saved,
    history: record(state.history, before, source.group, Date.now(), source.wordBoundary),
  };
}

/** Undo and redo put the project back and take the user to where the edit was made. */
function travel(state: StudioState, direction: typeof undoStep): { next: Partial<StudioState>; place: Place } | null {
  if (!state.project) return null;
  const moved = direction(state.history, { project: state.project, place: { view: state.view, stepId: state.stepId, focusId: null } });
  if (!moved) return null;
  const { project, place } = moved.entry;
  const next: Partial<StudioState> = {
    project,
    dirty: project !== state.saved,
    history: moved.history,
    view: place.view,
    stepId: place.stepId,
    visited: state.visited.includes(place.stepId) ? state.visited : [...state.visited, place.stepId],
    removal: null,
  };
  return { next, place };
}

export const useStudio = create<StudioState>()((set, get) => ({
  project: null,
  filePath: null,
  saved: null,
  fingerprint: null,
  ...freshSession,
  stepId: 'start',
  visited: ['start'],
  template: null,
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
      saved: null,
      fingerprint: null,
      // a new role exists nowhere on disk yet, so it counts as unsaved
      dirty: true,
    }),

  openUploaded: (project) =>
    set({
      ...freshSession,
      ...reopened,
      project,
      saved: project,
      fingerprint: null,
      template: templateFor(project.role) ?? null,
      filePath: null,
    }),

  startNew: (project) => set({ ...freshSession, project, template: null, filePath: null, saved: null, fingerprint: null, dirty: true }),

  openProject: ({ path, project, fingerprint }) =>
    set({
      ...freshSession,
      ...reopened,
      interviewerWork: null,
      project,
      saved: project,
      template: templateFor(project.role) ?? null,
      filePath: path,
      fingerprint,
    }),

  openInPlaceOf: (path, project) =>
    set({
      ...freshSession,
      ...reopened,
      interviewerWork: null,
      project,
      saved: null,
      dirty: true,
      template: templateFor(project.role) ?? null,
      filePath: path,
      fingerprint: null,
    }),

  restoreProject: (copy) =>
    set((state) => ({
      ...freshSession,
      ...reopened,
      project: copy.project,
      template: templateFor(copy.project.role) ?? null,
      filePath: copy.path,
      saved: null,
      fingerprint: copy.fingerprint,
      dirty: true,
      notice: success('ui.recovery.restored'),
      noticeSeq: state.noticeSeq + 1,
    })),

  updateRole: (edit) =>
    set((state) => (state.project ? change(state, recorded(state, withRoleEdit(state.project, edit(state.project.role)))) : {})),

  updateRubric: (edit) =>
    set((state) => (state.project ? change(state, recorded(state, { ...state.project, rubric: edit(state.project.rubric) })) : {})),

  changeWeights: (rubric, reason, claimedName) =>
    set((state) => {
      if (!state.project) return {};
      const who = state.actor.kind === 'nobody' ? { by: claimedName.trim(), verified: false } : by(state.actor);
      const weights = { before: state.project.rubric, after: rubric, cause: 'manual' as const, reason };
      const hiring = recordWeights(state.project.hiring, weights, who, { id: newId('log'), now: new Date() });
      return change(state, { ...state.project, rubric: { ...rubric, weightsEdited: true }, hiring });
    }),

  updateHiring: (edit) => set((state) => (state.project ? change(state, { ...state.project, hiring: edit(state.project.hiring) }) : {})),

  updateReview: (edit) => set((state) => (state.project ? change(state, { ...state.project, review: edit(state.project.review) }) : {})),

  updateLanguage: (edit) =>
    set((state) => (state.project ? change(state, { ...state.project, language: edit(state.project.language) }) : {})),

  setUnplaced: (unplaced) => set((state) => (state.project ? change(state, { ...state.project, imported: { unplaced } }) : {})),

  replaceProject: (project) => set((state) => change(state, project)),

  undo: () => {
    const moved = travel(get(), undoStep);
    if (moved) set(moved.next);
    return moved?.place ?? null;
  },
  redo: () => {
    const moved = travel(get(), redoStep);
    if (moved) set(moved.next);
    return moved?.place ?? null;
  },
  announceRemoval: (key, params) =>
    set((state) => ({ removal: { key, ...(params ? { params } : {}), seq: (state.removal?.seq ?? 0) + 1 } })),

  readVersion: (reading) => set({ reading }),

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
  markSaved: (path, saved, fingerprint) => set((state) => ({ filePath: path, saved, fingerprint, dirty: state.project !== saved })),

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
