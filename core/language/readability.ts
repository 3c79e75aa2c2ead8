// Reading measures, each made for its language: Flesch–Kincaid grade for English, Gulpease for
// Italian (letters, not syllables), Flesch–Douma for Dutch. Polish and Ukrainian have none here, as
// their rule files state. Counts come from the prose sentences (see description.ts).
import { fleschKincaid } from 'flesch-kincaid';
import type { ReadabilityFormula } from './rules-schema.js';

export interface ProseCounts {
  sentences: number;
  words: number;
  syllables: number;
  letters: number;
}

export interface Readability {
  formula: ReadabilityFormula;
  /** rounded to one decimal: a grade for Flesch–Kincaid, an ease score (higher is easier) for the others */
  value: number;
}

const FORMULAS: Readonly<Record<ReadabilityFormula, (c: ProseCounts) => number>> = {
  'flesch-kincaid': (c) => fleschKincaid({ sentence: c.sentences, word: c.words, syllable: c.syllables }),
  // Lucisano and Piemontese (1988): 89 + (300 × sentences − 10 × letters) / words
  gulpease: (c) => 89 + (300 * c.sentences - 10 * c.letters) / c.words,
  // Douma (1960): 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence
  'flesch-douma': (c) => 206.84 - 0.77 * ((100 * c.syllables) / c.words) - 0.93 * (c.words / c.sentences),
};

export function readability(formula: ReadabilityFormula | 'none', counts: ProseCounts): Readability | null {
  if (formula === 'none' || counts.words === 0 || counts.sentences === 0) return null;
  const value = FORMULAS[formula](counts);
  return Number.isFinite(value) ? { formula, value: Math.round(value * 10) / 10 } : null;
}
