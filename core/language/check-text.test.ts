import { describe, expect, it } from 'vitest';
import { applySuggestion, builtInRules, checkText } from './check.js';

const rules = builtInRules('en');
const ids = (text: string) => checkText(text, rules).map((f) => f.ruleId);
const notGender = (text: string) => checkText(text, rules).filter((f) => f.kind !== 'gender');

describe('checkText: the rockstar sentence', () => {
  const sentence = 'We want a rockstar ninja who is a digital native';

  it('gives exactly three findings: two jargon, one ageist', () => {
    const findings = checkText(sentence, rules);
    expect(findings.map((f) => [f.ruleId, f.kind, f.severity, f.match])).toEqual([
      ['jargon.rockstar', 'jargon', 'medium', 'rockstar'],
      ['jargon.ninja', 'jargon', 'medium', 'ninja'],
      ['ageist.digital-native', 'exclusionary', 'high', 'digital native'],
    ]);
    for (const f of findings) expect(sentence.slice(f.start, f.end)).toBe(f.match);
  });

  it('does not flag "native" on its own', () => {
    expect(checkText('Native plants grow here, and our native app works offline.', rules)).toEqual([]);
  });

  it('applies the three suggestions in turn to a sentence with no findings and clean spacing', () => {
    let text = sentence;
    for (let guard = 0; guard < 5; guard++) {
      const next = checkText(text, rules).find((f) => f.suggestion !== null);
      if (!next) break;
      text = applySuggestion(text, next);
    }
    expect(text).toBe('We want a talented specialist who is a fluent user of digital tools');
    expect(checkText(text, rules)).toEqual([]);
    expect(text).not.toMatch(/\s{2}|^\s|\s$/);
  });

  it('gives the same result applying the original findings from the end backwards', () => {
    const findings = checkText(sentence, rules);
    const text = [...findings].reverse().reduce((t, f) => applySuggestion(t, f), sentence);
    expect(text).toBe('We want a talented specialist who is a fluent user of digital tools');
  });
});

describe('checkText: phrase lists', () => {
  it.each([
    ['Join our young team of recent graduates.', ['ageist.young', 'ageist.recent-graduate']],
    ['We want someone young and dynamic.', ['ageist.young-and-dynamic']],
    ['An energetic, high-energy presence.', ['ageist.energetic', 'ageist.high-energy']],
    ['You must be a native English speaker.', ['exclusionary.native-english-speaker']],
    ['Native speakers only.', ['exclusionary.native-speaker']],
    ['Report to the chairman.', ['exclusionary.chairman']],
    ['Must be able to lift 20 kg and able to stand all day.', ['physical.lift', 'physical.stand']],
    ['Only able-bodied, physically fit applicants.', ['physical.able-bodied', 'physical.physically-fit']],
    ['A guru, a wizard and two ninjas.', ['jargon.guru', 'jargon.wizard', 'jargon.ninja']],
    ['Rock stars wanted for a fast-paced environment.', ['jargon.rockstar', 'jargon.fast-paced']],
    ['We work hard, play hard, and want a self-starter.', ['jargon.work-hard-play-hard', 'jargon.self-starter']],
    ['Utilise synergies going forward.', ['jargon.utilise', 'jargon.synergy', 'jargon.going-forward']],
    ['Handle various tasks, reports etc. as needed.', ['vague.various', 'vague.etc', 'vague.as-needed']],
    ['We offer a good salary.', []],
  ])('%s', (text, expected) => {
    expect(notGender(text).map((f) => f.ruleId)).toEqual(expected);
  });

  it('gives each phrase list its severity', () => {
    const severity = (text: string) => notGender(text).map((f) => f.severity);
    expect(severity('young')).toEqual(['high']);
    expect(severity('able to lift')).toEqual(['high']);
    expect(severity('native English speaker')).toEqual(['high']);
    expect(severity('ninja')).toEqual(['medium']);
    expect(severity('various')).toEqual(['low']);
  });

  it('keeps quiet about vague words with a number nearby', () => {
    expect(ids('Manage various teams of 40 people.')).toEqual([]);
    expect(ids('A salary of £180,000 to £210,000, which we think is a competitive salary.').filter((r) => r.startsWith('vague'))).toEqual(
      [],
    );
    expect(ids('A competitive salary and benefits.')).toContain('vague.competitive-salary');
  });

  it('flags sentences over 30 words, once each', () => {
    const long = `${Array.from({ length: 31 }, () => 'plan').join(' ')}. Short one.`;
    const findings = checkText(long, rules);
    expect(findings.map((f) => [f.ruleId, f.params.count])).toEqual([['clarity.long-sentence', 31]]);
    expect(checkText(Array.from({ length: 30 }, () => 'plan').join(' '), rules)).toEqual([]);
  });

  it('ignores case and stays within phrase boundaries', () => {
    expect(ids('ROCKSTAR')).toEqual(['jargon.rockstar']);
    expect(ids('We are digital. Native apps are fine.')).toEqual([]);
  });
});

describe('checkText: finding ids', () => {
  it('survive edits before the match and count repeats', () => {
    const a = checkText('A ninja.', rules, 'purpose');
    const b = checkText('We need a calm ninja, and another ninja.', rules, 'purpose');
    expect(a[0]?.id).toBe('jargon.ninja@purpose:ninja#0');
    expect(b.map((f) => f.id)).toEqual(['jargon.ninja@purpose:ninja#0', 'jargon.ninja@purpose:ninja#1']);
  });
});
