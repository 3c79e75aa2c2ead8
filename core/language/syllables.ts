// Syllables per language, for the reading formulas that count them. English uses the `syllable`
// package; Dutch counts vowel groups, which is how Dutch syllables are formed: a run of vowels
// ("aa", "oe", "eeuw", "ij") is one syllable, and a diaeresis starts a new one (ide-eën, be-ïnvloeden).
import { syllable } from 'syllable';

const DUTCH_VOWEL_GROUP = /(?:[aeiouyáéíóúàèêâîôûäëïöü]|ij)+/giu;
const DIAERESIS = /[ëïöüä]/giu;

function dutchSyllables(word: string): number {
  let count = 0;
  for (const group of word.match(DUTCH_VOWEL_GROUP) ?? []) {
    // every vowel with a diaeresis after the group's first letter opens a syllable of its own
    count += 1 + (group.slice(1).match(DIAERESIS)?.length ?? 0);
  }
  return count;
}

const COUNTERS: Readonly<Record<string, (word: string) => number>> = {
  en: (word) => syllable(word),
  nl: dutchSyllables,
};

/** The counter for a language, or null where no formula of that language counts syllables. */
export const syllableCounter = (locale: string): ((word: string) => number) | null => COUNTERS[locale.slice(0, 2)] ?? null;
