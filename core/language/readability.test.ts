// Reading measures made for each language, checked against the formulas worked by hand.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.js';
import { checkRole, rulesFor } from './check.js';
import { describeFields } from './description.js';
import { readability } from './readability.js';
import { syllableCounter } from './syllables.js';
import { blankRole } from '../testing/blank-role.js';

const stats = (locale: string, ...texts: string[]) => {
  const rules = rulesFor(locale)!;
  return describeFields(
    texts.map((t) => ({ prose: true, analysis: analyse(t, rules) })),
    rules.thresholds,
  );
};

describe('Gulpease (Italian)', () => {
  it('is 89 + (300 × sentences − 10 × letters) / words', () => {
    // 2 sentences, 6 words, 2 + 5 + 5 + 2 + 4 + 5 = 23 letters: 89 + (600 − 230) / 6 = 150.67
    expect(stats('it', 'Il gatto dorme. Il cane corre.').readability).toEqual({ formula: 'gulpease', value: 150.7 });
    expect(readability('gulpease', { sentences: 1, words: 10, letters: 80, syllables: 0 })?.value).toBe(39);
  });

  it('flags a long description below 40 as hard to read', () => {
    const dense = 'Riorganizzazione trasversale interdipartimentale multidisciplinare sovranazionale contestualizzata.';
    const role = blankRole((r) => {
      r.locale = 'it';
      r.objectives.purpose = Array.from({ length: 20 }, () => dense).join(' ');
    });
    const report = checkRole(role, rulesFor('it'));
    expect(report.readability!.value).toBeLessThan(40);
    expect(report.findings.find((f) => f.ruleId === 'clarity.readability')).toMatchObject({
      reasonKey: 'language.reason.readingEase',
      params: { formula: 'Gulpease', limit: 40 },
    });
  });
});

describe('Flesch–Douma (Dutch)', () => {
  it('is 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence', () => {
    // 1 sentence, 6 words, 6 syllables: 206.84 − 77 − 5.58 = 124.26
    expect(stats('nl', 'De kat zit op de mat.').readability).toEqual({ formula: 'flesch-douma', value: 124.3 });
  });

  it('counts Dutch syllables as vowel groups, a diaeresis opening a new one', () => {
    const count = syllableCounter('nl')!;
    expect(['kat', 'zeeuws', 'vrijheid', 'ideeën', 'beïnvloeden', 'organisatie'].map(count)).toEqual([1, 1, 2, 3, 4, 5]);
  });
});

describe('languages without a reading formula', () => {
  it('computes none for Polish and Ukrainian, and their rule files say why', () => {
    for (const locale of ['pl', 'uk']) {
      expect(stats(locale, 'Zdanie pierwsze. Друге речення.').readability).toBeNull();
      const measure = rulesFor(locale)!.thresholds.readability;
      expect(measure.formula).toBe('none');
      // the reason, in the rule file's own language where it is translated
      expect(measure.source).toMatch(/no (reading formula|score)|nie stosujemy wzoru czytelności|не застосовуємо жодної формули/i);
    }
  });
});
