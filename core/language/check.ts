// The language checker's API: one field, a whole role, and applying a suggestion. Pure and
// synchronous, so the renderer can run it on every keystroke and the CLI or exports can reuse it.
import type { RoleDesign } from '../schema/role.js';
import { analyse } from './analyse.js';
import { describeFields, descriptionFindings, genderBalance, type AnalysedField } from './description.js';
import { roleFields } from './fields.js';
import { countWords } from './sentences.js';
import { fieldFindings } from './findings.js';
import type { Rules } from './rules.js';
import { languageScore } from './score.js';
import { structureFindings } from './structure.js';
import { KINDS, type Finding, type Kind, type LanguageReport } from './types.js';

export { applySuggestion } from './apply.js';
export { builtInRules, mergeRules, rulesFor } from './load-rules.js';
export type { Rules } from './rules.js';
export type { Finding, GenderBalance, Kind, LanguageReport, Severity, Verdict } from './types.js';

/**
 * Findings of one text field: matched phrases and over-long sentences. `field` names the field in
 * each finding and its id; whole-description and structure checks need the role (see checkRole).
 */
export function checkText(text: string, rules: Rules, field = 'text'): Finding[] {
  return fieldFindings(field, text, analyse(text, rules), rules.thresholds);
}

function countByKind(findings: readonly Finding[]): Record<Kind, number> {
  const counts = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  for (const f of findings) counts[f.kind] += 1;
  return counts;
}

/**
 * Every text field of the role, then the checks over the whole description and over the role's
 * structure. Dismissed ids leave the findings, the counts and the score; the gender balance and the
 * statistics still describe the whole text, since dismissing a finding does not change the words.
 */
export function checkRole(role: RoleDesign, rules: Rules | null, dismissed: readonly string[] = []): LanguageReport {
  if (rules === null) return withoutRules(role);
  const analysed: (AnalysedField & { path: string; text: string })[] = roleFields(role).map((f) => ({
    ...f,
    analysis: analyse(f.text, rules),
  }));
  const stats = describeFields(analysed, rules.thresholds);
  const gender = genderBalance(analysed, rules.thresholds);
  const all = [
    ...analysed.flatMap((f) => fieldFindings(f.path, f.text, f.analysis, rules.thresholds)),
    ...descriptionFindings(stats, gender, rules.thresholds),
    ...structureFindings(role, rules.thresholds),
  ];
  const hidden = new Set(dismissed);
  const findings = hidden.size ? all.filter((f) => !hidden.has(f.id)) : all;
  return {
    language: rules.locale,
    hasRules: true,
    score: languageScore(findings),
    findings,
    byKind: countByKind(findings),
    gender,
    readability: stats.readability,
    readabilityFormula: rules.thresholds.readability.formula,
    words: stats.words,
    passiveShare: stats.passiveShare,
  };
}

/** A language with no rules: the words are counted, nothing is judged, and the report says so. */
function withoutRules(role: RoleDesign): LanguageReport {
  return {
    language: role.locale,
    hasRules: false,
    score: null,
    findings: [],
    byKind: countByKind([]),
    gender: null,
    readability: null,
    readabilityFormula: 'none',
    words: roleFields(role).reduce((sum, f) => sum + countWords(f.text), 0),
    passiveShare: null,
  };
}
