// What a recovery copy changes compared with the file it came from: the saved file is read (without
// opening it) and the two are compared section by section, as Board review compares versions.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryCopy } from '../../../core/contract';
import { diffSnapshots, type SectionDiff } from '../../../core/review/diff';
import { snapshotOf } from '../../../core/review/versions';
import type { Project } from '../../../core/schema/project';
import { invoke } from '../host/invoke';
import { fromProblem, type Notice } from '../state/notice';

export type SavedDiff =
  | { state: 'loading' }
  | { state: 'never-saved' }
  | { state: 'unreadable'; problem: Notice }
  | { state: 'ready'; diff: SectionDiff[]; saved: Project };

export function useSavedDiff(copy: RecoveryCopy): SavedDiff {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<{ project: Project } | { problem: Notice } | null>(null);

  useEffect(() => {
    if (!copy.path) return;
    let live = true;
    void invoke('project:read', { path: copy.path }).then((result) => {
      if (live) setSaved(result.ok ? { project: result.value.project } : { problem: fromProblem(result.problem) });
    });
    return () => {
      live = false;
    };
  }, [copy.path]);

  if (!copy.path) return { state: 'never-saved' };
  if (!saved) return { state: 'loading' };
  if ('problem' in saved) return { state: 'unreadable', problem: saved.problem };
  return { state: 'ready', saved: saved.project, diff: diffSnapshots(snapshotOf(saved.project), snapshotOf(copy.project), t) };
}
