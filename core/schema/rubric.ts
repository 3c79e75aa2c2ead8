// The candidate-scoring rubric and the hiring work done against it (candidates, interviewers,
// scorecards). Part of the project file, so one *.cxorole holds a role from design to decision.
import { Type, type Static } from '@sinclair/typebox';
import { closedList, Timestamp } from './common.js';
import { Id, Text } from './role.js';
import { Lead, LogEntry, Secret } from './panel.js';

export const CRITERION_GROUPS = ['mustHave', 'quality', 'archetype', 'custom'] as const;
export const RECOMMENDATIONS = ['strong-no', 'no', 'yes', 'strong-yes'] as const;
export const CANDIDATE_ORIGINS = ['internal', 'external'] as const;
export const RATINGS = [1, 2, 3, 4, 5] as const;
/** a criterion the interviewer deliberately did not assess; the evidence note then says why */
export const NOT_ASSESSED = 'not-assessed';

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
  {
    id: Id,
    name: Text(120, 1),
    focus: Type.Array(Id, { uniqueItems: true, maxItems: 40 }),
    /** set by the interviewer the first time they score under independent scoring */
    secret: Type.Optional(Secret),
  },
  { additionalProperties: false },
);

export const Candidate = Type.Object(
  { id: Id, name: Text(120, 1), currentRole: Text(200), origin: closedList(CANDIDATE_ORIGINS) },
  { additionalProperties: false },
);

export const Rating = Type.Object(
  {
    criterionId: Id,
    /** 1–5, "not assessed" (with the reason in `evidence`), or null while not yet rated */
    rating: Type.Union([Type.Integer({ minimum: 1, maximum: 5 }), Type.Literal(NOT_ASSESSED), Type.Null()]),
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
    /** the one person who may switch independent scoring off or reveal ratings early */
    lead: Type.Union([Lead, Type.Null()]),
    interviewers: Type.Array(Interviewer, { maxItems: 50 }),
    candidates: Type.Array(Candidate, { maxItems: 10000 }),
    scorecards: Type.Array(Scorecard, { maxItems: 100000 }),
    /** the scoring record: reveals, changes of the setting, of the lead and of weights, oldest first */
    log: Type.Array(LogEntry, { maxItems: 5000 }),
    shortlist: Shortlist,
  },
  { additionalProperties: false },
);

export type CriterionGroup = (typeof CRITERION_GROUPS)[number];
export type Recommendation = (typeof RECOMMENDATIONS)[number];
export type CandidateOrigin = (typeof CANDIDATE_ORIGINS)[number];
export type Anchors = Static<typeof Anchors>;
export type Criterion = Static<typeof Criterion>;
export type Rubric = Static<typeof Rubric>;
export type Interviewer = Static<typeof Interviewer>;
export type Candidate = Static<typeof Candidate>;
export type Rating = Static<typeof Rating>;
export type RatingValue = Rating['rating'];
export type Scorecard = Static<typeof Scorecard>;
export type Hiring = Static<typeof Hiring>;
export type Shortlist = Static<typeof Shortlist>;
