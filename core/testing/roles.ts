// Roles for tests: a template's defaults with the edits a test needs, never hand-built from nothing.
import type { Project } from '../schema/project.js';
import type { RoleDesign } from '../schema/role.js';
import '../project/all-templates.js'; // bench rows and end-to-end helpers build projects outside vitest's setup
import { findTemplate } from '../project/templates.js';
import { projectFromTemplate } from '../project/from-template.js';

/** A new project from a template, with a fixed id so two made in different processes are equal. */
export function templateProject(id = 'cxo'): Project {
  const template = findTemplate(id);
  if (!template) throw new Error(`no template ${id}`);
  return { ...projectFromTemplate(template), id: `p-test-${id}` };
}

export function templateRole(id = 'cxo', edit: (role: RoleDesign) => void = () => {}): RoleDesign {
  const role = templateProject(id).role;
  edit(role);
  return role;
}

/** Text that breaks naive XML or HTML handling: accents, Cyrillic, quotes, ampersands, angle brackets. */
export const AWKWARD_TEXT = 'Crème brûlée & Ко «Привет» "quoted" \'single\' <b>not bold</b> </w:t><w:t> a < b > c';
