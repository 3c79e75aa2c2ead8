import { CURRENT_SCHEMA_VERSION, type Project, type Template } from '../schema/project.js';
import { emptyHiring, emptyImported, emptyLanguage, emptyReview, emptyRubric } from './empty.js';
import { withRubricInStep } from '../rubric/role-rubric.js';
import { deepCopy } from './templates.js';
import { newProjectId } from './id.js';

/** A new project seeded from a template: a deep copy, so editing it never touches the template. */
export function projectFromTemplate(t: Template): Project {
  return withRubricInStep({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: newProjectId(),
    role: deepCopy(t.role),
    rubric: emptyRubric(),
    hiring: emptyHiring(),
    review: emptyReview(),
    language: emptyLanguage(),
    imported: emptyImported(),
  });
}
