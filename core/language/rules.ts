// Rule sets → one compiled, indexed rule book. Compiled once per set of sets, so each keystroke only
// looks words up in maps instead of walking every pattern.
import type { FieldProblem } from '../result.js';
import { PhraseRuleSet, Thresholds, schemaProblems, type PhraseRule } from './rules-schema.js';
import { expandPattern, MAX_FORMS, normalise, patternWords, stemOf, type PatternWord } from './tokens.js';
import type { Kind, PartOfSpeech, Severity } from './types.js';

export interface CompiledRule {
  ruleId: string;
  kind: Kind;
  severity: Severity;
  reasonKey: string;
  suggestion: string | null;
  source: string;
  inflections: boolean;
  coding?: 'masculine' | 'feminine';
  unlessNumberWithin?: number;
  /** checked only in these fields (the set's `fields`) */
  fields?: readonly string[];
  /** quiet on a text holding any of these, lower case (the set's `quietWhen`) */
  quietWhen?: readonly string[];
  locale: string;
  partOfSpeech?: PartOfSpeech;
  modifier?: string;
}

export interface CompiledPattern {
  /** exact words hold the word, or its stem when the set matches inflections; prefixes hold the prefix */
  words: PatternWord[];
  rule: CompiledRule;
  /** whole words, lower case, the set never matches (its `except` list) */
  except?: ReadonlySet<string>;
}

export interface Rules {
  locale: string;
  /** the validated sets, in order, so a caller can merge more onto them */
  sets: readonly PhraseRuleSet[];
  thresholds: Thresholds;
  byWord: ReadonlyMap<string, CompiledPattern[]>;
  byStem: ReadonlyMap<string, CompiledPattern[]>;
  /** keyed by the first three letters of a prefix pattern's first word */
  byPrefix: ReadonlyMap<string, CompiledPattern[]>;
}

/** The shortest prefix worth matching: shorter ones ("le*") would hit half the dictionary. */
export const MIN_PREFIX = 3;

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

const language = (locale: string) => locale.slice(0, 2);

/** Schema, then what a schema cannot say: unique rule ids, patterns with words, long enough prefixes. */
export function validateRuleSet(data: unknown, locale?: string): Checked<PhraseRuleSet> {
  const name =
    typeof data === 'object' && data !== null && typeof (data as { id?: unknown }).id === 'string' ? (data as { id: string }).id : '?';
  const problems = schemaProblems(PhraseRuleSet, data, name);
  if (problems.length) return { ok: false, problems };
  const set = data as PhraseRuleSet;
  if (locale && language(set.locale) !== language(locale)) {
    problems.push({ field: '/locale', code: 'language.rulesError.locale', params: { set: set.id, locale: set.locale, expected: locale } });
  }
  // the stemmer is Porter's, made for English: other languages list their forms in braces instead
  if (set.inflections && language(set.locale) !== 'en') {
    problems.push({ field: '/inflections', code: 'language.rulesError.inflections', params: { set: set.id, locale: set.locale } });
  }
  const ids = new Set<string>();
  set.rules.forEach((rule, i) => {
    if (ids.has(rule.id))
      problems.push({ field: `/rules/${i}/id`, code: 'language.rulesError.duplicateRule', params: { set: set.id, rule: rule.id } });
    ids.add(rule.id);
    for (const pattern of rule.patterns) {
      const forms = expandPattern(pattern);
      // a pattern of numbers alone would flag every figure in the text
      const bad = (words: PatternWord[]) =>
        !words.length || words.every((w) => w.number) || words.some((w) => !w.value || (w.prefix && w.value.length < MIN_PREFIX));
      if (!forms || forms.length > MAX_FORMS || forms.some((form) => bad(patternWords(form)))) {
        problems.push({
          field: `/rules/${i}/patterns`,
          code: 'language.rulesError.badPattern',
          params: { set: set.id, rule: rule.id, pattern },
        });
      }
    }
  });
  return problems.length ? { ok: false, problems } : { ok: true, value: set };
}

export function validateThresholds(data: unknown): Checked<Thresholds> {
  const problems = schemaProblems(Thresholds, data, 'thresholds');
  return problems.length ? { ok: false, problems } : { ok: true, value: data as Thresholds };
}

function compileRule(set: PhraseRuleSet, rule: PhraseRule): CompiledRule {
  return {
    ruleId: `${set.id}.${rule.id}`,
    kind: set.kind,
    severity: set.severity,
    reasonKey: `language.reason.${rule.reason ?? set.reason}`,
    suggestion: rule.suggestion,
    source: rule.source ?? set.source,
    inflections: set.inflections,
    ...(rule.coding ? { coding: rule.coding } : {}),
    ...(rule.unlessNumberWithin ? { unlessNumberWithin: rule.unlessNumberWithin } : {}),
    ...(set.fields ? { fields: set.fields } : {}),
    ...(set.quietWhen ? { quietWhen: set.quietWhen.map(normalise) } : {}),
    locale: set.locale,
    ...(rule.partOfSpeech ? { partOfSpeech: rule.partOfSpeech } : {}),
    ...(rule.modifier ? { modifier: rule.modifier } : {}),
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Later sets win: a rule whose `<set id>.<rule id>` repeats an earlier one replaces it. */
export function compileRules(locale: string, sets: readonly PhraseRuleSet[], thresholds: Thresholds): Rules {
  const latest = new Map<string, { set: PhraseRuleSet; rule: PhraseRule }>();
  for (const set of sets) for (const rule of set.rules) latest.set(`${set.id}.${rule.id}`, { set, rule });
  const byWord = new Map<string, CompiledPattern[]>();
  const byStem = new Map<string, CompiledPattern[]>();
  const byPrefix = new Map<string, CompiledPattern[]>();
  const excepts = new Map<PhraseRuleSet, ReadonlySet<string>>();
  for (const set of sets) if (set.except?.length) excepts.set(set, new Set(set.except.map(normalise)));
  for (const { set, rule } of latest.values()) {
    const compiled = compileRule(set, rule);
    const except = excepts.get(set);
    for (const pattern of rule.patterns.flatMap((p) => expandPattern(p) ?? [])) {
      const words = patternWords(pattern).map((w) => (w.prefix || w.number || !set.inflections ? w : { ...w, value: stemOf(w.value) }));
      const first = words[0];
      if (!first) continue;
      const entry = { words, rule: compiled, ...(except ? { except } : {}) };
      if (first.prefix) push(byPrefix, first.value.slice(0, MIN_PREFIX), entry);
      else push(set.inflections ? byStem : byWord, first.value, entry);
    }
  }
  return { locale, sets, thresholds, byWord, byStem, byPrefix };
}
