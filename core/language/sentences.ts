// Sentences of one field with the counts the whole-description checks add up: words, syllables
// (for Flesch–Kincaid) and whether the sentence looks passive.
import { syllable } from 'syllable';
import { isPassive } from './passive.js';

export interface Sentence {
  start: number;
  end: number;
  words: number;
  syllables: number;
  passive: boolean;
}

/** A hyphenated or apostrophised word counts once, as readers and word processors count it. */
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, s);
  }
  return s;
}

// The syllable counter runs several regular expressions per word; descriptions repeat their words.
const SYLLABLES = new Map<string, number>();
function syllablesOf(word: string): number {
  let n = SYLLABLES.get(word);
  if (n === undefined) {
    if (SYLLABLES.size >= 20000) SYLLABLES.clear();
    // figures and acronyms ("90", "NPS") still take time to read: never less than one syllable
    n = Math.max(1, syllable(word));
    SYLLABLES.set(word, n);
  }
  return n;
}

export const countWords = (text: string): number => text.match(WORD)?.length ?? 0;

export function sentences(text: string, locale: string): Sentence[] {
  const out: Sentence[] = [];
  for (const { segment, index } of segmenter(locale).segment(text)) {
    const words = segment.match(WORD);
    if (!words) continue;
    const lead = segment.length - segment.trimStart().length;
    const start = index + lead;
    const end = index + segment.trimEnd().length;
    let syllables = 0;
    for (const w of words) syllables += syllablesOf(w.toLowerCase());
    out.push({ start, end, words: words.length, syllables, passive: isPassive(words) });
  }
  return out;
}
