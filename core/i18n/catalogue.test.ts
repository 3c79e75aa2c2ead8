// No English fallback at run time: every language that is not listed as still being translated must
// have every key of the English catalogue, in every plural form it needs, with the same placeholders.
import { describe, expect, it } from 'vitest';
import en from './en/index.js';
import itCatalogue from './it/index.js';
import nl from './nl/index.js';
import pl from './pl/index.js';
import uk from './uk/index.js';
import { catalogueProblems, partialProblems } from './completeness.js';
import type { CatalogueTree } from './index.js';
import { LOCALES, TRANSLATION_IN_PROGRESS, isComplete, type Locale } from './locales.js';

const CATALOGUES: Record<Locale, CatalogueTree> = { en, it: itCatalogue, nl, pl, uk };

describe('catalogue completeness', () => {
  it.each(LOCALES.filter(isComplete))('%s has every key of the English catalogue', (locale) => {
    expect(catalogueProblems(en, CATALOGUES[locale], locale)).toEqual([]);
  });

  it.each([...TRANSLATION_IN_PROGRESS])('%s, still in progress, adds no stray key and keeps every placeholder', (locale) => {
    expect(partialProblems(en, CATALOGUES[locale], locale)).toEqual([]);
  });

  it('lists only supported languages as in progress, never English, the reference', () => {
    for (const locale of TRANSLATION_IN_PROGRESS) expect(LOCALES).toContain(locale);
    expect(TRANSLATION_IN_PROGRESS).not.toContain('en');
  });

  it('fails a complete language that misses a key, a plural form or a placeholder', () => {
    const reference: CatalogueTree = {
      a: { title: 'Title', words_one: '{{count}} word', words_other: '{{count}} words' },
      b: 'Hi {{name}}',
    };
    const polish: CatalogueTree = {
      a: { words_one: 'jedno słowo', words_few: '{{count}} słowa', words_other: '{{count}} słowa' },
      b: 'Cześć',
      c: 'x',
    };
    expect(catalogueProblems(reference, polish, 'pl')).toEqual([
      { key: 'a.title', problem: 'missing' },
      { key: 'a.words_many', problem: 'missing' },
      { key: 'b', problem: 'placeholders' },
      { key: 'c', problem: 'unexpected' },
    ]);
  });

  it('asks English for one and other, Polish and Ukrainian for one, few, many and other', () => {
    const reference: CatalogueTree = { n_one: '{{count}} x', n_other: '{{count}} xs' };
    expect(catalogueProblems(reference, {}, 'en').map((p) => p.key)).toEqual(['n_one', 'n_other']);
    expect(
      catalogueProblems(reference, {}, 'uk')
        .map((p) => p.key)
        .sort(),
    ).toEqual(['n_few', 'n_many', 'n_one', 'n_other']);
  });
});
