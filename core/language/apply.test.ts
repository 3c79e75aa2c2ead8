import { describe, expect, it } from 'vitest';
import { matchCase, startsSentence } from './apply.js';
import { applySuggestion, builtInRules, checkText } from './check.js';

const rules = builtInRules('en');

/** Applies the first finding with a suggestion. */
function fixFirst(text: string): string {
  const finding = checkText(text, rules).find((f) => f.suggestion !== null);
  if (!finding) throw new Error(`no suggestion for: ${text}`);
  return applySuggestion(text, finding);
}

describe('applySuggestion', () => {
  it('replaces exactly the matched span', () => {
    expect(fixFirst('Our team (a ninja crew) ships.')).toBe('Our team (an expert crew) ships.');
    expect(fixFirst('Guru!')).toBe('Expert!');
  });

  it('title-cases the replacement at the start of a sentence or a bullet', () => {
    expect(fixFirst('Ninja wanted.')).toBe('Specialist wanted.');
    expect(fixFirst('We ship. ninja wanted.')).toBe('We ship. Specialist wanted.');
    expect(fixFirst('Summary:\n- digital native preferred')).toBe('Summary:\n- Fluent user of digital tools preferred');
    expect(fixFirst('“Rockstar” is not a job.')).toBe('“High performer” is not a job.');
  });

  it('keeps the case of the match mid-sentence', () => {
    expect(fixFirst('We want a Rockstar today.')).toBe('We want a High performer today.');
    expect(fixFirst('We want a ROCKSTAR today.')).toBe('We want a HIGH PERFORMER today.');
    expect(fixFirst('Hiring a Digital Native Now')).toBe('Hiring a Fluent User of Digital Tools Now');
    expect(fixFirst('We prefer a native English speaker.')).toBe('We prefer a fluent English speaker.');
  });

  it('leaves the text alone when the finding is stale or has no suggestion', () => {
    const [finding] = checkText('A ninja.', rules);
    expect(finding).toBeDefined();
    expect(applySuggestion('A guru.', finding!)).toBe('A guru.');
    const [vague] = checkText('Various things.', rules);
    expect(vague?.suggestion).toBeNull();
    expect(applySuggestion('Various things.', vague!)).toBe('Various things.');
  });
});

/** Applies every suggestion in turn, checking again after each, as a user clicking each one would. */
function fixAll(text: string): string {
  let fixed = text;
  for (let guard = 0; guard < 10; guard += 1) {
    const finding = checkText(fixed, rules).find((f) => f.suggestion !== null);
    if (!finding) return fixed;
    fixed = applySuggestion(fixed, finding);
  }
  return fixed;
}

describe('suggestions keep the sentence grammatical', () => {
  it('fits the suggestion to the words around it', () => {
    // the tester's sentence: it used to become "a motivated talented to lead"
    expect(fixAll('We are looking for a young, energetic rockstar to lead our team.')).toBe(
      'We are looking for a motivated high performer to lead our team.',
    );
    expect(fixAll('We need a rockstar developer.')).toBe('We need a talented developer.');
    expect(fixAll('We hire ninjas and gurus.')).toBe('We hire specialists and experts.');
    expect(fixAll('Ideal for a recent graduate.')).toBe('Ideal for an early-career professional.');
    expect(fixAll('You must have good eyesight.')).toBe(
      'You must have the ability to read documents and screens, with adjustments if needed.',
    );
    expect(fixAll('We will circle back to the plan.')).toBe('We will return to the plan.');
    expect(fixAll('An unicorn wanted.')).toBe('A standout candidate wanted.');
  });
});

describe('case helpers', () => {
  it('knows where sentences start', () => {
    expect(startsSentence('ninja', 0)).toBe(true);
    expect(startsSentence('Done. ninja', 6)).toBe(true);
    expect(startsSentence('Done? "ninja', 7)).toBe(true);
    expect(startsSentence('a ninja', 2)).toBe(false);
    expect(startsSentence('e.g., ninja', 6)).toBe(false);
  });

  it('matches the case of the replaced words', () => {
    expect(matchCase('fluent English', 'native english', false)).toBe('fluent English');
    expect(matchCase('expert', 'guru', true)).toBe('Expert');
    expect(matchCase('expert', 'GURU', false)).toBe('EXPERT');
  });
});
