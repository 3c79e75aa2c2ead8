import { describe, expect, it } from 'vitest';
import { shortlistOf, toggleShortlisted } from './shortlist.js';

const entry = (id: string, score: number | null) => ({ candidate: { id }, result: { score } });
const ranked = [entry('a', 90), entry('b', 80), entry('c', 70), entry('d', 60), entry('e', null), entry('f', null)];

describe('shortlistOf', () => {
  it('takes the top N scored candidates, then those added by hand, in score order', () => {
    expect(shortlistOf(ranked, { top: 2, added: [] }).map((r) => r.candidate.id)).toEqual(['a', 'b']);
    expect(shortlistOf(ranked, { top: 2, added: ['d', 'f'] }).map((r) => r.candidate.id)).toEqual(['a', 'b', 'd', 'f']);
  });

  it('never counts an unscored candidate towards the top N', () => {
    expect(shortlistOf(ranked, { top: 10, added: [] }).map((r) => r.candidate.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('lets the user pick everyone by hand with a top of 0, and ignores ids no longer in the pool', () => {
    expect(shortlistOf(ranked, { top: 0, added: ['c', 'gone'] }).map((r) => r.candidate.id)).toEqual(['c']);
  });
});

describe('toggleShortlisted', () => {
  it('adds once and removes', () => {
    const on = toggleShortlisted(toggleShortlisted({ top: 10, added: [] }, 'x', true), 'x', true);
    expect(on.added).toEqual(['x']);
    expect(toggleShortlisted(on, 'x', false).added).toEqual([]);
  });
});
