// A role through board review, for tests and benches: version 1 submitted, commented on and approved
// with changes; the changes made; version 2 submitted and approved. Built with the real review
// functions from the sample hiring process, so hashes and decisions are what the app would write.
import { recordDecision, submitVersion } from '../review/versions.js';
import { withRubricInStep } from '../rubric/role-rubric.js';
import type { Project } from '../schema/project.js';
import { sampleHiringProject } from './hiring.js';

export const MONDAY = new Date('2026-06-01T10:00:00Z');
export const FRIDAY = new Date('2026-06-05T16:00:00Z');
/** the must-have text version 2 changes, before and after */
export const MUST_HAVE_BEFORE_AFTER = ['Deep', 'Proven'] as const;

const must = <T>(value: T | null): T => {
  if (value === null) throw new Error('the fixture decision names a version that does not exist');
  return value;
};

/** `base` defaults to the sample hiring process; a bench passes a synthetic one of any size. */
export function reviewedProject(base: Project = sampleHiringProject()): Project {
  let p = structuredClone(base);
  p.role.company.name = 'Northwind Traders';
  p.review.rationale = {
    background: 'Our last two experience programmes stalled for lack of authority; we want someone the executive team already trusts.',
    archetypes: 'Data comes first: our customer data sits in four systems.',
  };
  p.review.comments = [
    {
      id: 'c1',
      section: 'background',
      author: 'Ann Lee',
      at: '2026-06-02T09:30:00Z',
      text: 'Have we asked the two internal candidates whether they would want it?',
      version: 1,
    },
    {
      id: 'c2',
      section: 'qualifications',
      author: 'Bo Chen',
      at: '2026-06-02T11:00:00Z',
      text: 'The first must-have should ask for results, not knowledge.',
      version: 1,
    },
  ];
  p = submitVersion(p, 'Maria Rossi', MONDAY);
  p = must(
    recordDecision(
      p,
      {
        version: 1,
        outcome: 'approve-with-changes',
        date: '2026-06-03',
        members: ['Ann Lee', 'Bo Chen', 'Carla Diaz'],
        conflicts: [],
        notes: 'Ask for proven results in the first must-have.',
        recordedBy: 'Ann Lee',
      },
      'd1',
      new Date('2026-06-03T15:00:00Z'),
    ),
  );
  const first = p.role.mustHaves[0]!;
  p = {
    ...p,
    role: { ...p.role, mustHaves: [{ ...first, text: first.text.replace(...MUST_HAVE_BEFORE_AFTER) }, ...p.role.mustHaves.slice(1)] },
  };
  // as the app submits: the rubric follows the edited must-have before the version is frozen
  p = submitVersion(withRubricInStep(p), 'Maria Rossi', FRIDAY);
  return must(
    recordDecision(
      p,
      {
        version: 2,
        outcome: 'approve',
        date: '2026-06-05',
        members: ['Ann Lee', 'Bo Chen', 'Carla Diaz', 'Dev Patel'],
        conflicts: [{ member: 'Dev Patel', interest: 'Worked for two years under Maria Kowalska, an internal candidate.', recused: true }],
        notes: '',
        recordedBy: 'Bo Chen',
      },
      'd2',
      new Date('2026-06-05T17:30:00Z'),
    ),
  );
}
