// Every built-in rule file of every language: valid, sourced, and each form of each pattern found by
// its own rule, in the field the rule is for, with no other rule of its kind winning instead.
import { describe, expect, it } from 'vitest';
import { checkText, rulesFor } from './check.js';
import { BUILT_IN } from './load-rules.js';
import { validateRuleSet } from './rules.js';
import { expandPattern, MAX_FORMS } from './tokens.js';

const LANGUAGES = Object.keys(BUILT_IN).filter((l) => l !== 'en');

describe.each(LANGUAGES)('%s rule files', (locale) => {
  const rules = rulesFor(locale)!;

  it('cite a source for every set and never an internal note', () => {
    for (const set of rules.sets) {
      expect(set.source.length, set.id).toBeGreaterThan(40);
      expect(set.inflections, set.id).toBe(false);
      for (const rule of set.rules) expect(rule.source ?? set.source).not.toMatch(/DOMAIN\.md|seed|source article/i);
    }
  });

  it('find every form of every pattern with its own rule', () => {
    for (const set of rules.sets) {
      const field = set.fields?.[0] ?? 'text';
      for (const rule of set.rules) {
        for (const form of rule.patterns.flatMap((p) => expandPattern(p) ?? [])) {
          const text = form.replace(/\*/g, '').replace(/#/g, '35');
          const sameKind = checkText(text, rules, field).filter((f) => f.kind === set.kind);
          expect(
            sameKind.map((f) => f.ruleId),
            `${set.id}.${rule.id}: ${form}`,
          ).toEqual([`${set.id}.${rule.id}`]);
        }
      }
    }
  });
});

describe('word forms in braces', () => {
  it('spell out every combination, an empty choice included', () => {
    expect(expandPattern('giovan{e,i} e dinamic{o,a}')).toEqual([
      'giovane e dinamico',
      'giovane e dinamica',
      'giovani e dinamico',
      'giovani e dinamica',
    ]);
    expect(expandPattern('jong{,e}')).toEqual(['jong', 'jonge']);
    expect(expandPattern('plain words')).toEqual(['plain words']);
  });

  it('refuse unbalanced or nested braces and patterns of more than the allowed forms', () => {
    expect(expandPattern('młod{y,a')).toBeNull();
    expect(expandPattern('młod{y,{a}}')).toBeNull();
    const many = `${'a{b,c} '.repeat(7)}x`;
    const checked = validateRuleSet({
      id: 'house',
      locale: 'pl',
      kind: 'jargon',
      severity: 'low',
      reason: 'cliche',
      source: 'Our house style.',
      inflections: false,
      rules: [{ id: 'many', patterns: [many], suggestion: null }],
    });
    expect(2 ** 7).toBeGreaterThan(MAX_FORMS);
    expect(checked.ok ? [] : checked.problems.map((p) => p.code)).toEqual(['language.rulesError.badPattern']);
  });

  it('refuse a pattern of numbers alone, which would flag every figure', () => {
    const checked = validateRuleSet({
      id: 'house',
      locale: 'it',
      kind: 'jargon',
      severity: 'low',
      reason: 'cliche',
      source: 'Our house style.',
      inflections: false,
      rules: [{ id: 'numbers', patterns: ['# #'], suggestion: null }],
    });
    expect(checked.ok ? [] : checked.problems.map((p) => p.code)).toEqual(['language.rulesError.badPattern']);
  });

  it('keep the English stemmer for English: another language lists its forms', () => {
    const checked = validateRuleSet(
      {
        id: 'house',
        locale: 'uk',
        kind: 'jargon',
        severity: 'low',
        reason: 'cliche',
        source: 'Our house style.',
        inflections: true,
        rules: [{ id: 'x', patterns: ['гуру'], suggestion: null }],
      },
      'uk',
    );
    expect(checked.ok ? [] : checked.problems.map((p) => p.code)).toEqual(['language.rulesError.inflections']);
  });
});
