// The data boundary for scorecard files, like core/formats/project.ts is for projects.
import { fail, ok, type Result } from '../result.js';
import { ScorecardFile, SCORECARD_FILE_KIND, SCORECARD_FILE_VERSION } from '../schema/scorecard-file.js';
import { validate } from '../schema/validator.js';

export const MAX_SCORECARD_BYTES = 2 * 1024 * 1024;

export function parseScorecardFile(text: string): Result<ScorecardFile> {
  if (text.length > MAX_SCORECARD_BYTES) return fail('file.tooLarge', { limitMb: MAX_SCORECARD_BYTES / 1024 / 1024 });
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('scorecard.notJson');
  }
  const kind = (data as { kind?: unknown } | null)?.kind;
  if (kind !== SCORECARD_FILE_KIND) return fail('scorecard.notScorecard');
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > SCORECARD_FILE_VERSION) return fail('scorecard.newerVersion', { version });
  const checked = validate(ScorecardFile, data);
  if (!checked.valid) return fail('scorecard.invalid', { count: checked.fields.length }, checked.fields);
  return ok(checked.value);
}
