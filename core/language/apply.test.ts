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
    expect(fixFirst('Our team (a ninja crew) ships.')).toBe('Our team (a specialist crew) ships.');
    expect(fixFirst('Guru!')).toBe('Expert!');
  });

  it('title-cases the replacement at the start of a sentence or a bullet', () => {
    expect(fixFirst('Ninja wanted.')).toBe('Specialist wanted.');
    expect(fixFirst('We ship. ninja wanted.')).toBe('We ship. Specialist wanted.');
    expect(fixFirst('Summary:\n- digital native preferred')).toBe('Summary:\n- Fluent user of digital tools preferred');
    expect(fixFirst('“Rockstar” is not a job.')).toBe('“Talented” is not a job.');
  });

  it('keeps the case of the match mid-sentence', () => {
    expect(fixFirst('We want a Rockstar today.')).toBe('We want a Talented today.');
    expect(fixFirst('We want a ROCKSTAR today.')).toBe('We want a TALENTED today.');
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
