// The one data boundary: every project file, from disk or from the other side of the contract,
// comes in through here: size check, parse, upgrade, validate, then the rules a schema cannot say.
import { fail, ok, type Result } from '../result.js';
import { CURRENT_SCHEMA_VERSION, Project } from '../schema/project.js';
import { validate } from '../schema/validator.js';
import { archetypeTotal } from '../role/archetypes.js';
import { parseJsonText } from './json-text.js';
import { migrate } from './migrate.js';
import { withRubricInStep } from '../rubric/role-rubric.js';
import { checkHiringReferences } from '../hiring/references.js';
import { checkUniqueIds } from './unique-ids.js';

export function loadProject(text: string): Result<Project> {
  const parsed = parseJsonText(text, 'project', 'file.notJson');
  return parsed.ok ? checkProject(parsed.value) : parsed;
}

export function checkProject(data: unknown): Result<Project> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('file.notProject');
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (version === undefined) return fail('file.noVersion');
  // a version no app ever wrote ("3", 2.5, 0) is named as such, not called missing
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail('file.badVersion', { version: JSON.stringify(version).slice(0, 40) });
  if (version > CURRENT_SCHEMA_VERSION) return fail('file.newerVersion', { version, supported: CURRENT_SCHEMA_VERSION });
  const upgraded = migrate(data as { schemaVersion: number });
  const checked = validate(Project, upgraded);
  if (!checked.valid) return fail('file.invalid', { count: checked.total }, checked.fields, checked.total);
  const total = archetypeTotal(checked.value.role.archetypes);
  if (total !== 100) {
    return fail('file.invalid', { count: 1 }, [{ field: 'role.archetypes', code: 'validation.archetypeTotal', params: { total } }]);
  }
  const references = [...checkUniqueIds(checked.value), ...checkHiringReferences(checked.value.hiring)];
  if (references.length) return fail('file.invalid', { count: references.length }, references);
  // normalise: the rubric always mirrors the role's must-haves, qualities and archetypes
  return ok(withRubricInStep(checked.value));
}

/** Pretty-printed with a trailing newline so files diff well and open cleanly in any editor. */
export function serializeProject(project: Project): string {
  return `${JSON.stringify(project, null, 2)}\n`;
}
