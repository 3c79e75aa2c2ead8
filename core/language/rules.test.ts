import { describe, expect, it } from 'vitest';
import language from '../i18n/en/language.json' with { type: 'json' };
import { translator } from '../i18n/index.js';
import { builtInRules, checkText, mergeRules, rulesFor } from './check.js';
import { BUILT_IN } from './load-rules.js';
import { PhraseRuleSet, REASONS, schemaProblems, Thresholds } from './rules-schema.js';
import { validateRuleSet } from './rules.js';

const rules = builtInRules('en');
const files = BUILT_IN.en!;
const userSet = (rules: unknown[], extra: Record<string, unknown> = {}) => ({
  id: 'house-style',
  locale: 'en',
  kind: 'jargon',
  severity: 'medium',
  reason: 'jargon',
  source: 'Our own style guide',
  inflections: true,
  rules,
  ...extra,
});

describe('built-in rule files', () => {
  it.each(files.sets.map((s) => [(s as { id: string }).id, s]))('%s validates against the schema', (_id, set) => {
    expect(schemaProblems(PhraseRuleSet, set, 'set')).toEqual([]);
    expect(validateRuleSet(set, 'en')).toMatchObject({ ok: true });
  });

  it('validates the thresholds file', () => {
    expect(schemaProblems(Thresholds, files.thresholds, 'thresholds')).toEqual([]);
  });

  it('names a source for every list and says where a list is the team’s own judgement', () => {
    for (const set of rules.sets) {
      expect(set.source.length, set.id).toBeGreaterThan(20);
      expect(set.locale).toBe('en');
    }
    const jargon = rules.sets.find((s) => s.id === 'jargon');
    expect(jargon?.source).toMatch(/team's editorial judgement/);
  });

  it('gives every rule outside the gender lists a plain alternative, or none where only the writer knows', () => {
    for (const set of rules.sets.filter((s) => s.kind === 'exclusionary' || s.kind === 'jargon')) {
      for (const rule of set.rules) expect(rule.suggestion, `${set.id}.${rule.id}`).not.toBeNull();
    }
  });

  it('uses only reasons the catalogue holds, and every reason reads without gaps', () => {
    const t = translator('en');
    expect(REASONS).toEqual([...new Set(Object.keys(language.reason).map((k) => k.replace(/_(one|other)$/, '')))]);
    for (const key of REASONS) {
      const text = t(`language.reason.${key}`, {
        match: 'X',
        suggestion: 'Y',
        words: 1,
        limit: 2,
        count: 3,
        grade: 4,
        share: 5,
        masculine: 6,
        feminine: 7,
        score: 8,
        formula: 'Gulpease',
      });
      expect(text, key).not.toMatch(/\{\{|language\.reason/);
    }
  });

  it('finds every pattern of every rule, once, with no other rule of its kind competing', () => {
    for (const set of rules.sets) {
      for (const rule of set.rules) {
        for (const pattern of rule.patterns) {
          const text = pattern.replace(/\*/g, '');
          const sameKind = checkText(text, rules).filter((f) => f.kind === set.kind);
          expect(
            sameKind.map((f) => f.ruleId),
            `${set.id}.${rule.id}: ${pattern}`,
          ).toEqual([`${set.id}.${rule.id}`]);
        }
      }
    }
  });

  it('loads the same compiled rules each time, and none for a language without rules', () => {
    expect(builtInRules('en')).toBe(rules);
    expect(rulesFor('en-GB')).toBe(rules);
    expect(rulesFor('it')).toBe(rulesFor('it'));
    expect(rulesFor('fr')).toBeNull();
    expect(() => builtInRules('fr')).toThrow(/no built-in language rules/);
  });
});

describe('mergeRules', () => {
  it('adds a user rule set that then finds its phrases', () => {
    const merged = mergeRules(rules, [userSet([{ id: 'blue-sky', patterns: ['blue-sky thinking'], suggestion: 'new ideas' }])]);
    expect(merged.ok).toBe(true);
    if (!merged.ok) return;
    const findings = checkText('We love blue sky thinking, ninja.', merged.value);
    expect(findings.map((f) => [f.ruleId, f.suggestion, f.source])).toEqual([
      ['house-style.blue-sky', 'new ideas', 'Our own style guide'],
      ['jargon.ninja', 'specialist', rules.sets.find((s) => s.id === 'jargon')!.source],
    ]);
  });

  it('replaces a built-in rule with the same set and rule id', () => {
    const override = userSet([{ id: 'ninja', patterns: ['ninja'], suggestion: 'expert' }], { id: 'jargon' });
    const merged = mergeRules(rules, [override]);
    expect(merged.ok && checkText('ninja', merged.value).map((f) => f.suggestion)).toEqual(['expert']);
    expect(checkText('ninja', rules).map((f) => f.suggestion)).toEqual(['specialist']);
  });

  it.each([
    ['a missing source', userSet([{ id: 'x', patterns: ['xx'], suggestion: null }], { source: undefined }), 'language.rulesError.invalid'],
    ['an unknown reason', userSet([{ id: 'x', patterns: ['xx'], suggestion: null, reason: 'because' }]), 'language.rulesError.invalid'],
    ['an unknown kind', userSet([], { kind: 'tone' }), 'language.rulesError.invalid'],
    [
      'a repeated rule id',
      userSet([
        { id: 'x', patterns: ['xx'], suggestion: null },
        { id: 'x', patterns: ['yy'], suggestion: null },
      ]),
      'language.rulesError.duplicateRule',
    ],
    ['a two-letter wildcard', userSet([{ id: 'x', patterns: ['le*'], suggestion: null }]), 'language.rulesError.badPattern'],
    ['a pattern of punctuation', userSet([{ id: 'x', patterns: ['--'], suggestion: null }]), 'language.rulesError.badPattern'],
    ['another locale', userSet([], { locale: 'de' }), 'language.rulesError.locale'],
  ])('refuses a set with %s, merging nothing', (_name, set, code) => {
    const merged = mergeRules(rules, [userSet([]), set]);
    expect(merged.ok).toBe(false);
    if (merged.ok) return;
    expect(merged.problems.map((p) => p.code)).toContain(code);
    expect(merged.problems.every((p) => p.field.startsWith('[1]'))).toBe(true);
  });
});
