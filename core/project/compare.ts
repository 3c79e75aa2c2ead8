// Two versions of one project side by side, for the moment a save finds the file on disk changed
// by someone else: the role and rubric section by section (the board review's own diff), and the
// records (candidates, interviewers, scorecards, comments, versions, decisions) one by one, so the
// user sees what saving their version would throw away and what it would bring.
import type { Translate } from '../i18n/index.js';
import { diffSnapshots, type SectionDiff } from '../review/diff.js';
import type { Project } from '../schema/project.js';

export const RECORD_KINDS = ['candidates', 'interviewers', 'scorecards', 'comments', 'versions', 'decisions'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export interface RecordChanges {
  kind: RecordKind;
  /** in the file on disk only: saving the open version would remove them */
  onlyOnDisk: string[];
  /** in the open version only */
  onlyHere: string[];
  /** in both, but different */
  different: string[];
}

export interface ProjectComparison {
  /** the role and rubric, from the file on disk ("before") to the open version ("after") */
  sections: SectionDiff[];
  records: RecordChanges[];
}

interface Keyed {
  key: string;
  label: string;
  content: string;
}

function records(project: Project, kind: RecordKind, t: Translate): Keyed[] {
  const { hiring, review } = project;
  const nameOf = (list: readonly { id: string; name: string }[], id: string) => list.find((x) => x.id === id)?.name ?? id;
  switch (kind) {
    case 'candidates':
    case 'interviewers':
      return hiring[kind].map((x) => ({ key: x.id, label: x.name, content: JSON.stringify(x) }));
    case 'scorecards':
      // a scorecard is the pair it scores: two files can only have made the same pair's card
      return hiring.scorecards.map((s) => ({
        key: `${s.candidateId}|${s.interviewerId}`,
        label: `${nameOf(hiring.candidates, s.candidateId)} · ${nameOf(hiring.interviewers, s.interviewerId)}`,
        content: JSON.stringify([s.status, s.recommendation, s.ratings]),
      }));
    case 'comments':
      return review.comments.map((c) => ({ key: c.id, label: `${c.author}: ${c.text}`.slice(0, 120), content: JSON.stringify(c) }));
    case 'versions':
      return review.versions.map((v) => ({
        key: String(v.number),
        label: t('ui.conflict.record.version', { n: v.number, author: v.author }),
        content: v.hash,
      }));
    case 'decisions':
      return review.decisions.map((d) => ({
        key: d.id,
        label: t('ui.boardReview.decisions.itemTitle', { outcome: t(`ui.boardReview.decisions.outcome.${d.outcome}`), n: d.version }),
        content: JSON.stringify(d),
      }));
  }
}

function changesOf(kind: RecordKind, onDisk: Project, here: Project, t: Translate): RecordChanges {
  const disk = new Map(records(onDisk, kind, t).map((r) => [r.key, r]));
  const mine = new Map(records(here, kind, t).map((r) => [r.key, r]));
  return {
    kind,
    onlyOnDisk: [...disk.values()].filter((r) => !mine.has(r.key)).map((r) => r.label),
    onlyHere: [...mine.values()].filter((r) => !disk.has(r.key)).map((r) => r.label),
    different: [...mine.values()].filter((r) => disk.has(r.key) && disk.get(r.key)!.content !== r.content).map((r) => r.label),
  };
}

export function compareProjects(onDisk: Project, here: Project, t: Translate): ProjectComparison {
  const snapshot = (p: Project) => ({ role: p.role, rubric: p.rubric, rationale: p.review.rationale });
  return {
    sections: diffSnapshots(snapshot(onDisk), snapshot(here), t),
    records: RECORD_KINDS.map((kind) => changesOf(kind, onDisk, here, t)).filter(
      (c) => c.onlyOnDisk.length + c.onlyHere.length + c.different.length > 0,
    ),
  };
}
