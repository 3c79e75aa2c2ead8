// Per-step checks of a role design: what is still missing before the wizard moves on. Pure, so the
// renderer, tests and any future command-line check agree on what "complete" means. Each issue names
// a stable field path (the renderer uses it as a DOM id suffix) and a ui catalogue key saying what is missing.
import { archetypeTotal } from './archetypes.js';
import type { RoleDesign, TextItem } from '../schema/role.js';

export interface FieldIssue {
  /** a stable path into the role, e.g. `company.name` or `objectives.metrics.m-1.target` */
  field: string;
  /** a ui catalogue key, e.g. `ui.missing.companyName` */
  code: string;
}

export type RoleCheck = (role: RoleDesign) => FieldIssue[];

export const isBlank = (text: string): boolean => text.trim().length === 0;

const blankItems = (items: readonly TextItem[], path: string, code: string): FieldIssue[] =>
  items.filter((item) => isBlank(item.text)).map((item) => ({ field: `${path}.${item.id}`, code }));

/** Nothing to check: the start step only picks or opens a project. */
export const checkNothing: RoleCheck = () => [];

export const checkCompany: RoleCheck = (role) => {
  const { context } = role;
  const issues: FieldIssue[] = [];
  if (isBlank(role.title)) issues.push({ field: 'title', code: 'ui.missing.roleTitle' });
  if (isBlank(role.company.name)) issues.push({ field: 'company.name', code: 'ui.missing.companyName' });
  if (context.whyNow === 'other' && isBlank(context.whyNowDetail)) {
    issues.push({ field: 'context.whyNowDetail', code: 'ui.missing.whyNowDetail' });
  }
  if (context.reportingLine === 'other' && isBlank(context.reportingLineOther)) {
    issues.push({ field: 'context.reportingLineOther', code: 'ui.missing.reportingLineOther' });
  }
  if (context.teams.includes('other') && isBlank(context.teamsOther)) {
    issues.push({ field: 'context.teamsOther', code: 'ui.missing.teamsOther' });
  }
  return issues;
};

export const checkObjectives: RoleCheck = (role) => {
  const { objectives } = role;
  const issues: FieldIssue[] = [];
  if (isBlank(objectives.purpose)) issues.push({ field: 'objectives.purpose', code: 'ui.missing.purpose' });
  issues.push(...blankItems(objectives.outcomes, 'objectives.outcomes', 'ui.missing.outcomeText'));
  for (const metric of objectives.metrics) {
    if (metric.metric === 'custom' && isBlank(metric.customName)) {
      issues.push({ field: `objectives.metrics.${metric.id}.customName`, code: 'ui.missing.metricName' });
    }
    if (isBlank(metric.target)) {
      issues.push({ field: `objectives.metrics.${metric.id}.target`, code: 'ui.missing.metricTarget' });
    }
  }
  return issues;
};

export const checkResponsibilities: RoleCheck = (role) => {
  if (role.responsibilities.length === 0) return [{ field: 'responsibilities', code: 'ui.missing.responsibilities' }];
  return role.responsibilities.flatMap((r) => [
    ...(isBlank(r.text) ? [{ field: `responsibilities.${r.id}.text`, code: 'ui.missing.responsibilityText' }] : []),
    ...(isBlank(r.theme) ? [{ field: `responsibilities.${r.id}.theme`, code: 'ui.missing.responsibilityTheme' }] : []),
  ]);
};

export const checkQualifications: RoleCheck = (role) => [
  ...(role.mustHaves.length === 0 ? [{ field: 'mustHaves', code: 'ui.missing.mustHaves' }] : []),
  ...blankItems(role.mustHaves, 'mustHaves', 'ui.missing.itemText'),
  ...(role.qualities.length === 0 ? [{ field: 'qualities', code: 'ui.missing.qualities' }] : []),
  ...blankItems(role.qualities, 'qualities', 'ui.missing.itemText'),
  ...blankItems(role.niceToHaves, 'niceToHaves', 'ui.missing.itemText'),
];

/** A real calendar day, written YYYY-MM-DD (what a date input gives). */
const isDay = (text: string): boolean => {
  const date = new Date(`${text}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
};

/**
 * Pay, benefits and how to apply: a range needs both ends, lowest first; the job description must
 * say to whom applications go; a closing date must be a real day.
 */
export const checkOffer: RoleCheck = (role) => {
  const { offer, application } = role;
  const issues: FieldIssue[] = [];
  if (offer.disclosure === 'range') {
    if (offer.minimum === null) issues.push({ field: 'offer.minimum', code: 'ui.missing.payMinimum' });
    if (offer.maximum === null) issues.push({ field: 'offer.maximum', code: 'ui.missing.payMaximum' });
    if (offer.minimum !== null && offer.maximum !== null && offer.minimum > offer.maximum)
      issues.push({ field: 'offer.maximum', code: 'ui.missing.payOrder' });
  }
  issues.push(...blankItems(offer.benefits, 'offer.benefits', 'ui.missing.itemText'));
  if (isBlank(application.method)) issues.push({ field: 'application.method', code: 'ui.missing.applyMethod' });
  if (isBlank(application.contact)) issues.push({ field: 'application.contact', code: 'ui.missing.applyContact' });
  if (application.deadline && !isDay(application.deadline)) issues.push({ field: 'application.deadline', code: 'ui.missing.deadline' });
  return issues;
};

/** The editor keeps the total at 100; this guards a design that reached the step some other way. */
export const checkArchetypes: RoleCheck = (role) =>
  archetypeTotal(role.archetypes) === 100 ? [] : [{ field: 'archetypes', code: 'ui.missing.archetypeTotal' }];
