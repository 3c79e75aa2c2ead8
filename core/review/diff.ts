// Two versions, compared section by section: lines added, removed, and changed (a removed line
// followed by an added one), with a word-level diff of each change for highlighting.
import { diffArrays, diffWords } from 'diff';
import type { Translate } from '../i18n/index.js';
import { REVIEW_SECTIONS, type ReviewSection, type Snapshot } from '../schema/review.js';
import { snapshotLines } from './lines.js';

export interface WordPart {
  text: string;
  kind: 'same' | 'added' | 'removed';
}

export type LineChange =
  | { kind: 'added'; after: string }
  | { kind: 'removed'; before: string }
  | { kind: 'changed'; before: string; after: string; words: WordPart[] };

export interface SectionDiff {
  section: ReviewSection;
  changes: LineChange[];
}

function wordParts(before: string, after: string): WordPart[] {
  return diffWords(before, after).map((part) => ({ text: part.value, kind: part.added ? 'added' : part.removed ? 'removed' : 'same' }));
}

function lineChanges(before: string[], after: string[]): LineChange[] {
  const changes: LineChange[] = [];
  const parts = diffArrays(before, after);
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (part.removed && next?.added) {
      // pair removed and added lines one to one as changes; the rest stay plain removals or additions
      const pairs = Math.min(part.value.length, next.value.length);
      for (let k = 0; k < pairs; k += 1) {
        const b = part.value[k]!;
        const a = next.value[k]!;
        changes.push({ kind: 'changed', before: b, after: a, words: wordParts(b, a) });
      }
      part.value.slice(pairs).forEach((b) => changes.push({ kind: 'removed', before: b }));
      next.value.slice(pairs).forEach((a) => changes.push({ kind: 'added', after: a }));
      i += 1;
    } else if (part.removed) part.value.forEach((b) => changes.push({ kind: 'removed', before: b }));
    else if (part.added) part.value.forEach((a) => changes.push({ kind: 'added', after: a }));
  }
  return changes;
}

/** Only sections with changes are listed; an empty list means the versions say the same. */
export function diffSnapshots(before: Snapshot, after: Snapshot, t: Translate): SectionDiff[] {
  const a = snapshotLines(before, t);
  const b = snapshotLines(after, t);
  return REVIEW_SECTIONS.map((section) => ({ section, changes: lineChanges(a[section], b[section]) })).filter((d) => d.changes.length > 0);
}
