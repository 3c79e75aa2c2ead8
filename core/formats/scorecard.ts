// The data boundary for scorecard files, like core/formats/project.ts is for projects.
import { fail, ok, type Result } from '../result.js';
import { ScorecardFile, SCORECARD_FILE_KIND, SCORECARD_FILE_VERSION } from '../schema/scorecard-file.js';
import { validate } from '../schema/validator.js';
import { parseJsonText } from './json-text.js';

export function parseScorecardFile(text: string): Result<ScorecardFile> {
  const parsed = parseJsonText(text, 'scorecard', 'scorecard.notJson');
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  const kind = (data as { kind?: unknown } | null)?.kind;
  if (kind !== SCORECARD_FILE_KIND) return fail('scorecard.notScorecard');
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > SCORECARD_FILE_VERSION) return fail('scorecard.newerVersion', { version });
  const checked = validate(ScorecardFile, data);
  if (!checked.valid) return fail('scorecard.invalid', { count: checked.fields.length }, checked.fields);
  return ok(checked.value);
}
