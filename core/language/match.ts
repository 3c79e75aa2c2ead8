// Phrase matching: every rule whose words appear in a row in the text, then one winner where
// matches of the same kind overlap, so "young and dynamic" is one finding, not "young" as well.
import type { CompiledPattern, CompiledRule, Rules } from './rules.js';
import { isNumberToken, joinable, normalise, NUMBER_WORD, type PatternWord, type Token } from './tokens.js';
import { SEVERITIES } from './types.js';

export interface Match {
  rule: CompiledRule;
  start: number;
  end: number;
  text: string;
}

const fits = (token: Token, word: PatternWord, inflections: boolean): boolean =>
  word.number
    ? isNumberToken(token.word)
    : word.prefix
      ? token.word.startsWith(word.value)
      : inflections
        ? token.stem === word.value
        : token.word === word.value;

/** Index of the last token of a match of `pattern` starting at token `i`, or -1. */
function matchAt(text: string, tokens: readonly Token[], i: number, pattern: CompiledPattern): number {
  const { words, rule, except } = pattern;
  for (let k = 0; k < words.length; k++) {
    const token = tokens[i + k];
    const word = words[k];
    if (!token || !word || !fits(token, word, rule.inflections) || except?.has(token.word)) return -1;
    const previous = tokens[i + k - 1];
    if (k > 0 && previous && !joinable(text, previous.end, token.start)) return -1;
  }
  return i + words.length - 1;
}

const NUMBER =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|half|percent)\b/i;

function numberNearby(text: string, match: Match, distance: number): boolean {
  return NUMBER.test(text.slice(Math.max(0, match.start - distance), match.end + distance));
}

const rank = (m: Match) => SEVERITIES.indexOf(m.rule.severity);

/** Longest first, then most severe, then earliest; a match overlapping a kept one of its kind drops. */
function resolveOverlaps(matches: Match[]): Match[] {
  const ordered = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || rank(b) - rank(a) || a.start - b.start);
  const kept: Match[] = [];
  for (const m of ordered) {
    const clash = kept.some((k) => k.rule.kind === m.rule.kind && k.start < m.end && m.start < k.end);
    if (!clash) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

export function findMatches(text: string, tokens: readonly Token[], rules: Rules): Match[] {
  const found: Match[] = [];
  const lower = normalise(text);
  // a set with quietWhen stays silent on a text that already says, e.g., "(m/v/x)" or "direttore/direttrice"
  const quiet = (rule: CompiledRule) => rule.quietWhen?.some((marker) => lower.includes(marker)) ?? false;
  tokens.forEach((token, i) => {
    const lists = [
      rules.byWord.get(token.word),
      rules.byStem.get(token.stem),
      rules.byPrefix.get(token.word.slice(0, 3)),
      isNumberToken(token.word) ? rules.byWord.get(NUMBER_WORD) : undefined,
    ];
    for (const list of lists) {
      for (const pattern of list ?? []) {
        const last = tokens[matchAt(text, tokens, i, pattern)];
        if (!last) continue;
        const match = { rule: pattern.rule, start: token.start, end: last.end, text: text.slice(token.start, last.end) };
        const nearNumber = pattern.rule.unlessNumberWithin !== undefined && numberNearby(text, match, pattern.rule.unlessNumberWithin);
        if (!nearNumber && !quiet(pattern.rule)) found.push(match);
      }
    }
  });
  return resolveOverlaps(found);
}
