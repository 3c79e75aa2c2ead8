// Issue 11, item 4: stuffed scorecards and duplicate ids are refused at the file boundary, each
// problem naming its field; item 8: a file with hundreds of thousands of problems lists 50.
import { describe, expect, it } from 'vitest';
import { blankScorecardFile } from '../hiring/exchange.js';
import { aggregate } from '../hiring/scoring/aggregate.js';
import { describeProblem } from '../i18n/problem.js';
import { translator } from '../i18n/index.js';
import { sampleHiringProject } from '../testing/hiring.js';
import { loadProject, serializeProject } from './project.js';
import { parseScorecardFile } from './scorecard.js';

const t = translator();

describe('a project file', () => {
  it('is refused when two candidates or two interviewers share an id, naming the second of each', () => {
    const project = sampleHiringProject();
    project.hiring.candidates.push({ ...project.hiring.candidates[0]!, name: 'Impostor' });
    project.hiring.interviewers.push({ ...project.hiring.interviewers[1]!, name: 'Impostor' });
    const loaded = loadProject(serializeProject(project));
    expect(loaded).toMatchObject({
      ok: false,
      problem: {
        code: 'file.invalid',
        fields: [
          { field: 'hiring.candidates[3].id', code: 'validation.duplicateId', params: { id: 'james' } },
          { field: 'hiring.interviewers[3].id', code: 'validation.duplicateId', params: { id: 'ben' } },
        ],
      },
    });
    if (!loaded.ok)
      expect(describeProblem(loaded.problem, t)[1]).toBe(
        'hiring.candidates[3].id: has the id “james”, which an earlier item in this list already has',
      );
  });

  it('is refused when a card rates one criterion twice, or repeats a list id anywhere', () => {
    const project = sampleHiringProject();
    const stuffed = project.hiring.scorecards[0]!;
    stuffed.ratings = [...stuffed.ratings, ...Array.from({ length: 15 }, () => ({ ...stuffed.ratings[0]! }))];
    project.role.mustHaves.push({ ...project.role.mustHaves[0]! });
    const loaded = loadProject(serializeProject(project));
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const fields = loaded.problem.fields!.map((f) => `${f.field} ${f.code}`);
    expect(fields).toContain(`role.mustHaves[${project.role.mustHaves.length - 1}].id validation.duplicateId`);
    expect(fields.filter((f) => f.endsWith('validation.duplicateRating'))).toHaveLength(15);
    expect(fields[fields.length - 1]).toMatch(/^hiring\.scorecards\[0\]\.ratings\[\d+\]\.criterionId validation\.duplicateRating$/);
  });

  // the time allowed is for a busy machine; how fast it is belongs to no unit test
  it('lists the first 50 of 300,000 problems and counts the rest, in words, without 300,000 lines', { timeout: 60_000 }, () => {
    const project = sampleHiringProject() as unknown as { hiring: { scorecards: unknown[] } };
    project.hiring.scorecards = Array.from({ length: 100_000 }, () => ({ id: 7, candidateId: 7, interviewerId: 7 }));
    const loaded = loadProject(JSON.stringify(project));
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.problem.fields).toHaveLength(50);
    expect(loaded.problem.params?.count).toBeGreaterThan(300_000);
    const lines = describeProblem(loaded.problem, t);
    expect(lines).toHaveLength(52);
    expect(lines[0]).toMatch(/^This file has [\d,]+ problems, so it was not opened\./);
    expect(lines[51]).toMatch(/^…and [\d,]+ more\.$/);
  });
});

describe('a scorecard file', () => {
  const project = sampleHiringProject();
  const fileFor = () => blankScorecardFile(project, 'noor', 'ana', new Date('2026-03-04T09:00:00Z'))!;

  it('is refused when it rates one criterion 16 times or a criterion it does not list', () => {
    const file = fileFor();
    const first = file.scorecard.ratings[0]!;
    file.scorecard.ratings = [
      ...Array.from({ length: 16 }, () => ({ ...first, rating: 5 })),
      { criterionId: 'ghost', rating: 5, evidence: '' },
    ];
    const parsed = parseScorecardFile(JSON.stringify(file));
    expect(parsed).toMatchObject({ ok: false, problem: { code: 'scorecard.invalid', params: { count: 16 } } });
    if (!parsed.ok) {
      const lines = describeProblem(parsed.problem, t);
      expect(lines[1]).toBe(
        `scorecard.ratings[1].criterionId: rates “${first.criterionId}” a second time; a card rates each criterion once`,
      );
      expect(lines.at(-1)).toBe('scorecard.ratings[16].criterionId: refers to “ghost”, which is not in this file');
    }
  });

  it('as the app writes it, for a card already rated outside the focus, passes its own rules', () => {
    const withCard = sampleHiringProject();
    // Ben's focus is the must-haves; his card on James also rates one criterion outside it
    const outside = withCard.rubric.criteria.find((c) => c.group === 'archetype')!.id;
    withCard.hiring.scorecards.find((s) => s.interviewerId === 'ben')!.ratings.push({ criterionId: outside, rating: 3, evidence: '' });
    const james = withCard.hiring.scorecards.find((s) => s.interviewerId === 'ben')!.candidateId;
    const file = blankScorecardFile(withCard, james, 'ben', new Date())!;
    expect(file.criteria.map((c) => c.id)).toContain(outside);
    expect(parseScorecardFile(JSON.stringify(file)).ok).toBe(true);
  });
});

describe('scores', () => {
  it('count one rating per interviewer and criterion, however many a card carries', () => {
    const project = sampleHiringProject();
    const before = aggregate(project.rubric, project.hiring).candidates.find((c) => c.candidateId === 'james')!;
    const card = project.hiring.scorecards.find((s) => s.candidateId === 'james' && s.interviewerId === 'ben')!;
    card.ratings = [...card.ratings, ...Array.from({ length: 16 }, () => ({ ...card.ratings[0]!, rating: 5 }))];
    const after = aggregate(project.rubric, project.hiring).candidates.find((c) => c.candidateId === 'james')!;
    expect(after.score).toBe(before.score);
    expect(after.criteria).toEqual(before.criteria);
  });
});
