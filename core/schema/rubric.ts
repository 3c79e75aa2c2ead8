// The candidate-scoring rubric and the hiring work done against it (candidates, interviewers,
// scorecards). Part of the project file, so one *.cxorole holds a role from design to decision.
import { Type, type Static } from '@sinclair/typebox';
import { closedList, Timestamp } from './common.js';
import { Id, Text } from './role.js';

export const CRITERION_GROUPS = ['mustHave', 'quality', 'archetype', 'custom'] as const;
export const RECOMMENDATIONS = ['strong-no', 'no', 'yes', 'strong-yes'] as const;
export const CANDIDATE_ORIGINS = ['internal', 'external'] as const;
export const RATINGS = [1, 2, 3, 4, 5] as const;

/** What evidence looks like at 1, 3 and 5 on the rating scale. */
export const Anchors = Type.Object({ low: Text(600, 1), mid: Text(600, 1), high: Text(600, 1) }, { additionalProperties: false });

export const Criterion = Type.Object(
  {
    id: Id,
    group: closedList(CRITERION_GROUPS),
    /** the must-have, quality or archetype this criterion assesses; null for a criterion of the user's own */
    source: Type.Union([Id, Type.Null()]),
    title: Text(500, 1),
    /** whole percentage points; all criteria sum to 100 */
    weight: Type.Integer({ minimum: 0, maximum: 100 }),
    anchors: Anchors,
    questions: Type.Array(Text(500, 1), { minItems: 1, maxItems: 5 }),
    evidence: Text(1000),
  },
  { additionalProperties: false },
);

export const Rubric = Type.Object(
  {
    criteria: Type.Array(Criterion, { maxItems: 40 }),
    /** false while the weights are the defaults derived from the role: they then follow it */
    weightsEdited: Type.Boolean(),
  },
  { additionalProperties: false },
);

export const Interviewer = Type.Object(
  { id: Id, name: Text(120, 1), focus: Type.Array(Id, { uniqueItems: true, maxItems: 40 }) },
  { additionalProperties: false },
);

export const Candidate = Type.Object(
  { id: Id, name: Text(120, 1), currentRole: Text(200), origin: closedList(CANDIDATE_ORIGINS) },
  { additionalProperties: false },
);

export const Rating = Type.Object(
  {
    criterionId: Id,
    rating: Type.Union([Type.Integer({ minimum: 1, maximum: 5 }), Type.Null()]),
    evidence: Text(4000),
  },
  { additionalProperties: false },
);

export const Scorecard = Type.Object(
  {
    id: Id,
    candidateId: Id,
    interviewerId: Id,
    status: closedList(['draft', 'submitted'] as const),
    ratings: Type.Array(Rating, { maxItems: 40 }),
    recommendation: Type.Union([closedList(RECOMMENDATIONS), Type.Null()]),
    updatedAt: Timestamp,
    submittedAt: Type.Union([Timestamp, Type.Null()]),
  },
  { additionalProperties: false },
);

/**
 * Who gets a full page in the results document: the `top` candidates by score, plus any the user
 * added by hand. Everyone else is a line in its summary table, so a pool of a thousand still reads.
 */
export const Shortlist = Type.Object(
  {
    top: Type.Integer({ minimum: 0, maximum: 100 }),
    added: Type.Array(Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' }), { uniqueItems: true, maxItems: 200 }),
  },
  { additionalProperties: false },
);

export const Hiring = Type.Object(
  {
    /** hide other interviewers' ratings of a candidate until your own scorecard is submitted */
    independentScoring: Type.Boolean(),
    interviewers: Type.Array(Interviewer, { maxItems: 50 }),
    candidates: Type.Array(Candidate, { maxItems: 5000 }),
    scorecards: Type.Array(Scorecard, { maxItems: 100000 }),
    shortlist: Shortlist,
  },
  { additionalProperties: false },
);

export type CriterionGroup = (typeof CRITERION_GROUPS)[number];
export type Recommendation = (typeof RECOMMENDATIONS)[number];
export type Anchors = Static<typeof Anchors>;
export type Criterion = Static<typeof Criterion>;
export type Rubric = Static<typeof Rubric>;
export type Interviewer = Static<typeof Interviewer>;
export type Candidate = Static<typeof Candidate>;
export type Rating = Static<typeof Rating>;
export type Scorecard = Static<typeof Scorecard>;
export type Hiring = Static<typeof Hiring>;
export type Shortlist = Static<typeof Shortlist>;
