// English agreement for one-click suggestions: the replacement fits the sentence it lands in.
// - Before a noun, a noun suggestion takes its modifier form ("rockstar developer" → "talented
//   developer", while "a rockstar to lead" → "a high performer to lead").
// - A plural match takes a plural noun ("ninjas" → "specialists").
// - "a" and "an" follow the replacement's first sound ("a guru" → "an expert").
import type { Finding } from './types.js';

/**
 * Words after which a noun is not being used as a modifier: the noun phrase has ended. Besides
 * function words, the participles that follow a noun in adverts ("Rockstar wanted").
 */
const FUNCTION_WORDS = new Set(
  'wanted needed required sought welcome preferred today now here there soon also too please first a an the to of in on at by for with from into onto over under about as and or but nor so yet if than then that which who whom whose what when where why how is are was were be been being am will would shall should can could may might must do does did has have had not no this these those it its our your their his her we you they he she i me us them my who any all each every some such both either neither per via'.split(
    ' ',
  ),
);

/** Vowel letters that sound like a consonant, and an h that is not sounded. */
const CONSONANT_SOUND = /^(uni|use|usu|uti|eu|ew|one|once|ufo|ur[aeiou])/i;
const SILENT_H = /^(hour|honest|honou?r|heir)/i;

export const startsWithVowelSound = (word: string): boolean =>
  SILENT_H.test(word) || (/^[aeiou]/i.test(word) && !CONSONANT_SOUND.test(word));

function plural(word: string): string {
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(word)) return `${word}es`;
  return `${word}s`;
}

/** The match is plural when its last word ends in a plural -s the suggestion's last word lacks. */
function isPluralMatch(match: string): boolean {
  const last = match.split(/[\s-]+/).at(-1) ?? '';
  return /[^s'’]s$/i.test(last) && !/(ss|is)$/i.test(last);
}

/** The word right after the match, if the match is followed by a space and a word (not punctuation). */
function nextWord(text: string, end: number): string | null {
  return text.slice(end).match(/^ +([\p{L}][\p{L}'’-]*)/u)?.[1] ?? null;
}

type Shape = Pick<Finding, 'end' | 'match' | 'suggestion' | 'partOfSpeech' | 'modifier'>;

/** The form of the suggestion this spot needs, before case is matched. */
export function englishForm(text: string, finding: Shape & { suggestion: string }): string {
  const { suggestion, partOfSpeech, modifier, match, end } = finding;
  if (partOfSpeech !== 'noun') return suggestion;
  const next = nextWord(text, end);
  if (modifier && next && !FUNCTION_WORDS.has(next.toLowerCase())) return modifier;
  if (!isPluralMatch(match)) return suggestion;
  // "person who takes initiative": the head noun comes before the clause that describes it
  const at = nounHead(suggestion);
  return suggestion
    .split(' ')
    .map((w, i) => (i === at ? plural(w) : w))
    .join(' ');
}

/** The head word of a noun phrase: the one before the first function word ("ability" in "the ability to read"), else the last. */
export function nounHead(phrase: string): number {
  const words = phrase.split(' ');
  const at = words.findIndex((w, i) => i > 0 && FUNCTION_WORDS.has(w.toLowerCase()));
  return at > 0 ? at - 1 : words.length - 1;
}

/** `before` ends just before the replacement: its article is made to agree with what follows. */
export function englishArticle(before: string, replacement: string): string {
  const m = before.match(/(^|[^\p{L}])(a|an)( +)$/iu);
  if (!m) return before;
  const article = m[2]!;
  // the replacement brings its own determiner ("the ability to…"): the article goes
  if (/^(the|a|an|your|our|their|this|these)\s/i.test(replacement)) return before.slice(0, before.length - article.length - m[3]!.length);
  const wanted = startsWithVowelSound(replacement) ? 'an' : 'a';
  if (article.toLowerCase() === wanted) return before;
  const cased = article[0] === article[0]!.toUpperCase() ? wanted.charAt(0).toUpperCase() + wanted.slice(1) : wanted;
  return `${before.slice(0, before.length - article.length - m[3]!.length)}${cased}${m[3]}`;
}
