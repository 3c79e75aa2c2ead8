// Sentences of one field with the counts the whole-description checks add up: words, syllables and
// letters (for the language's reading formula) and whether the sentence looks passive (English only).
import { isPassive } from './passive.js';
import type { Rules } from './rules.js';
import { syllableCounter } from './syllables.js';

export interface Sentence {
  start: number;
  end: number;
  words: number;
  /** 0 where the language's formula does not count syllables */
  syllables: number;
  /** letters of the words, for Gulpease */
  letters: number;
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

// A syllable counter runs several regular expressions per word; descriptions repeat their words.
const SYLLABLES = new Map<string, number>();
function syllablesOf(word: string, locale: string, count: (word: string) => number): number {
  const key = `${locale}:${word}`;
  let n = SYLLABLES.get(key);
  if (n === undefined) {
    if (SYLLABLES.size >= 20000) SYLLABLES.clear();
    // figures and acronyms ("90", "NPS") still take time to read: never less than one syllable
    n = Math.max(1, count(word));
    SYLLABLES.set(key, n);
  }
  return n;
}

const LETTER = /\p{L}/gu;

export const countWords = (text: string): number => text.match(WORD)?.length ?? 0;

export function sentences(text: string, rules: Pick<Rules, 'locale'>): Sentence[] {
  const { locale } = rules;
  const english = locale.slice(0, 2) === 'en';
  const count = syllableCounter(locale);
  const out: Sentence[] = [];
  for (const { segment, index } of segmenter(locale).segment(text)) {
    const words = segment.match(WORD);
    if (!words) continue;
    const lead = segment.length - segment.trimStart().length;
    const start = index + lead;
    const end = index + segment.trimEnd().length;
    let syllables = 0;
    if (count) for (const w of words) syllables += syllablesOf(w.toLowerCase(), locale, count);
    const letters = segment.match(LETTER)?.length ?? 0;
    out.push({ start, end, words: words.length, syllables, letters, passive: english && isPassive(words) });
  }
  return out;
}
