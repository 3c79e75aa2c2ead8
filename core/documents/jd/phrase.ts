// Text a user typed, set inside one of our sentences: "Specialty retail" becomes "specialty retail"
// in "an established company in specialty retail", while "SaaS", "B2B" and "McKinsey" keep their
// capitals. Only languages that write common nouns in lower case mid-sentence are changed.
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;
/** languages that capitalise nouns mid-sentence: their words are left as typed */
const NOUNS_CAPITALISED = new Set(['de', 'lb']);

export function midSentence(text: string, locale: string): string {
  const trimmed = text.trim();
  if (NOUNS_CAPITALISED.has(locale.slice(0, 2))) return trimmed;
  return trimmed
    .split(/(\s+)/)
    .map((word) => (TITLE_CASE_WORD.test(word) ? word.toLowerCase() : word))
    .join('');
}
