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
  PAY_DISCLOSURES,
  PAY_PERIODS,
  REPORTING_LINES,
  SCOPES,
  WHY_NOW_REASONS,
  WORK_MODELS,
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

/** The scope of the role in figures; each is optional and printed only when given. */
export const ScopeFigures = Type.Object(
  {
    teamSize: Type.Union([Type.Integer({ minimum: 1, maximum: 1_000_000 }), Type.Null()]),
    /** e.g. "an annual budget of £12 million" */
    budget: Text(120),
    /** e.g. "the United Kingdom, Ireland and the Nordic countries" */
    regions: Text(200),
  },
  { additionalProperties: false },
);

export const RoleContext = Type.Object(
  {
    whyNow: closedList(WHY_NOW_REASONS, 'why this role now'),
    whyNowDetail: Text(1000),
    reportingLine: closedList(REPORTING_LINES, 'who the role reports to'),
    reportingLineOther: Text(120),
    scope: closedList(SCOPES, 'customer experience only, employee experience only, or both'),
    executiveBoardSeat: Type.Boolean(),
    teams: Type.Array(closedList(OWNED_TEAMS, 'a team the role owns'), { uniqueItems: true, maxItems: OWNED_TEAMS.length }),
    teamsOther: Text(200),
    figures: ScopeFigures,
  },
  { additionalProperties: false },
);

/** Where the role is based and how the work is shared between places. */
export const Position = Type.Object(
  {
    location: Text(200),
    workModel: closedList(WORK_MODELS, 'on site, hybrid or remote'),
    /** e.g. "three days a week in the Leeds office; travel to European sites about one week a month" */
    workModelDetail: Text(300),
  },
  { additionalProperties: false },
);

const Amount = Type.Union([Type.Integer({ minimum: 0, maximum: 1_000_000_000 }), Type.Null()]);

/** Pay as the job description states it, and the benefits that come with it. */
export const Offer = Type.Object(
  {
    disclosure: closedList(PAY_DISCLOSURES, 'a pay range in the advert, pay given before the interview, or not stated'),
    /** ISO 4217, e.g. GBP */
    currency: Type.String({ pattern: '^[A-Z]{3}$' }),
    minimum: Amount,
    maximum: Amount,
    period: closedList(PAY_PERIODS, 'pay per year or per month'),
    /** what the range leaves out, e.g. "plus an annual bonus of up to 40% of base salary" */
    note: Text(300),
    benefits: Type.Array(TextItem, { maxItems: 12 }),
  },
  { additionalProperties: false },
);

/** How to apply, to whom, by when and what happens next; adjustments and the equal-opportunity statement. */
export const Application = Type.Object(
  {
    method: Text(500),
    contact: Text(200),
    /** the closing date, YYYY-MM-DD, or empty while the search stays open */
    deadline: Type.String({ pattern: '^(\\d{4}-\\d{2}-\\d{2})?$', maxLength: 10 }),
    nextSteps: Text(1000),
    /** who to ask for a reasonable adjustment; empty: the application contact */
    adjustmentsContact: Text(200),
    equalOpportunity: Text(1500),
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
    position: Position,
    objectives: Objectives,
    responsibilities: Type.Array(Responsibility, { maxItems: 40 }),
    background: Type.Object({ choice: closedList(BACKGROUND_CHOICES, 'the background trade-off') }, { additionalProperties: false }),
    mustHaves: Type.Array(TextItem, { maxItems: 20 }),
    qualities: Type.Array(TextItem, { maxItems: 20 }),
    niceToHaves: Type.Array(TextItem, { maxItems: 20 }),
    archetypes: ArchetypeWeights,
    offer: Offer,
    application: Application,
  },
  { additionalProperties: false },
);

export type TextItem = Static<typeof TextItem>;
export type Company = Static<typeof Company>;
export type RoleContext = Static<typeof RoleContext>;
export type ScopeFigures = Static<typeof ScopeFigures>;
export type Position = Static<typeof Position>;
export type Offer = Static<typeof Offer>;
export type Application = Static<typeof Application>;
export type Metric = Static<typeof Metric>;
export type Objectives = Static<typeof Objectives>;
export type Responsibility = Static<typeof Responsibility>;
export type ArchetypeWeights = Static<typeof ArchetypeWeights>;
export type RoleDesign = Static<typeof RoleDesign>;
