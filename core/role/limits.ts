// Text and list ceilings read from the schema itself, so the editor's maxLength attributes and
// "add" limits can never drift from what a saved file is allowed to hold.
import {
  Application,
  Company,
  Metric,
  Objectives,
  Offer,
  Position,
  Responsibility,
  RoleContext,
  RoleDesign,
  ScopeFigures,
  TextItem,
} from '../schema/role.js';

const len = (schema: { maxLength?: number }): number => schema.maxLength ?? 500;
const items = (schema: { maxItems?: number }): number => schema.maxItems ?? 20;

export const TEXT_LIMITS = {
  title: len(RoleDesign.properties.title),
  companyName: len(Company.properties.name),
  industry: len(Company.properties.industry),
  description: len(Company.properties.description),
  whyNowDetail: len(RoleContext.properties.whyNowDetail),
  reportingLineOther: len(RoleContext.properties.reportingLineOther),
  teamsOther: len(RoleContext.properties.teamsOther),
  purpose: len(Objectives.properties.purpose),
  item: len(TextItem.properties.text),
  metricName: len(Metric.properties.customName),
  metricValue: len(Metric.properties.target),
  theme: len(Responsibility.properties.theme),
  responsibility: len(Responsibility.properties.text),
  location: len(Position.properties.location),
  workModelDetail: len(Position.properties.workModelDetail),
  budget: len(ScopeFigures.properties.budget),
  regions: len(ScopeFigures.properties.regions),
  payNote: len(Offer.properties.note),
  applyMethod: len(Application.properties.method),
  applyContact: len(Application.properties.contact),
  nextSteps: len(Application.properties.nextSteps),
  adjustmentsContact: len(Application.properties.adjustmentsContact),
  equalOpportunity: len(Application.properties.equalOpportunity),
} as const;

/** Bounds of the numbers a role holds, read from the schema like the text limits. */
export const NUMBER_LIMITS = {
  teamSize: { min: 1, max: 1_000_000 },
  pay: { min: 0, max: 1_000_000_000 },
} as const;

export const LIST_LIMITS = {
  outcomes: items(Objectives.properties.outcomes),
  metrics: items(Objectives.properties.metrics),
  responsibilities: items(RoleDesign.properties.responsibilities),
  mustHaves: items(RoleDesign.properties.mustHaves),
  qualities: items(RoleDesign.properties.qualities),
  niceToHaves: items(RoleDesign.properties.niceToHaves),
  benefits: items(Offer.properties.benefits),
} as const;

/** Past this many must-haves a job description starts to deter qualified applicants. */
export const MUST_HAVE_ADVICE_LIMIT = 7;
