// Board review: frozen versions of the role design, comments on its sections, and the decisions
// recorded against one exact version (by its SHA-256 hash).
import { Type, type Static } from '@sinclair/typebox';
import { closedList, Timestamp } from './common.js';
import { Id, RoleContext, RoleDesign, Text } from './role.js';
import { Rubric } from './rubric.js';

/** The parts of a role design a reviewer reads, comments on and an author explains. */
export const REVIEW_SECTIONS = [
  'company',
  'objectives',
  'responsibilities',
  'background',
  'qualifications',
  'archetypes',
  'rubric',
] as const;
export type ReviewSection = (typeof REVIEW_SECTIONS)[number];
export const DECISION_OUTCOMES = ['approve', 'approve-with-changes', 'reject'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

const Sha256 = Type.String({ pattern: '^[0-9a-f]{64}$' });

const Rationale = Type.Record(Type.String({ pattern: '^[a-z]{1,32}$' }), Text(2000));

/** What a version freezes and its hash covers: the role design with its rationale, and the rubric. */
export const Snapshot = Type.Object({ role: RoleDesign, rubric: Rubric, rationale: Rationale }, { additionalProperties: false });

/**
 * A role design as versions before schema 6 froze it, without the job description's location, pay,
 * application fields and scope figures. Stored versions are never rewritten (their hash would no
 * longer match what a board decided on); core/review/snapshot.ts reads them as today's shape.
 */
export const RoleDesignV3 = Type.Composite(
  [
    Type.Omit(RoleDesign, ['context', 'position', 'offer', 'application']),
    Type.Object({ context: Type.Omit(RoleContext, ['figures'], { additionalProperties: false }) }),
  ],
  { additionalProperties: false },
);

/** A snapshot as the file stores it: today's shape, or an older version's. */
export const StoredSnapshot = Type.Object(
  { role: Type.Union([RoleDesign, RoleDesignV3]), rubric: Rubric, rationale: Rationale },
  { additionalProperties: false },
);

export const Version = Type.Object(
  { number: Type.Integer({ minimum: 1 }), hash: Sha256, submittedAt: Timestamp, author: Text(120, 1), snapshot: StoredSnapshot },
  { additionalProperties: false },
);

export const Comment = Type.Object(
  {
    id: Id,
    section: closedList(REVIEW_SECTIONS),
    author: Text(120, 1),
    at: Timestamp,
    text: Text(2000, 1),
    version: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]),
  },
  { additionalProperties: false },
);

export const Decision = Type.Object(
  {
    id: Id,
    version: Type.Integer({ minimum: 1 }),
    hash: Sha256,
    outcome: closedList(DECISION_OUTCOMES),
    date: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
    /** the members present */
    members: Type.Array(Text(120, 1), { minItems: 1, maxItems: 40 }),
    /** interests members present declared, and whether each stood aside from this decision */
    conflicts: Type.Array(
      Type.Object({ member: Text(120, 1), interest: Text(1000, 1), recused: Type.Boolean() }, { additionalProperties: false }),
      { maxItems: 40 },
    ),
    notes: Text(4000),
    recordedBy: Text(120, 1),
    recordedAt: Timestamp,
  },
  { additionalProperties: false },
);

export const Review = Type.Object(
  {
    /** the author's short reasoning per section, written in the wizard, shown to reviewers */
    rationale: Type.Record(Type.String({ pattern: '^[a-z]{1,32}$' }), Text(2000)),
    comments: Type.Array(Comment, { maxItems: 2000 }),
    versions: Type.Array(Version, { maxItems: 200 }),
    decisions: Type.Array(Decision, { maxItems: 200 }),
  },
  { additionalProperties: false },
);

export type Snapshot = Static<typeof Snapshot>;
export type StoredSnapshot = Static<typeof StoredSnapshot>;
export type Version = Static<typeof Version>;
export type Comment = Static<typeof Comment>;
export type Decision = Static<typeof Decision>;
export type DeclaredConflict = Decision['conflicts'][number];
export type Review = Static<typeof Review>;
