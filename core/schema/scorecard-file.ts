// The file an offline interviewer fills in: one candidate, one interviewer, the criteria in their
// focus (with anchors, so the file stands alone), and the scorecard itself.
import { Type, type Static } from '@sinclair/typebox';
import { Id, Text } from './role.js';
import { Anchors, Scorecard } from './rubric.js';

export const SCORECARD_FILE_KIND = 'cxo-role-studio/scorecard';
export const SCORECARD_FILE_VERSION = 1;

export const ScorecardFile = Type.Object(
  {
    kind: Type.Literal(SCORECARD_FILE_KIND),
    schemaVersion: Type.Literal(SCORECARD_FILE_VERSION),
    roleTitle: Text(120, 1),
    candidate: Type.Object({ id: Id, name: Text(120, 1) }, { additionalProperties: false }),
    interviewer: Type.Object({ id: Id, name: Text(120, 1) }, { additionalProperties: false }),
    criteria: Type.Array(
      Type.Object(
        { id: Id, title: Text(500, 1), anchors: Anchors, questions: Type.Array(Text(500, 1), { maxItems: 5 }) },
        { additionalProperties: false },
      ),
      { maxItems: 40 },
    ),
    scorecard: Scorecard,
  },
  { additionalProperties: false },
);
export type ScorecardFile = Static<typeof ScorecardFile>;
