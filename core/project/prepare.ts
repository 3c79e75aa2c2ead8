// What goes to disk or into an exported document, for the whole project: the role as
// core/role/prepare.ts leaves it, the rubric without blank question rows, and the gaps that would
// make the file invalid (a criterion without a title or an anchor, a nameless interviewer).
import { prepareForWriting } from '../role/prepare.js';
import { isBlank, type FieldIssue } from '../role/checks.js';
import type { Project } from '../schema/project.js';
import { checkRubric } from '../rubric/check.js';

export interface PreparedProject {
  project: Project;
  /** while any remain, nothing is written */
  blockers: FieldIssue[];
}

export function prepareProjectForWriting(project: Project): PreparedProject {
  const role = prepareForWriting(project.role);
  const criteria = project.rubric.criteria.map((c) => ({ ...c, questions: c.questions.filter((q) => !isBlank(q)) }));
  const rubric = { ...project.rubric, criteria };
  // the weights are kept at 100 by every edit; a file is still valid if they were not
  const rubricGaps = checkRubric(rubric).filter((issue) => issue.code !== 'ui.missing.rubricTotal');
  const people: FieldIssue[] = [
    ...project.hiring.interviewers
      .filter((i) => isBlank(i.name))
      .map((i) => ({ field: `hiring.interviewers.${i.id}.name`, code: 'ui.missing.interviewerName' })),
    ...project.hiring.candidates
      .filter((c) => isBlank(c.name))
      .map((c) => ({ field: `hiring.candidates.${c.id}.name`, code: 'ui.missing.candidateName' })),
  ];
  return { project: { ...project, role: role.role, rubric }, blockers: [...role.blockers, ...rubricGaps, ...people] };
}
