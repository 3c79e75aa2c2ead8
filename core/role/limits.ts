// Text and list ceilings read from the schema itself, so the editor's maxLength attributes and
// "add" limits can never drift from what a saved file is allowed to hold.
import { Company, Metric, Objectives, Responsibility, RoleContext, RoleDesign, TextItem } from '../schema/role.js';

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
} as const;

export const LIST_LIMITS = {
  outcomes: items(Objectives.properties.outcomes),
  metrics: items(Objectives.properties.metrics),
  responsibilities: items(RoleDesign.properties.responsibilities),
  mustHaves: items(RoleDesign.properties.mustHaves),
  qualities: items(RoleDesign.properties.qualities),
  niceToHaves: items(RoleDesign.properties.niceToHaves),
} as const;

/** Past this many must-haves a job description starts to deter qualified applicants. */
export const MUST_HAVE_ADVICE_LIMIT = 7;
