// Words of a text with their offsets and Porter stems. Hyphenated words split into their parts so a
// pattern written "self-starter" also finds "self starter", and "self-confident" holds "confident".
import { stemmer } from 'stemmer';

export interface Token {
  /** lower case, curly apostrophes straightened */
  word: string;
  stem: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

// Stemming is the costliest step per word; a description repeats its vocabulary, and the checker
// reruns on every keystroke, so stems are remembered. Cleared, not evicted one by one, to stay simple.
const STEMS = new Map<string, string>();
const STEM_CACHE_LIMIT = 20000;

export function stemOf(word: string): string {
  let stem = STEMS.get(word);
  if (stem === undefined) {
    if (STEMS.size >= STEM_CACHE_LIMIT) STEMS.clear();
    stem = stemmer(word);
    STEMS.set(word, stem);
  }
  return stem;
}

export const normalise = (word: string): string => word.toLowerCase().replace(/’/g, "'");

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = normalise(m[0]);
    tokens.push({ word, stem: stemOf(word), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/**
 * Whether two neighbouring words may belong to one phrase: only spaces, hyphens, dashes, commas and
 * quotes between them. A full stop, colon or line break ends a phrase.
 */
const JOINABLE = /^[ \t\u00a0\-‐‑–—,"'“”‘’]+$/;
export const joinable = (text: string, from: number, to: number): boolean => JOINABLE.test(text.slice(from, to));

/** Words of a pattern, e.g. `self-confiden*` → self, confiden (prefix). */
export interface PatternWord {
  value: string;
  prefix: boolean;
}

export function patternWords(pattern: string): PatternWord[] {
  return pattern
    .split(/[\s\-‐‑–—,]+/)
    .filter((part) => part.length > 0)
    .map((part) => {
      const prefix = part.endsWith('*');
      const value = normalise(prefix ? part.slice(0, -1) : part).replace(/[^\p{L}\p{N}']/gu, '');
      return { value, prefix };
    });
}
