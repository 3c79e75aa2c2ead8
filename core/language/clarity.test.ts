import { describe, expect, it } from 'vitest';
import { fleschKincaid } from 'flesch-kincaid';
import { analyse } from './analyse.js';
import { builtInRules, checkRole } from './check.js';
import { describeFields } from './description.js';
import { blankRole, filler } from '../testing/blank-role.js';
import { isPassive } from './passive.js';

const rules = builtInRules('en');
const prose = (...texts: string[]) => {
  const stats = describeFields(
    texts.map((t) => ({ prose: true, analysis: analyse(t, rules) })),
    rules.thresholds,
  );
  return { ...stats, grade: stats.readability?.value ?? null };
};
const ruleIds = (report: ReturnType<typeof checkRole>) => report.findings.map((f) => f.ruleId);

describe('readability: Flesch–Kincaid grade', () => {
  it('matches the formula worked by hand on one-syllable words', () => {
    // 2 sentences, 14 words, 14 syllables: 0.39 × 7 + 11.8 × 1 − 15.59 = −1.06
    expect(prose('The cat sat on the mat. A dog ran to the big red barn.').grade).toBe(-1.1);
    expect(0.39 * (14 / 2) + 11.8 * (14 / 14) - 15.59).toBeCloseTo(-1.06, 5);
  });

  it('matches the formula on long words, and the flesch-kincaid package', () => {
    // 1 sentence, 4 words, 6 + 4 + 2 + 5 = 17 syllables: 0.39 × 4 + 11.8 × 17/4 − 15.59 = 36.12
    const stats = prose('Organisational transformation requires collaboration.');
    expect(stats.grade).toBe(36.1);
    expect(fleschKincaid({ sentence: 1, word: 4, syllable: 17 })).toBeCloseTo(36.12, 5);
  });

  it('counts every prose field as its own sentence, bullets without full stops included', () => {
    expect(prose('The cat sat on the mat', 'A dog ran to the big red barn').grade).toBe(-1.1);
  });

  it('flags a description above grade 14 as medium, and only once it has 100 words', () => {
    const dense = 'Organisational transformation requires interdisciplinary collaboration.';
    const longDense = blankRole((r) => (r.objectives.purpose = Array.from({ length: 25 }, () => dense).join(' ')));
    const report = checkRole(longDense, rules);
    const finding = report.findings.find((f) => f.ruleId === 'clarity.readability');
    expect(finding).toMatchObject({ severity: 'medium', field: 'description', params: { limit: 14 } });
    expect(report.readability?.value).toBeGreaterThan(14);
    expect(
      ruleIds(
        checkRole(
          blankRole((r) => (r.objectives.purpose = dense)),
          rules,
        ),
      ),
    ).not.toContain('clarity.readability');
  });
});

describe('passive voice', () => {
  it.each([
    ['The budget was approved by the board.', true],
    ['Customers are not always measured fairly.', true],
    ['The report will be written by the team.', true],
    ['Every journey has been mapped.', true],
    ['You will lead the team.', false],
    ['She is a leader.', false],
    ['We need a speed boost.', false],
    ['The shed is red.', false],
    ['Is it ready?', false],
  ])('%s → %s', (sentence, passive) => {
    expect(isPassive(sentence.match(/[\p{L}']+/gu) ?? [])).toBe(passive);
  });

  it('reports the share of prose sentences and flags more than 20%', () => {
    const active = 'You will lead the team.';
    const passive = 'The plan was approved.';
    const role = (texts: string[]) => blankRole((r) => (r.objectives.purpose = texts.join(' ')));
    const one = checkRole(role([passive, active, active, active, active]), rules);
    expect(one.passiveShare).toBeCloseTo(0.2, 5);
    expect(ruleIds(one)).not.toContain('clarity.passive-share');
    const two = checkRole(role([passive, passive, active, active, active]), rules);
    expect(two.passiveShare).toBeCloseTo(0.4, 5);
    expect(two.findings.find((f) => f.ruleId === 'clarity.passive-share')?.params).toEqual({ share: 40, limit: 20 });
  });
});

describe('length and lists', () => {
  it('flags a description under 300 or over 1,200 words', () => {
    const words = (n: number) =>
      checkRole(
        blankRole((r) => (r.objectives.purpose = filler(n / 10))),
        rules,
      );
    // the title adds three words
    expect(words(290).findings.find((f) => f.ruleId === 'clarity.length')?.reasonKey).toBe('language.reason.tooShort');
    expect(ruleIds(words(300))).not.toContain('clarity.length');
    expect(ruleIds(words(1190))).not.toContain('clarity.length');
    expect(words(1200).findings.find((f) => f.ruleId === 'clarity.length')?.params).toEqual({ count: 1203, limit: 1200 });
  });

  it('flags a printed list of more than 10 items, responsibilities per theme', () => {
    const role = blankRole((r) => {
      r.niceToHaves = Array.from({ length: 11 }, (_, i) => ({ id: `nh-${i}`, text: 'Calm under load' }));
      r.objectives.outcomes = [{ id: 'o-1', text: 'Keep 90% of customers' }];
      r.responsibilities = Array.from({ length: 12 }, (_, i) => ({
        id: `r-${i}`,
        theme: i < 6 ? 'Strategy' : 'Team',
        text: 'Plan the work.',
        measuredBy: ['o-1'],
      }));
    });
    const lists = checkRole(role, rules).findings.filter((f) => f.ruleId === 'clarity.long-list');
    expect(lists.map((f) => [f.field, f.severity, f.params.count])).toEqual([['niceToHaves', 'low', 11]]);
  });
});
