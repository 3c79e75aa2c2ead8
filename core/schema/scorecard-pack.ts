// What a scorecard pack (a Word document an interviewer fills in) carries besides its controls:
// which project, interviewer, criteria and candidates it was written for, and the words its
// controls were written with, so it can be read back in any language it was written in. Embedded
// in the DOCX as a Custom XML part, which Word and LibreOffice both keep when they save.
// It never holds a rating: those live in the controls the interviewer fills in.
import { Type, type Static } from '@sinclair/typebox';
import { Timestamp } from './common.js';
import { Sha256 } from './panel.js';
import { Id, Text } from './role.js';
import { Anchors } from './rubric.js';

export const SCORECARD_PACK_KIND = 'cxo-role-studio/scorecard-pack';
export const SCORECARD_PACK_VERSION = 1;
/** the namespace of the Custom XML part a pack carries its frame in */
export const PACK_NAMESPACE = 'urn:cxo-role-studio:scorecard-pack';
/** packs this size are about 400 pages: past it, export per group of candidates */
export const MAX_PACK_CANDIDATES = 200;

const Option = Type.Object({ value: Type.String({ pattern: '^[a-z0-9-]{1,20}$' }), text: Text(80, 1) }, { additionalProperties: false });

export const ScorecardPack = Type.Object(
  {
    kind: Type.Literal(SCORECARD_PACK_KIND),
    schemaVersion: Type.Literal(SCORECARD_PACK_VERSION),
    projectId: Id,
    locale: Type.String({ pattern: '^[a-z]{2}(-[A-Z]{2})?$' }),
    roleTitle: Text(120, 1),
    company: Text(120),
    interviewer: Type.Object({ id: Id, name: Text(120, 1) }, { additionalProperties: false }),
    criteria: Type.Array(
      Type.Object(
        {
          id: Id,
          title: Text(500, 1),
          weight: Type.Integer({ minimum: 0, maximum: 100 }),
          anchors: Anchors,
          questions: Type.Array(Text(500, 1), { maxItems: 5 }),
          evidence: Text(1000),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 40 },
    ),
    candidates: Type.Array(Type.Object({ id: Id, name: Text(120, 1), currentRole: Text(200) }, { additionalProperties: false }), {
      minItems: 1,
      maxItems: MAX_PACK_CANDIDATES,
    }),
    /** SHA-256 over the criteria's ids, titles and anchors: what the interviewer rated against */
    rubric: Sha256,
    /** the words in the controls, as written: the rating and recommendation choices and the prompts */
    controls: Type.Object(
      {
        ratings: Type.Array(Option, { minItems: 6, maxItems: 6 }),
        recommendations: Type.Array(Option, { minItems: 4, maxItems: 4 }),
        prompts: Type.Object({ rating: Text(80, 1), evidence: Text(200, 1), recommendation: Text(80, 1) }, { additionalProperties: false }),
      },
      { additionalProperties: false },
    ),
    writtenAt: Timestamp,
  },
  { additionalProperties: false },
);

export type ScorecardPack = Static<typeof ScorecardPack>;
export type PackCriterion = ScorecardPack['criteria'][number];
export type PackCandidate = ScorecardPack['candidates'][number];
