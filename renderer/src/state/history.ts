// Undo and redo over the whole project. Each step keeps the project as it was (structural sharing
// makes that cheap: an edit copies only the path it changes), plus where the edit was made, so
// undoing takes the user back to the field it changes. Edits are grouped: typing a word in one
// field is one step, a slider drag is one step, a click is one step.
import type { Project } from '../../../core/schema/project';
import type { StepId } from '../wizard/stepIds';
import type { View } from './views';

/** Where an edit was made: the view, the wizard step and the focused field, if any. */
export interface Place {
  view: View;
  stepId: StepId;
  /** the DOM id of the control that made the edit, focused again on undo */
  focusId: string | null;
}

export interface Entry {
  project: Project;
  place: Place;
}

export interface History {
  past: Entry[];
  future: Entry[];
  /** the group of the last recorded edit, and when it was made; edits in the same group within GROUP_MS join it */
  group: string | null;
  at: number;
}

/** The most steps kept; older ones fall off. Snapshots share structure, so this costs little. */
export const MAX_STEPS = 200;
/** a pause longer than this starts a new step, even in the same field */
export const GROUP_MS = 1000;

export const emptyHistory = (): History => ({ past: [], future: [], group: null, at: 0 });

/**
 * How an edit joins the one before: `text:<id>` for typing (a new word starts a new step),
 * `range:<id>` for a slider (one drag, one step), and null for anything else (always its own step).
 */
export type Group = string | null;

/**
 * Records that `before` is about to be replaced. Returns the history unchanged when the edit joins
 * the current group, so a burst of keystrokes in one word leaves one step behind.
 */
export function record(history: History, before: Entry, group: Group, now: number, wordBoundary: boolean): History {
  const joins = group !== null && group === history.group && now - history.at < GROUP_MS && !wordBoundary && history.past.length > 0;
  if (joins) return { ...history, future: [], at: now };
  return { past: [...history.past, before].slice(-MAX_STEPS), future: [], group, at: now };
}

/** The step back: the entry to show, and the history with the current state saved for redo. */
export function undo(history: History, current: Entry): { entry: Entry; history: History } | null {
  const entry = history.past.at(-1);
  if (!entry) return null;
  // the current place is where the user is; the place to show is where the undone edit was made
  return {
    entry,
    history: { past: history.past.slice(0, -1), future: [{ ...current, place: entry.place }, ...history.future], group: null, at: 0 },
  };
}

export function redo(history: History, current: Entry): { entry: Entry; history: History } | null {
  const entry = history.future[0];
  if (!entry) return null;
  return {
    entry,
    history: { past: [...history.past, { ...current, place: entry.place }], future: history.future.slice(1), group: null, at: 0 },
  };
}
