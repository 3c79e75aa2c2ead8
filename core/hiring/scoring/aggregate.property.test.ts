// The columnar aggregate() against the object-per-rating version it replaced, on random panels:
// unknown ids, drafts, repeats, "not assessed" with and without a reason, cards out of rubric
// order, focus lists and severities. Every figure and every list must come out identical.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Criterion, Hiring, Rating, Rubric, Scorecard } from '../../schema/rubric.js';
import { aggregate, type Aggregate } from './aggregate.js';
import { aggregate as reference } from './aggregate-reference.js';
import { observationsOf } from './observations.js';
import { observationsOf as referenceObservations } from './observations-reference.js';

const anchors = { low: 'l', mid: 'm', high: 'h' };
const ARCHETYPE_SOURCES = ['practitioner', 'futurist', null] as const;

const panel = fc
  .record({
    criteria: fc.array(fc.record({ weight: fc.integer({ min: 0, max: 40 }), archetype: fc.constantFrom(...ARCHETYPE_SOURCES) }), {
      minLength: 0,
      maxLength: 6,
    }),
    interviewers: fc.integer({ min: 0, max: 4 }),
    candidates: fc.integer({ min: 0, max: 5 }),
    focus: fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 3 }), { minLength: 4, maxLength: 4 }),
    cards: fc.array(
      fc.record({
        candidate: fc.integer({ min: 0, max: 6 }),
        interviewer: fc.integer({ min: 0, max: 5 }),
        status: fc.constantFrom('submitted', 'submitted', 'draft'),
        recommendation: fc.constantFrom(null, 'strong-no', 'no', 'yes', 'strong-yes'),
        ratings: fc.array(
          fc.record({
            criterion: fc.integer({ min: 0, max: 7 }),
            rating: fc.constantFrom(1, 2, 3, 4, 5, null, 'not-assessed'),
            evidence: fc.constantFrom('', ' ', 'Said why.'),
          }),
          { maxLength: 9 },
        ),
      }),
      { maxLength: 25 },
    ),
    severity: fc.option(fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 6, maxLength: 6 })),
  })
  .map(({ criteria, interviewers, candidates, focus, cards, severity }) => {
    const rubric: Rubric = {
      weightsEdited: true,
      criteria: criteria.map((c, k): Criterion => ({
        id: `k${k}`,
        group: c.archetype ? 'archetype' : 'mustHave',
        source: c.archetype ?? `k${k}`,
        title: `k${k}`,
        weight: c.weight,
        anchors,
        questions: ['q'],
        evidence: 'e',
      })),
    };
    // ids past the lists name people and criteria the project does not have
    const hiring: Hiring = {
      independentScoring: true,
      lead: null,
      log: [],
      interviewers: Array.from({ length: interviewers }, (_, i) => ({ id: `i${i}`, name: `I${i}`, focus: focus[i]!.map((k) => `k${k}`) })),
      candidates: Array.from({ length: candidates }, (_, c) => ({
        id: `c${c}`,
        name: `C${c}`,
        currentRole: '',
        origin: 'internal' as const,
      })),
      scorecards: cards.map((s, j): Scorecard => ({
        id: `s${j}`,
        candidateId: `c${s.candidate}`,
        interviewerId: `i${s.interviewer}`,
        status: s.status as Scorecard['status'],
        recommendation: s.recommendation as Scorecard['recommendation'],
        ratings: s.ratings.map((r): Rating => ({
          criterionId: `k${r.criterion}`,
          rating: r.rating as Rating['rating'],
          evidence: r.evidence,
        })),
        updatedAt: '2026-01-01T00:00:00Z',
        submittedAt: s.status === 'submitted' ? '2026-01-01T00:00:00Z' : null,
      })),
    };
    const shifts = severity ? new Map(severity.map((s, i) => [`i${i}`, s])) : undefined;
    return { rubric, hiring, severity: shifts };
  });

/** Everything a reader can see, the lazily built criteria and their ratings included. */
const plain = (result: Aggregate) => ({
  adjusted: result.adjusted,
  candidates: result.candidates.map(({ criteria, counts, ...rest }) => ({
    ...rest,
    criteria: criteria.map((s) => ({ ...s, ratings: [...s.ratings] })),
    counts: [...counts],
  })),
});

describe('the columnar aggregate', () => {
  it('gives exactly the figures of the object-per-rating version on any panel', () => {
    fc.assert(
      fc.property(panel, ({ rubric, hiring, severity }) => {
        const ours = plain(aggregate(rubric, hiring, severity ? { severity } : {}));
        const theirs = reference(rubric, hiring, severity ? { severity } : {});
        expect(ours.adjusted).toBe(theirs.adjusted);
        expect(ours.candidates.map(({ counts: _, ...rest }) => rest)).toEqual(theirs.candidates);
        ours.candidates.forEach((c, i) => expect(c.counts).toEqual(theirs.candidates[i]!.criteria.map((s) => s.ratings.length)));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads exactly the observations the Set-per-card version read', () => {
    fc.assert(
      fc.property(panel, ({ rubric, hiring }) => {
        const ours = observationsOf(rubric, hiring);
        const theirs = referenceObservations(rubric, hiring);
        expect({
          ...ours,
          candidate: [...ours.candidate],
          interviewer: [...ours.interviewer],
          criterion: [...ours.criterion],
          rating: [...ours.rating],
        }).toEqual({
          ...theirs,
          candidate: [...theirs.candidate],
          interviewer: [...theirs.interviewer],
          criterion: [...theirs.criterion],
          rating: [...theirs.rating],
        });
      }),
      { numRuns: 2000 },
    );
  });
});
