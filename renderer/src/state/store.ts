// The one store: the open project and everything about where the user is in it. Every keystroke
// lands here at once, so moving between steps, saving or exporting never loses what was typed.
import { create } from 'zustand';
import type { AppInfo, OpenedProject } from '../../../core/contract';
import type { Project, Template } from '../../../core/schema/project';
import type { RoleDesign } from '../../../core/schema/role';
import { findTemplate, projectFromTemplate } from '../../../core/templates/index';
import type { StepId } from '../wizard/stepIds';
import type { Notice } from './notice';

export interface StudioState {
  project: Project | null;
  filePath: string | null;
  dirty: boolean;
  stepId: StepId;
  visited: StepId[];
  /** steps where Next was refused: from then on their missing fields are pointed out */
  attempted: StepId[];
  /** the template the role came from, for its suggestions; null when the file names an unknown one */
  template: Template | null;
  appInfo: AppInfo | null;
  notice: Notice | null;
  /** bumped with each notice so the same message said twice is announced twice */
  noticeSeq: number;

  startFromTemplate(template: Template): void;
  openProject(opened: OpenedProject): void;
  updateRole(edit: (role: RoleDesign) => RoleDesign): void;
  goTo(step: StepId): void;
  markAttempted(step: StepId): void;
  markSaved(path: string, saved: Project): void;
  setAppInfo(info: AppInfo): void;
  notify(notice: Notice | null): void;
}

const FIRST_EDIT_STEP: StepId = 'company';

export const useStudio = create<StudioState>()((set) => ({
  project: null,
  filePath: null,
  dirty: false,
  stepId: 'start',
  visited: ['start'],
  attempted: [],
  template: null,
  appInfo: null,
  notice: null,
  noticeSeq: 0,

  startFromTemplate: (template) =>
    set({
      project: projectFromTemplate(template),
      template,
      filePath: null,
      // a new role exists nowhere on disk yet, so it counts as unsaved
      dirty: true,
      stepId: FIRST_EDIT_STEP,
      visited: ['start', FIRST_EDIT_STEP],
      attempted: [],
    }),

  openProject: ({ path, project }) =>
    set({
      project,
      template: findTemplate(project.role.templateId) ?? null,
      filePath: path,
      dirty: false,
      stepId: FIRST_EDIT_STEP,
      visited: ['start', FIRST_EDIT_STEP],
      attempted: [],
    }),

  updateRole: (edit) =>
    set((state) => (state.project ? { project: { ...state.project, role: edit(state.project.role) }, dirty: true } : {})),

  goTo: (step) =>
    set((state) => ({
      stepId: step,
      visited: state.visited.includes(step) ? state.visited : [...state.visited, step],
      // a success message belongs to the screen it was earned on; a failure stays until dismissed
      notice: state.notice?.tone === 'success' ? null : state.notice,
    })),

  markAttempted: (step) => set((state) => (state.attempted.includes(step) ? {} : { attempted: [...state.attempted, step] })),

  // edits made while the save was on its way keep the project marked as changed
  markSaved: (path, saved) => set((state) => ({ filePath: path, dirty: state.project !== saved })),

  setAppInfo: (info) => set({ appInfo: info }),

  notify: (notice) => set((state) => ({ notice, noticeSeq: state.noticeSeq + 1 })),
}));
