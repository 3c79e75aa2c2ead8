// The one call that brings a project's rubric into step with its role, with the right template
// content and catalogue: used on load, on every role edit in the app, and by the CLI.
import { translator } from '../i18n/index.js';
import type { Project } from '../schema/project.js';
import { templateFor } from '../project/templates.js';
import { contentSource, type ContentSource } from './content.js';
import { syncRubric } from './sync.js';

export function rubricContentFor(project: Pick<Project, 'role'>): ContentSource {
  return contentSource(templateFor(project.role), translator(project.role.locale));
}

export function withRubricInStep<P extends Project>(project: P): P {
  const t = translator(project.role.locale);
  return { ...project, rubric: syncRubric(project.role, project.rubric, rubricContentFor(project), t) };
}
