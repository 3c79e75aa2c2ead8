// Submitting for review freezes what the file would hold, never the editor's half-typed rows: a
// version must be valid file content, and reopening the saved file must find the same hash.
import { prepareProjectForWriting } from '../project/prepare.js';
import type { FieldIssue } from '../role/checks.js';
import { withRubricInStep } from '../rubric/role-rubric.js';
import type { Project } from '../schema/project.js';
import { submitVersion } from './versions.js';

export interface Submission {
  /** the project with the new version added; the project as it was while blockers remain */
  project: Project;
  /** gaps that would make the version invalid content; while any remain, nothing is submitted */
  blockers: FieldIssue[];
}

export function submitForReview(project: Project, author: string, now: Date): Submission {
  const blockers: FieldIssue[] = author.trim() ? [] : [{ field: 'review.author', code: 'ui.missing.reviewerName' }];
  const prepared = prepareProjectForWriting(project);
  blockers.push(...prepared.blockers);
  if (blockers.length) return { project, blockers };
  // loading a file brings the rubric into step with the role, so the submitted design must be in step too
  return { project: submitVersion(withRubricInStep(prepared.project), author, now), blockers: [] };
}
