// The built-in rule files, validated when first used, and the one way to add a user's own rule sets:
// validated exactly like the built-in ones, then merged on top of them.
import ageist from './rules/ageist.json' with { type: 'json' };
import checks from './rules/checks.json' with { type: 'json' };
import exclusionary from './rules/exclusionary.json' with { type: 'json' };
import gender from './rules/gender.json' with { type: 'json' };
import jargon from './rules/jargon.json' with { type: 'json' };
import physical from './rules/physical.json' with { type: 'json' };
import vague from './rules/vague.json' with { type: 'json' };
import type { FieldProblem } from '../result.js';
import type { PhraseRuleSet } from './rules-schema.js';
import { compileRules, validateRuleSet, validateThresholds, type Checked, type Rules } from './rules.js';

/** The files as shipped, per locale. Thresholds are numbers, so one file serves every locale. */
export const BUILT_IN: Readonly<Record<string, { sets: readonly unknown[]; thresholds: unknown }>> = {
  en: { sets: [gender, ageist, exclusionary, physical, jargon, vague], thresholds: checks },
};

const DEFAULT_LOCALE = 'en';
const compiled = new Map<string, Rules>();

const describe = (problems: FieldProblem[]) => problems.map((p) => `${p.code} ${JSON.stringify(p.params ?? {})} at ${p.field}`).join('; ');

/**
 * The built-in rules for a locale (the default locale's when there are none for it). Compiled once
 * and shared: the checker caches its work per rule book, so the same object must come back.
 * A broken built-in file is a bug in this repository, not a user error, so it throws.
 */
export function builtInRules(locale: string = DEFAULT_LOCALE): Rules {
  const key = Object.hasOwn(BUILT_IN, locale.slice(0, 2)) ? locale.slice(0, 2) : DEFAULT_LOCALE;
  const cached = compiled.get(key);
  if (cached) return cached;
  const files = BUILT_IN[key];
  if (!files) throw new Error(`no built-in language rules for ${key}`);
  const sets: PhraseRuleSet[] = [];
  for (const file of files.sets) {
    const checked = validateRuleSet(file, key);
    if (!checked.ok) throw new Error(`built-in language rules are invalid: ${describe(checked.problems)}`);
    sets.push(checked.value);
  }
  const thresholds = validateThresholds(files.thresholds);
  if (!thresholds.ok) throw new Error(`built-in language thresholds are invalid: ${describe(thresholds.problems)}`);
  const rules = compileRules(key, sets, thresholds.value);
  compiled.set(key, rules);
  return rules;
}

/**
 * Adds a user's rule sets on top of `base`. A user rule whose `<set id>.<rule id>` matches an
 * existing one replaces it (to change a suggestion, say); every other rule is added. Nothing is
 * merged unless every set is valid, so a half-applied rule book never reaches the checker.
 */
export function mergeRules(base: Rules, userSets: readonly unknown[]): Checked<Rules> {
  const problems: FieldProblem[] = [];
  const sets: PhraseRuleSet[] = [];
  userSets.forEach((data, i) => {
    const checked = validateRuleSet(data, base.locale);
    if (checked.ok) sets.push(checked.value);
    else problems.push(...checked.problems.map((p) => ({ ...p, field: `[${i}]${p.field}` })));
  });
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: compileRules(base.locale, [...base.sets, ...sets], base.thresholds) };
}
