// The built-in rule files, validated when first used, and the one way to add a user's own rule sets:
// validated exactly like the built-in ones, then merged on top of them.
import type { FieldProblem } from '../result.js';
import { BUILT_IN } from './built-in.js';
import type { PhraseRuleSet } from './rules-schema.js';
import { compileRules, validateRuleSet, validateThresholds, type Checked, type Rules } from './rules.js';

export { BUILT_IN };

const DEFAULT_LOCALE = 'en';
const compiled = new Map<string, Rules>();

const describe = (problems: FieldProblem[]) => problems.map((p) => `${p.code} ${JSON.stringify(p.params ?? {})} at ${p.field}`).join('; ');

/**
 * The built-in rules of a language, or null when it has none: the checker then says so rather than
 * running another language's rules. Compiled once and shared: the checker caches its work per rule
 * book, so the same object must come back. A broken built-in file is a bug in this repository, not
 * a user error, so it throws.
 */
export function rulesFor(locale: string): Rules | null {
  const key = locale.slice(0, 2);
  if (!Object.hasOwn(BUILT_IN, key)) return null;
  const cached = compiled.get(key);
  if (cached) return cached;
  const files = BUILT_IN[key];
  if (!files) return null;
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

/** The built-in rules of a language that has them (English by default); throws for one that has none. */
export function builtInRules(locale: string = DEFAULT_LOCALE): Rules {
  const rules = rulesFor(locale);
  if (!rules) throw new Error(`no built-in language rules for ${locale}`);
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
