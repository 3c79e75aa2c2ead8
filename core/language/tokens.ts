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

const WORD = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*/gu;
/** Italian elides articles and prepositions into the next word ("dell'età", "un'ottima"): there the apostrophe ends a word. */
const ELIDED_WORD = /[\p{L}\p{N}]+/gu;
const ELIDING = new Set(['it', 'fr']);

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

/** Lower case, and every apostrophe as `'`: Ukrainian writes ’ or ʼ inside words (інтерв’ю, інтервʼю). */
export const normalise = (word: string): string => word.toLowerCase().replace(/[’ʼ]/g, "'");

/** Words with offsets; stems (Porter, English) only where a rule book matches by stem. */
export function tokenize(text: string, locale = 'en'): Token[] {
  const tokens: Token[] = [];
  const stems = locale.slice(0, 2) === 'en';
  for (const m of text.matchAll(ELIDING.has(locale.slice(0, 2)) ? ELIDED_WORD : WORD)) {
    const word = normalise(m[0]);
    tokens.push({ word, stem: stems ? stemOf(word) : word, start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** The most forms one pattern may expand to: enough for a Polish adjective in every case, no accidental blow-up. */
export const MAX_FORMS = 64;

/**
 * A pattern's brace groups spelled out: `giovan{e,i} e dinamic{o,a}` → four patterns. An empty
 * alternative is allowed (`jong{,e}` → jong, jonge). Unbalanced or nested braces give null.
 */
export function expandPattern(pattern: string): string[] | null {
  const open = pattern.indexOf('{');
  const close = pattern.indexOf('}');
  if (open === -1 && close === -1) return [pattern];
  if (open === -1 || close < open) return null;
  const inner = pattern.slice(open + 1, close);
  if (inner.includes('{')) return null;
  const rests = expandPattern(pattern.slice(close + 1));
  if (!rests) return null;
  const out: string[] = [];
  for (const choice of inner.split(',')) for (const rest of rests) out.push(`${pattern.slice(0, open)}${choice.trim()}${rest}`);
  return out;
}

/**
 * Whether two neighbouring words may belong to one phrase: only spaces, hyphens, dashes, commas and
 * quotes between them. A full stop, colon or line break ends a phrase.
 */
const JOINABLE = /^[ \t\u00a0\-‐‑–—,"'“”‘’]+$/;
export const joinable = (text: string, from: number, to: number): boolean => JOINABLE.test(text.slice(from, to));

/** Words of a pattern, e.g. `self-confiden*` → self, confiden (prefix); `#` stands for any number ("max # anni"). */
export interface PatternWord {
  value: string;
  prefix: boolean;
  number?: true;
}

export const NUMBER_WORD = '#';
export const isNumberToken = (word: string): boolean => /^\d+$/.test(word);

export function patternWords(pattern: string): PatternWord[] {
  return pattern
    .split(/[\s\-‐‑–—,]+/)
    .filter((part) => part.length > 0)
    .map((part) => {
      if (part === NUMBER_WORD) return { value: NUMBER_WORD, prefix: false, number: true as const };
      const prefix = part.endsWith('*');
      const value = normalise(prefix ? part.slice(0, -1) : part).replace(/[^\p{L}\p{N}']/gu, '');
      return { value, prefix };
    });
}
