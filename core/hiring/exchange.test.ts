import { describe, expect, it } from 'vitest';
import type { Project } from '../schema/project.js';
import { templateProject } from '../testing/roles.js';
import { blankScorecardFile, mergeScorecards, settleConflict } from './exchange.js';
import { parseScorecardFile } from '../formats/scorecard.js';

const now = new Date('2026-04-01T09:00:00Z');

function project(): Project {
  const p = templateProject('cxo');
  p.hiring.candidates = [{ id: 'cand-a', name: 'Alex Moreau', currentRole: 'COO', origin: 'internal' }];
  p.hiring.interviewers = [
    { id: 'int-1', name: 'Priya', focus: p.rubric.criteria.slice(0, 3).map((c) => c.id) },
    { id: 'int-2', name: 'Tom', focus: [] },
  ];
  return p;
}

function filled(p: Project, interviewerId: string, rating: number) {
  const file = blankScorecardFile(p, 'cand-a', interviewerId, now)!;
  file.scorecard.ratings = file.scorecard.ratings.map((r) => ({ ...r, rating, evidence: `seen ${rating}` }));
  file.scorecard.recommendation = 'yes';
  file.scorecard.status = 'submitted';
  return file;
}

describe('scorecard exchange', () => {
  it('writes a blank card for the interviewer’s focus only, and reads it back through the schema', () => {
    const p = project();
    const file = blankScorecardFile(p, 'cand-a', 'int-1', now)!;
    expect(file.criteria.map((c) => c.id)).toEqual(p.rubric.criteria.slice(0, 3).map((c) => c.id));
    expect(file.scorecard).toMatchObject({ status: 'draft', recommendation: null });
    expect(file.scorecard.ratings.every((r) => r.rating === null)).toBe(true);
    const parsed = parseScorecardFile(JSON.stringify(file));
    expect(parsed).toEqual({ ok: true, value: file });
    expect(blankScorecardFile(p, 'nobody', 'int-1', now)).toBeNull();
  });

  it('adds a new card, skips an identical one, and holds a different one as a conflict', () => {
    const p = project();
    const first = mergeScorecards(p.hiring, [{ file: 'priya.json', card: filled(p, 'int-1', 4) }]);
    expect(first.added).toHaveLength(1);
    const again = mergeScorecards(first.hiring, [
      { file: 'priya-copy.json', card: filled(p, 'int-1', 4) },
      { file: 'priya-changed.json', card: filled(p, 'int-1', 2) },
    ]);
    expect(again.duplicates).toEqual(['priya-copy.json']);
    expect(again.conflicts).toHaveLength(1);
    expect(again.hiring.scorecards[0]!.ratings[0]!.rating).toBe(4); // not overwritten
    const settled = settleConflict(again.hiring, again.conflicts[0]!, 'incoming');
    expect(settled.scorecards[0]!.ratings[0]!.rating).toBe(2);
    expect(settled.scorecards).toHaveLength(1);
    expect(settleConflict(again.hiring, again.conflicts[0]!, 'existing')).toBe(again.hiring);
  });

  it('fills a blank draft without calling it a conflict', () => {
    const p = project();
    p.hiring.scorecards = [blankScorecardFile(p, 'cand-a', 'int-2', now)!.scorecard];
    const outcome = mergeScorecards(p.hiring, [{ file: 'tom.json', card: filled(p, 'int-2', 5) }]);
    expect(outcome.conflicts).toEqual([]);
    expect(outcome.added).toHaveLength(1);
    expect(outcome.hiring.scorecards).toHaveLength(1);
    expect(outcome.hiring.scorecards[0]!.ratings[0]!.rating).toBe(5);
  });

  it('refuses a card for a candidate or interviewer the project does not have', () => {
    const p = project();
    const card = filled(p, 'int-1', 3);
    const other = project();
    other.hiring.candidates = [];
    expect(mergeScorecards(other.hiring, [{ file: 'x.json', card }]).unknown).toEqual(['x.json']);
  });

  it('says clearly what is wrong with an invalid file', () => {
    expect(parseScorecardFile('not json')).toMatchObject({ ok: false, problem: { code: 'scorecard.notJson' } });
    expect(parseScorecardFile('{"schemaVersion":1}')).toMatchObject({ ok: false, problem: { code: 'scorecard.notScorecard' } });
    const p = project();
    const bad = filled(p, 'int-1', 3) as unknown as { scorecard: { ratings: { rating: unknown }[] } };
    bad.scorecard.ratings[0]!.rating = 9;
    expect(parseScorecardFile(JSON.stringify(bad))).toMatchObject({
      ok: false,
      problem: {
        code: 'scorecard.invalid',
        fields: [{ field: 'scorecard.ratings[0].rating', code: 'validation.maximum', params: { limit: 5 } }],
      },
    });
  });
});
