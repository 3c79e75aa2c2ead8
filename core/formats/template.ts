// The data boundary for role templates: the files in templates/ are checked through here at build
// time and by `cxo-studio validate`, exactly as projects and scorecards are.
import { fail, ok, type Result } from '../result.js';
import { Template } from '../schema/project.js';
import { validate } from '../schema/validator.js';
import { parseJsonText } from './json-text.js';

export function checkTemplate(data: unknown): Result<Template> {
  const checked = validate(Template, data);
  return checked.valid ? ok(checked.value) : fail('file.invalid', { count: checked.total }, checked.fields, checked.total);
}

export function parseTemplate(text: string): Result<Template> {
  const parsed = parseJsonText(text, 'template', 'file.notJson');
  return parsed.ok ? checkTemplate(parsed.value) : parsed;
}

/** A template has no schemaVersion but says when to choose it; a project is everything else. */
export function looksLikeTemplate(data: unknown): boolean {
  return typeof data === 'object' && data !== null && !('schemaVersion' in data) && 'whenToChoose' in data;
}
