// Plural forms follow each language's rules through i18next (Intl.PluralRules): Polish and Ukrainian
// pick between one, few and many by the last digits, not "1 or more".
import { describe, expect, it } from 'vitest';
import { translator } from './index.js';

const counted = (locale: string) => [1, 2, 5, 22, 25].map((count) => translator(locale)('language.words', { count }));

describe('plurals', () => {
  it('English: one and other', () => {
    expect(counted('en')).toEqual(['1 word', '2 words', '5 words', '22 words', '25 words']);
  });

  it('Polish: one, few (2–4, 22–24) and many (5–21, 25…)', () => {
    expect(counted('pl')).toEqual(['1 słowo', '2 słowa', '5 słów', '22 słowa', '25 słów']);
  });

  it('Ukrainian: one, few and many', () => {
    expect(counted('uk')).toEqual(['1 слово', '2 слова', '5 слів', '22 слова', '25 слів']);
  });

  it('Polish and Ukrainian: 12–14 are many, 21 is one in Ukrainian but many in Polish', () => {
    expect(translator('pl')('language.words', { count: 12 })).toBe('12 słów');
    expect(translator('pl')('language.words', { count: 21 })).toBe('21 słów');
    expect(translator('uk')('language.words', { count: 21 })).toBe('21 слово');
    expect(translator('uk')('language.words', { count: 14 })).toBe('14 слів');
  });

  it('Italian and Dutch: one and other', () => {
    expect(translator('it')('language.words', { count: 1 })).toBe('1 parola');
    expect(translator('it')('language.words', { count: 22 })).toBe('22 parole');
    expect(translator('nl')('language.words', { count: 1 })).toBe('1 woord');
    expect(translator('nl')('language.words', { count: 5 })).toBe('5 woorden');
  });
});
