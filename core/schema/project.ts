// The project file (*.cxorole) and the role template: both wrap a RoleDesign.
import { Type, type Static } from '@sinclair/typebox';
import { closedList } from './common.js';
import { LOCALES } from '../i18n/locales.js';
import { REPORTING_LINES } from '../role/vocabulary.js';
import { Id, RoleDesign, Text } from './role.js';
import { Anchors, Hiring, Rubric } from './rubric.js';
import { Review } from './review.js';

/** Bumped by every schema change; core/formats/migrate.ts upgrades older files step by step. */
export const CURRENT_SCHEMA_VERSION = 6;

/** The finding ids a project may remember: ids are rule, field and words, so they stay short. */
const FindingId = Type.String({ maxLength: 300 });

export const Language = Type.Object(
  {
    /** findings the user dismissed for this role, by finding id */
    dismissed: Type.Array(FindingId, { uniqueItems: true, maxItems: 2000 }),
    /** why a high-severity finding was dismissed, by finding id: the board pack shows it */
    reasons: Type.Record(Type.String(), Text(1000, 1), { propertyNames: { maxLength: 300 }, maxProperties: 2000 }),
  },
  { additionalProperties: false },
);
export type Language = Static<typeof Language>;

/** What a job description pasted at the start left unplaced, kept for the user to place by hand. */
export const Imported = Type.Object({ unplaced: Text(20000) }, { additionalProperties: false });
export type Imported = Static<typeof Imported>;

export const Project = Type.Object(
  {
    schemaVersion: Type.Literal(CURRENT_SCHEMA_VERSION),
    /** the project's identity, so a scorecard pack written for another project is recognised as such */
    id: Id,
    role: RoleDesign,
    rubric: Rubric,
    hiring: Hiring,
    review: Review,
    language: Language,
    imported: Imported,
  },
  { additionalProperties: false },
);
export type Project = Static<typeof Project>;

/**
 * A template's rubric content for one must-have or quality: how to rate it and what to ask.
 * `leaning` says which side of the background trade-off it probes, which shifts default weights.
 */
export const CriterionContent = Type.Object(
  {
    anchors: Anchors,
    questions: Type.Array(Text(500, 1), { minItems: 2, maxItems: 3 }),
    evidence: Text(1000, 1),
    leaning: closedList(['business', 'practice', 'neutral'] as const),
  },
  { additionalProperties: false },
);
export type CriterionContent = Static<typeof CriterionContent>;

const SuggestedItem = Type.Object({ theme: Text(80, 1), text: Text(500, 1) }, { additionalProperties: false });

export const Template = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    id: Id,
    /** the language this edition of the template is written in: a template has one edition per language */
    locale: closedList(LOCALES, 'the language of the template'),
    title: Text(120, 1),
    abbreviation: Text(12, 1),
    whenToChoose: Text(300, 1),
    reportingLineOptions: Type.Array(closedList(REPORTING_LINES), {
      minItems: 1,
      uniqueItems: true,
    }),
    role: RoleDesign,
    /** rubric content for every must-have and quality of `role`, keyed by the item's id */
    rubric: Type.Record(Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' }), CriterionContent),
    suggestions: Type.Object(
      {
        outcomes: Type.Array(Text(300, 1), { maxItems: 20 }),
        responsibilities: Type.Array(SuggestedItem, { maxItems: 40 }),
        niceToHaves: Type.Array(Text(500, 1), { maxItems: 20 }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type Template = Static<typeof Template>;
export type TemplateSummary = Pick<Template, 'id' | 'title' | 'abbreviation' | 'whenToChoose' | 'locale'>;
