// The role design: the one JSON Schema that both validates files and gives the TypeScript types
// (via TypeBox's Static), so the shape is never written twice.
import { Type, type Static } from '@sinclair/typebox';
import { closedList } from './common.js';
import { LOCALES } from '../i18n/locales.js';
import {
  BACKGROUND_CHOICES,
  COMPANY_SIZES,
  COMPANY_STAGES,
  METRIC_IDS,
  OWNED_TEAMS,
  REPORTING_LINES,
  SCOPES,
  WHY_NOW_REASONS,
} from '../role/vocabulary.js';

/** Bounded text: every string in a file has a ceiling so a hostile file cannot balloon memory. */
export const Text = (maxLength: number, minLength = 0) => Type.String({ minLength, maxLength });

export const Id = Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$', description: 'stable item id' });

export const TextItem = Type.Object({ id: Id, text: Text(500, 1) }, { additionalProperties: false });

export const Company = Type.Object(
  {
    name: Text(120),
    industry: Text(120),
    size: closedList(COMPANY_SIZES, 'head count band'),
    stage: closedList(COMPANY_STAGES, 'company stage'),
    description: Text(2000),
  },
  { additionalProperties: false },
);

export const RoleContext = Type.Object(
  {
    whyNow: closedList(WHY_NOW_REASONS, 'why this role now'),
    whyNowDetail: Text(1000),
    reportingLine: closedList(REPORTING_LINES, 'who the role reports to'),
    reportingLineOther: Text(120),
    scope: closedList(SCOPES, 'customer experience only, or customer and employee experience'),
    executiveBoardSeat: Type.Boolean(),
    teams: Type.Array(closedList(OWNED_TEAMS, 'a team the role owns'), { uniqueItems: true, maxItems: OWNED_TEAMS.length }),
    teamsOther: Text(200),
  },
  { additionalProperties: false },
);

export const Metric = Type.Object(
  {
    id: Id,
    metric: closedList(METRIC_IDS, 'a metric from the vocabulary, or custom'),
    customName: Text(80),
    current: Text(120),
    target: Text(120),
  },
  { additionalProperties: false },
);

export const Objectives = Type.Object(
  {
    purpose: Text(2000),
    outcomes: Type.Array(TextItem, { maxItems: 5 }),
    metrics: Type.Array(Metric, { maxItems: 12 }),
  },
  { additionalProperties: false },
);

export const Responsibility = Type.Object(
  {
    id: Id,
    theme: Text(80, 1),
    text: Text(500, 1),
    /** ids of the outcomes and metrics that measure this responsibility */
    measuredBy: Type.Array(Id, { uniqueItems: true, maxItems: 20 }),
  },
  { additionalProperties: false },
);

export const ArchetypeWeights = Type.Object(
  {
    practitioner: Type.Integer({ minimum: 0, maximum: 100 }),
    technologist: Type.Integer({ minimum: 0, maximum: 100 }),
    dataArchitect: Type.Integer({ minimum: 0, maximum: 100 }),
    futurist: Type.Integer({ minimum: 0, maximum: 100 }),
  },
  { additionalProperties: false },
);

export const RoleDesign = Type.Object(
  {
    /** the language the role's documents are written in, and whose rules the language check applies */
    locale: closedList(LOCALES, 'the language of the job description'),
    templateId: Id,
    /** may be empty while a blank role is being written; saving and exporting ask for it */
    title: Text(120),
    company: Company,
    context: RoleContext,
    objectives: Objectives,
    responsibilities: Type.Array(Responsibility, { maxItems: 40 }),
    background: Type.Object({ choice: closedList(BACKGROUND_CHOICES, 'the background trade-off') }, { additionalProperties: false }),
    mustHaves: Type.Array(TextItem, { maxItems: 20 }),
    qualities: Type.Array(TextItem, { maxItems: 20 }),
    niceToHaves: Type.Array(TextItem, { maxItems: 20 }),
    archetypes: ArchetypeWeights,
  },
  { additionalProperties: false },
);

export type TextItem = Static<typeof TextItem>;
export type Company = Static<typeof Company>;
export type RoleContext = Static<typeof RoleContext>;
export type Metric = Static<typeof Metric>;
export type Objectives = Static<typeof Objectives>;
export type Responsibility = Static<typeof Responsibility>;
export type ArchetypeWeights = Static<typeof ArchetypeWeights>;
export type RoleDesign = Static<typeof RoleDesign>;
