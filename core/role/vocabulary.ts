// Closed lists the role design draws from. Their display words live in the message catalogue
// (core/i18n), keyed by these ids, so a new language never touches this file.

export const COMPANY_SIZES = ['unspecified', 'under-50', '50-249', '250-999', '1000-4999', '5000-plus'] as const;
export const COMPANY_STAGES = ['unspecified', 'startup', 'scale-up', 'established', 'transformation'] as const;

/** Why the role is being created now (most chief customer officer roles followed a change in senior management: Forrester, 2011). */
export const WHY_NOW_REASONS = ['unspecified', 'new-leadership', 'critical-incident', 'growth', 'customer-churn', 'other'] as const;

export const REPORTING_LINES = ['unspecified', 'ceo', 'coo', 'cmo', 'chro', 'other'] as const;
/** Customer experience only, employee experience only (a Chief People Officer's), or both. */
export const SCOPES = ['unspecified', 'cx', 'ex', 'cx-and-ex'] as const;

/** Choices a blank role starts with: shown as "not decided yet", printed nowhere. */
export const UNDECIDED = 'unspecified';

/** Where the work is done; `unspecified` says nothing in the job description. */
export const WORK_MODELS = ['unspecified', 'on-site', 'hybrid', 'remote'] as const;

/**
 * How the job description deals with pay. Directive (EU) 2023/970, Article 5, entitles applicants to
 * the initial pay or its range in the vacancy notice or before the interview; Colorado's Equal Pay
 * for Equal Work Act wants the range in the posting itself. `not-stated` is a gap the checker flags.
 */
export const PAY_DISCLOSURES = ['not-stated', 'range', 'before-interview'] as const;
export const PAY_PERIODS = ['year', 'month'] as const;

export const OWNED_TEAMS = ['voc-analytics', 'design', 'change-management', 'contact-centre', 'digital', 'marketing', 'other'] as const;

export const BACKGROUND_CHOICES = ['internal-leader', 'career-professional', 'open-to-both'] as const;

/** The metrics vocabulary (customer side, then employee side), plus a custom escape hatch. */
export const CUSTOMER_METRICS = [
  'nps',
  'csat',
  'customer-effort',
  'adoption',
  'usage',
  'churn',
  'renewal',
  'cost-to-serve',
  'cost-of-churn',
  'customer-referrals',
  'revenue-growth',
  'operating-cost',
] as const;
export const EMPLOYEE_METRICS = [
  'enps',
  'engagement',
  'attrition',
  'turnover-cost',
  'retention',
  'time-to-productivity',
  'employee-referrals',
  'hr-response-time',
] as const;
export const METRIC_IDS = [...CUSTOMER_METRICS, ...EMPLOYEE_METRICS, 'custom'] as const;

export const ARCHETYPES = ['practitioner', 'technologist', 'dataArchitect', 'futurist'] as const;

export type CompanySize = (typeof COMPANY_SIZES)[number];
export type CompanyStage = (typeof COMPANY_STAGES)[number];
export type WhyNowReason = (typeof WHY_NOW_REASONS)[number];
export type ReportingLine = (typeof REPORTING_LINES)[number];
export type Scope = (typeof SCOPES)[number];
export type WorkModel = (typeof WORK_MODELS)[number];
export type PayDisclosure = (typeof PAY_DISCLOSURES)[number];
export type PayPeriod = (typeof PAY_PERIODS)[number];
export type OwnedTeam = (typeof OWNED_TEAMS)[number];
export type BackgroundChoice = (typeof BACKGROUND_CHOICES)[number];
export type MetricId = (typeof METRIC_IDS)[number];
export type Archetype = (typeof ARCHETYPES)[number];
