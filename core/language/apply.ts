// Replaces a finding's span with its suggestion. Only that span changes (and, in English, an "a" or
// "an" just before it), so spacing and punctuation around it stay as the writer left them; the
// replacement takes the case of what it replaces, and its form fits the sentence (grammar-en.ts).
import { englishArticle, englishForm } from './grammar-en.js';
import type { Finding } from './types.js';

/** Words a title keeps in lower case when the replacement is title-cased. */
const SMALL = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with', 'your']);

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();

/** At the start of the text, after a sentence's end or a line break, or after a bullet marker. */
export function startsSentence(text: string, start: number): boolean {
  const before = text.slice(0, start).replace(/[\s"'“‘([]+$/u, '');
  if (before === '') return true;
  if (/[.!?…]["'”’)\]]*$/u.test(before)) return true;
  const gap = text.slice(before.length, start);
  return gap.includes('\n') || /(?:^|\n)[ \t]*[-•*–][ \t]*$/u.test(text.slice(0, start));
}

export function matchCase(replacement: string, match: string, sentenceStart: boolean): string {
  const letters = match.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && [...letters].every(isUpper)) return replacement.toUpperCase();
  const words = match.split(/\s+/).filter(Boolean);
  if (words.length > 1 && words.every((w) => isUpper(w.charAt(0)))) {
    return replacement
      .split(' ')
      .map((w, i) => (i > 0 && SMALL.has(w) ? w : upperFirst(w)))
      .join(' ');
  }
  return isUpper(match.charAt(0)) || sentenceStart ? upperFirst(replacement) : replacement;
}

/**
 * The text with the finding's span replaced. Unchanged when the finding has no suggestion, or when
 * the span no longer holds the matched words (the text changed since the check ran).
 */
type Applicable = Pick<Finding, 'start' | 'end' | 'match' | 'suggestion' | 'locale' | 'partOfSpeech' | 'modifier'>;

const isEnglish = (finding: Applicable) => (finding.locale ?? 'en').startsWith('en');

/**
 * The words that would replace the match in this text ("talented" before a noun, "high performer"
 * elsewhere), as a button should name them; null when the finding no longer fits the text.
 */
export function suggestionInPlace(text: string, finding: Applicable): string | null {
  const { start, end, match, suggestion } = finding;
  if (suggestion === null || end <= start || text.slice(start, end) !== match) return null;
  const form = isEnglish(finding) ? englishForm(text, { ...finding, suggestion }) : suggestion;
  return matchCase(form, match, startsSentence(text, start));
}

export function applySuggestion(text: string, finding: Applicable): string {
  const replacement = suggestionInPlace(text, finding);
  if (replacement === null) return text;
  const before = isEnglish(finding) ? englishArticle(text.slice(0, finding.start), replacement) : text.slice(0, finding.start);
  return before + replacement + text.slice(finding.end);
}
