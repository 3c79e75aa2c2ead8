// Where an edit comes from, read off the focused control: typing in a text box groups by word, a
// slider groups by drag, anything else (a button) is a step of its own. Outside a page (unit tests)
// every edit is its own step.
import type { Group } from './history';

export interface EditSource {
  group: Group;
  focusId: string | null;
  /** the caret sits after a space or punctuation: the next word starts a new step */
  wordBoundary: boolean;
}

const NONE: EditSource = { group: null, focusId: null, wordBoundary: false };

export function editSource(): EditSource {
  if (typeof document === 'undefined') return NONE;
  const el = document.activeElement;
  const focusId = el instanceof HTMLElement && el.id ? el.id : null;
  if (el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && ['text', 'search', 'number', ''].includes(el.type))) {
    const caret = el.selectionStart ?? el.value.length;
    const before = el.value.slice(0, caret);
    return { group: `text:${focusId ?? el.name}`, focusId, wordBoundary: before === '' || /[\s.,;:!?]$/u.test(before) };
  }
  if (el instanceof HTMLInputElement && el.type === 'range') return { group: `range:${focusId ?? el.name}`, focusId, wordBoundary: false };
  return { ...NONE, focusId };
}
