// The data boundary for scorecard files, like core/formats/project.ts is for projects.
import { repeatedRatings } from '../hiring/references.js';
import { fail, ok, type FieldProblem, type Result } from '../result.js';
import { repeatedIds } from './unique-ids.js';
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
  if (!checked.valid) return fail('scorecard.invalid', { count: checked.total }, checked.fields, checked.total);
  const rules = scorecardRules(checked.value);
  return rules.length ? fail('scorecard.invalid', { count: rules.length }, rules) : ok(checked.value);
}

/**
 * A card rates each criterion it lists once, and only those: a card rating one criterion 16 times
 * would weigh 16 times as much, and a rating of a criterion it does not list cannot be checked.
 */
function scorecardRules(file: ScorecardFile): FieldProblem[] {
  const listed = new Set(file.criteria.map((c) => c.id));
  return [
    ...repeatedIds(file.criteria, 'criteria'),
    ...repeatedRatings(file.scorecard, 'scorecard'),
    ...file.scorecard.ratings.flatMap((r, j) =>
      listed.has(r.criterionId)
        ? []
        : [{ field: `scorecard.ratings[${j}].criterionId`, code: 'validation.unknownReference', params: { id: r.criterionId } }],
    ),
  ];
}
