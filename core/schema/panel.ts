// Who may see what while a panel scores independently, and the record of every change to that:
// the hiring lead, passphrases (stored as PBKDF2 hashes, never as text), and the scoring record,
// a hash-chained list of reveals, setting changes and weight changes, printed for the board.
import { Type, type Static } from '@sinclair/typebox';
import { closedList, Timestamp } from './common.js';
import { Id, Text } from './role.js';

export const Sha256 = Type.String({ pattern: '^[0-9a-f]{64}$' });

/** A passphrase as PBKDF2-SHA256 of it with a random salt: enough to check one typed, never to read it back. */
export const Secret = Type.Object(
  {
    salt: Type.String({ pattern: '^[0-9a-f]{32}$' }),
    hash: Sha256,
    iterations: Type.Integer({ minimum: 1000, maximum: 10_000_000 }),
  },
  { additionalProperties: false },
);

export const Lead = Type.Object({ name: Text(120, 1), secret: Secret }, { additionalProperties: false });

/** What every record carries: when, who (as the app knew them), and its link in the hash chain. */
const common = {
  id: Id,
  at: Timestamp,
  /** empty when nobody had said who they were (an automatic entry) */
  by: Text(120),
  /** true when `by` had proved their passphrase in that session; false when it is only a name */
  verified: Type.Boolean(),
  /** SHA-256 over this entry and the previous entry's hash: a change or a removal breaks the chain */
  hash: Sha256,
};
const Reason = Text(1000);
const Person = Type.Object({ id: Id, name: Text(120, 1) }, { additionalProperties: false });
const WeightRow = Type.Object(
  { criterionId: Id, title: Text(500, 1), weight: Type.Integer({ minimum: 0, maximum: 100 }) },
  { additionalProperties: false },
);

export const WEIGHT_CAUSES = ['manual', 'criteria', 'role'] as const;

export const LogEntry = Type.Union([
  /** someone became the hiring lead: the first set-up, or a hand-over by the lead */
  Type.Object({ ...common, kind: Type.Literal('lead-set'), lead: Text(120, 1) }, { additionalProperties: false }),
  /** the lead was replaced without the lead's passphrase (it was forgotten): always a warning */
  Type.Object({ ...common, kind: Type.Literal('lead-reset'), lead: Text(120, 1), reason: Reason }, { additionalProperties: false }),
  Type.Object({ ...common, kind: Type.Literal('independence'), on: Type.Boolean(), reason: Reason }, { additionalProperties: false }),
  /** the lead showed an interviewer the panel's ratings of a candidate before their own card was in */
  Type.Object(
    { ...common, kind: Type.Literal('reveal'), candidate: Person, interviewer: Person, reason: Reason },
    { additionalProperties: false },
  ),
  /** an interviewer chose their passphrase, which from then on proves who they are in this project */
  Type.Object({ ...common, kind: Type.Literal('passphrase-set'), interviewer: Person }, { additionalProperties: false }),
  /** the lead cleared an interviewer's passphrase (forgotten, or set by someone else) */
  Type.Object({ ...common, kind: Type.Literal('passphrase-reset'), interviewer: Person, reason: Reason }, { additionalProperties: false }),
  /** weights changed after the first scorecard was submitted */
  Type.Object(
    {
      ...common,
      kind: Type.Literal('weights'),
      cause: closedList(WEIGHT_CAUSES),
      reason: Reason,
      before: Type.Array(WeightRow, { maxItems: 40 }),
      after: Type.Array(WeightRow, { maxItems: 40 }),
    },
    { additionalProperties: false },
  ),
]);

export type Secret = Static<typeof Secret>;
export type Lead = Static<typeof Lead>;
export type LogEntry = Static<typeof LogEntry>;
export type LogKind = LogEntry['kind'];
export type WeightCause = (typeof WEIGHT_CAUSES)[number];
export type WeightRow = Static<typeof WeightRow>;
