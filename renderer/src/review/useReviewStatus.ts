// The open design's review status, worked out only when what it depends on changes. Hashing the
// design takes a few milliseconds, so the header follows typing at low priority; stored versions
// are re-hashed only when the versions themselves change.
import { useDeferredValue, useMemo } from 'react';
import { readSnapshot } from '../../../core/review/snapshot';
import { designStatus, snapshotOf, tamperedVersions } from '../../../core/review/versions';
import type { Project } from '../../../core/schema/project';
import type { Snapshot, Version } from '../../../core/schema/review';
import { useStudio } from '../state/store';

export type DesignStatus = ReturnType<typeof designStatus>;

export function useDesignStatus(project: Project): DesignStatus {
  return useMemo(() => designStatus(project), [project]);
}

/** For places that stay on screen while the user types (the header): a moment late, never in the way. */
export function useDeferredDesignStatus(): DesignStatus | null {
  const project = useDeferredValue(useStudio((s) => s.project));
  return useMemo(() => (project ? designStatus(project) : null), [project]);
}

export function useTampered(versions: readonly Version[]): number[] {
  return useMemo(() => tamperedVersions(versions), [versions]);
}

export interface Reading {
  snapshot: Snapshot;
  /** the version read; null when the current design is a draft and that is what is read */
  version: Version | null;
}

/** What Board review shows: the version chosen, or the current design (which may be a version too). */
export function useReading(project: Project, status: DesignStatus): Reading {
  const reading = useStudio((s) => s.reading);
  const current = useMemo(() => snapshotOf(project), [project]);
  const chosen = reading === null ? undefined : project.review.versions.find((v) => v.number === reading);
  if (chosen) return { snapshot: readSnapshot(chosen.snapshot), version: chosen };
  return { snapshot: current, version: status.isDraft ? null : status.latest };
}
