// Every one-click suggestion of every rule file, tried inside sentences: the checker finds the
// pattern, the suggestion replaces it, and the sentence stays grammatical. Rule files are read from
// the folder, so a rule set added for any language is tried too. Checks for every language: the
// replacement lands once, no word is doubled, the rule does not fire on its own suggestion. For
// English, where a part-of-speech tagger exists (compromise, in tests only), the replacement must
// also be tagged as what the words it replaces are tagged, and "a"/"an" must agree.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { afterAll, describe, expect, it } from 'vitest';
import { applySuggestion, checkText } from './check.js';
import { nounHead, startsWithVowelSound } from './grammar-en.js';
import { compileRules } from './rules.js';
import { expandPattern } from './tokens.js';
import type { PhraseRuleSet, PhraseRule, Thresholds } from './rules-schema.js';
import type { PartOfSpeech } from './types.js';
import checks from './rules/checks.json' with { type: 'json' };

function ruleFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return ruleFiles(path);
    return name.endsWith('.json') && !name.endsWith('.test.json') ? [path] : [];
  });
}
const SETS = ruleFiles(join(import.meta.dirname, 'rules'))
  .map((path) => JSON.parse(readFileSync(path, 'utf8')) as Partial<PhraseRuleSet>)
  .filter((data): data is PhraseRuleSet => Array.isArray(data.rules));

/** Sentences each part of speech fits; `{x}` is the pattern, `{X}` the pattern at a sentence's start. */
const FRAMES: Record<PartOfSpeech, string[]> = {
  noun: ['We are hiring a {x} to lead the team.', '{X} wanted for a new team.', 'The board wants a {x} developer.'],
  adjective: ['We want a {x} leader for the team.', 'The ideal person is {x}.'],
  verb: ['In this role you will {x} every quarter.'],
  adverb: ['We will report to the board {x}.'],
  predicate: ['The person must be {x}.'],
  phrase: ['{X}.', 'They said {x} and left.'],
};
const OTHER_LANGUAGE_FRAME = ['Alfa {x} omega.'];
const TAG_OF: Partial<Record<PartOfSpeech, string>> = { noun: 'Noun', adjective: 'Adjective', verb: 'Verb' };

/** The frame around the pattern, its article agreeing with the pattern so the sentence starts grammatical. */
const fill = (frame: string, pattern: string) =>
  frame
    .replace(/\ba \{x\}/, `${startsWithVowelSound(pattern) ? 'an' : 'a'} {x}`)
    .replace('{x}', pattern)
    .replace('{X}', pattern.charAt(0).toUpperCase() + pattern.slice(1));
const words = (text: string) => text.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
const doubled = (text: string) => words(text).some((w, i, all) => i > 0 && w === all[i - 1]);

/** The tag compromise gives the word `word` in `sentence` (first of Noun, Adjective, Verb, Adverb). */
function tagOf(sentence: string, word: string): string | null {
  const terms = (nlp(sentence).json() as { terms: { normal: string; tags: string[] }[] }[]).flatMap((s) => s.terms);
  const term = terms.find((t) => t.normal === word.toLowerCase());
  return term?.tags.find((t) => ['Noun', 'Adjective', 'Verb', 'Adverb'].includes(t)) ?? null;
}

/** "a"/"an" before each word agrees with the word's first sound. */
function articlesAgree(text: string): boolean {
  return [...text.matchAll(/\b(a|an) ([\p{L}][\p{L}-]*)/giu)].every(
    ([, article, next]) => (article!.toLowerCase() === 'an') === startsWithVowelSound(next!),
  );
}

/** What took the matched words' place: `fixedHead` minus the words before the match (whose article may have changed or gone). */
function replacedWords(before: string, fixedHead: string): string {
  const prefix = before.split(' ').filter(Boolean);
  const fixedWords = fixedHead.split(' ');
  const article = /^an?$/i;
  const skip =
    prefix.length && article.test(prefix.at(-1)!) && !article.test(fixedWords[prefix.length - 1] ?? '') ? prefix.length - 1 : prefix.length;
  return fixedWords.slice(skip).join(' ');
}

interface Case {
  set: PhraseRuleSet;
  rule: PhraseRule & { suggestion: string };
  pattern: string;
  sentence: string;
}

/** A pattern as a writer would type it: its first spelled-out form (`giovan{e,i}` → giovane), `#` as a figure. */
const written = (pattern: string): string | null => {
  const form = expandPattern(pattern)?.[0];
  return form === undefined || form.includes('*') ? null : form.replace(/(^|\s)#(?=\s|$)/g, '$140');
};

const cases: Case[] = SETS.flatMap((set) =>
  set.rules.flatMap((rule) =>
    rule.suggestion === null
      ? []
      : rule.patterns
          .map(written)
          .filter((p): p is string => p !== null)
          .flatMap((pattern) =>
            (set.locale.startsWith('en') ? FRAMES[rule.partOfSpeech ?? 'phrase'] : OTHER_LANGUAGE_FRAME).map((frame) => ({
              set,
              rule: rule as Case['rule'],
              pattern,
              sentence: fill(frame, pattern),
            })),
          ),
  ),
);

/** sentences where the tagger read the original words otherwise than their rule declares (it is not perfect) */
let untaggable = 0;

describe('every suggestion of every rule file, inside sentences', () => {
  afterAll(() => console.log(`part of speech compared in all but ${untaggable} of ${cases.length} sentences`));

  it('has rule files to try, and every English rule with a suggestion says what its words are', () => {
    expect(SETS.length).toBeGreaterThan(0);
    const undeclared = SETS.filter((s) => s.locale.startsWith('en')).flatMap((s) =>
      s.rules.filter((r) => r.suggestion !== null && !r.partOfSpeech).map((r) => `${s.id}.${r.id}`),
    );
    expect(undeclared).toEqual([]);
    console.log(`suggestions tried in ${cases.length} sentences from ${SETS.length} rule files`);
  });

  it.each(cases.map((c) => [`${c.set.id}.${c.rule.id}: ${c.sentence}`, c] as const))('%s', (_name, { set, rule, sentence }) => {
    const rules = compileRules(set.locale, [set], checks as Thresholds);
    const id = `${set.id}.${rule.id}`;
    // a set checked in some fields only (job titles) is tried in the first of them
    const field = set.fields?.[0] ?? 'text';
    const finding = checkText(sentence, rules, field).find((f) => f.ruleId === id);
    expect(finding, `“${sentence}” should be found by ${id}`).toBeDefined();
    const fixed = applySuggestion(sentence, finding!);
    expect(fixed).not.toBe(sentence);
    expect(
      checkText(fixed, rules, field).filter((f) => f.ruleId === id),
      `${id} fires on its own suggestion: “${fixed}”`,
    ).toEqual([]);
    expect(doubled(fixed) && !doubled(sentence), `a word is doubled in “${fixed}”`).toBe(false);
    if (!set.locale.startsWith('en')) return;
    expect(articlesAgree(fixed), `“a”/“an” disagree in “${fixed}”`).toBe(true);
    const tag = rule.partOfSpeech && TAG_OF[rule.partOfSpeech];
    if (!tag) return;
    const tail = sentence.length - finding!.end;
    const replaced = replacedWords(sentence.slice(0, finding!.start), fixed.slice(0, fixed.length - tail));
    // in the attributive frame the suggestion must leave the noun after it a noun ("a talented developer")
    if (sentence.includes(' developer.')) return void expect(tagOf(fixed, 'developer'), `“${fixed}”`).toBe('Noun');
    const head = (text: string) => {
      const parts = text.split(' ');
      const word = rule.partOfSpeech === 'verb' ? parts[0] : rule.partOfSpeech === 'noun' ? parts[nounHead(text)] : parts.at(-1);
      return (
        words(word ?? '')
          .at(-1)
          ?.split('-')
          .at(rule.partOfSpeech === 'verb' ? 0 : -1) ?? ''
      );
    };
    // the tagger has to read the original as its rule says, or it cannot judge the replacement either
    if (tagOf(sentence, head(finding!.match)) !== tag) return void (untaggable += 1);
    expect(tagOf(fixed, head(replaced)), `“${replaced}” is not a ${tag} in “${fixed}”`).toBe(tag);
  });
});
