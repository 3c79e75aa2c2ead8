// One field's text → its matches and sentences, remembered per rule book. On a keystroke only the
// edited field's text is new, so checking a whole role costs one field's work plus the sums.
import { findMatches, type Match } from './match.js';
import type { Rules } from './rules.js';
import { sentences, type Sentence } from './sentences.js';
import { tokenize } from './tokens.js';

export interface FieldAnalysis {
  readonly matches: readonly Match[];
  readonly sentences: readonly Sentence[];
  readonly words: number;
}

const caches = new WeakMap<Rules, Map<string, FieldAnalysis>>();
// Every keystroke leaves one stale entry behind; clearing at a bound keeps a long session's memory flat.
const CACHE_LIMIT = 5000;

export function analyse(text: string, rules: Rules): FieldAnalysis {
  let cache = caches.get(rules);
  if (!cache) {
    cache = new Map();
    caches.set(rules, cache);
  }
  const known = cache.get(text);
  if (known) return known;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const found = sentences(text, rules);
  const analysis: FieldAnalysis = Object.freeze({
    matches: Object.freeze(findMatches(text, tokenize(text, rules.locale), rules)),
    sentences: Object.freeze(found),
    words: found.reduce((sum, s) => sum + s.words, 0),
  });
  cache.set(text, analysis);
  return analysis;
}
