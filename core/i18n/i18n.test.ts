import { describe, expect, it } from 'vitest';
import { formatDate, formatMoment, formatPercent, decimalFormat, collator } from './format.js';
import { createI18n, languagesNeeded, translator } from './index.js';
import { LOCALES, TRANSLATION_IN_PROGRESS, intlLocale, isComplete, matchLocale } from './locales.js';
import { pseudoString } from './pseudo.js';

describe('languages', () => {
  it('matches the system language by its language part, English otherwise', () => {
    expect(matchLocale(['pl-PL', 'en-US'])).toBe('pl');
    expect(matchLocale(['de-DE', 'uk_UA.UTF-8'])).toBe('uk');
    expect(matchLocale(['C', 'fr'])).toBe('en');
    expect(matchLocale([])).toBe('en');
  });

  it('formats English as British English', () => {
    expect(intlLocale('en')).toBe('en-GB');
    expect(formatDate(new Date('2026-11-29T12:00:00Z'), 'en', 'UTC')).toBe('29 November 2026');
    // a moment (a scoring record's entry, a card's submission) in the reader's own time zone, day first
    expect(formatMoment(new Date(2026, 10, 30, 7, 12), 'en')).toBe('30 Nov 2026, 07:12');
    expect(formatMoment(new Date(2026, 10, 30, 7, 12), 'pl')).toBe('30 lis 2026, 07:12');
  });

  it('formats dates, decimals and percentages in each language', () => {
    const day = new Date('2026-11-29T12:00:00Z');
    expect(formatDate(day, 'it', 'UTC')).toBe('29 novembre 2026');
    expect(formatDate(day, 'nl', 'UTC')).toBe('29 november 2026');
    expect(formatDate(day, 'pl', 'UTC')).toBe('29 listopada 2026');
    expect(formatDate(day, 'uk', 'UTC')).toBe('29 листопада 2026 р.');
    expect(decimalFormat('en', 1).format(7.5)).toBe('7.5');
    expect(decimalFormat('pl', 1).format(7.5)).toBe('7,5');
    expect(formatPercent(0.35, 'en')).toBe('35%');
    expect(formatPercent(0.35, 'it')).toBe('35%');
  });

  it('sorts names as each language does', () => {
    const names = ['Żaneta', 'Zofia', 'Łukasz', 'Lech', 'Adam'];
    expect([...names].sort(collator('pl').compare)).toEqual(['Adam', 'Lech', 'Łukasz', 'Zofia', 'Żaneta']);
    expect([...names].sort()).not.toEqual([...names].sort(collator('pl').compare)); // code-point order gets Polish wrong
    expect(['Яна', 'Єва', 'Ігор', 'Іван', 'Андрій'].sort(collator('uk').compare)).toEqual(['Андрій', 'Єва', 'Іван', 'Ігор', 'Яна']);
  });

  it('falls back to English only for a language still being translated', () => {
    for (const locale of TRANSLATION_IN_PROGRESS) expect(languagesNeeded(locale)).toEqual([locale, 'en']);
    for (const locale of LOCALES.filter(isComplete)) expect(languagesNeeded(locale)).toEqual([locale]);
    expect(languagesNeeded('en')).toEqual(['en']);
    expect(translator('pl')('languages.interface.label')).toBe('Język interfejsu');
  });

  it('the pseudo-locale comes with English, derived from it', () => {
    expect(() => createI18n('en-XA')).not.toThrow();
  });
});

describe('pseudo-locale', () => {
  it('lengthens by at least 40%, accents letters, brackets the text and keeps placeholders', () => {
    const text = 'Language score: {{score}} out of 100';
    const pseudo = pseudoString(text);
    expect(pseudo.length).toBeGreaterThanOrEqual(text.length * 1.4);
    expect(pseudo).toMatch(/^\[Ĺåñĝûåĝé šçöŕé: \{\{score\}\} öûţ öƒ 100 .+\]$/u);
    expect(translator('en-XA')('language.score', { score: 87 })).toContain('87');
  });
});
