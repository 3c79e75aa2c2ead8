// Every free-text field of a role design, with the path a finding names. Item lists use the item's
// id, not its index, so a finding (and its dismissal) survives reordering; the paths match the ones
// core/role/checks.ts gives the wizard, so the renderer can point at the same input.
import { groupByTheme } from '../role/themes.js';
import type { RoleDesign } from '../schema/role.js';

export interface TextField {
  path: string;
  text: string;
  /**
   * Whether the field is running prose the reader reads as sentences: readability and passive voice
   * are measured over these. Titles, headings and table cells are words but not sentences.
   */
  prose: boolean;
}

/**
 * The fields the job description prints, each as many times as it prints it: an "other" detail only
 * when "other" is chosen, a metric's own name only for a custom metric, and a responsibility theme
 * once (the job description prints it once, as a heading over its group), since hidden or repeated
 * text must not cost the score or tip the gender balance. Names are left out on purpose (the
 * company, the location and regions, the people to contact): "Rockstar Games" or "Ninja Theory"
 * must not be flagged as jargon.
 */
export function roleFields(role: RoleDesign): TextField[] {
  const { company, context, objectives, offer, application } = role;
  const themeShown = new Set(groupByTheme(role.responsibilities).map((g) => g.items[0]?.id));
  const fields: TextField[] = [
    { path: 'title', text: role.title, prose: false },
    { path: 'company.industry', text: company.industry, prose: false },
    { path: 'company.description', text: company.description, prose: true },
    { path: 'context.whyNowDetail', text: context.whyNowDetail, prose: true },
    { path: 'context.reportingLineOther', text: context.reportingLine === 'other' ? context.reportingLineOther : '', prose: false },
    { path: 'context.teamsOther', text: context.teams.includes('other') ? context.teamsOther : '', prose: false },
    { path: 'objectives.purpose', text: objectives.purpose, prose: true },
    ...objectives.outcomes.map((o) => ({ path: `objectives.outcomes.${o.id}`, text: o.text, prose: true })),
    ...objectives.metrics.flatMap((m) => [
      { path: `objectives.metrics.${m.id}.customName`, text: m.metric === 'custom' ? m.customName : '', prose: false },
      { path: `objectives.metrics.${m.id}.current`, text: m.current, prose: false },
      { path: `objectives.metrics.${m.id}.target`, text: m.target, prose: false },
    ]),
    ...role.responsibilities.flatMap((r) => [
      { path: `responsibilities.${r.id}.theme`, text: themeShown.has(r.id) ? r.theme : '', prose: false },
      { path: `responsibilities.${r.id}.text`, text: r.text, prose: true },
    ]),
    { path: 'context.figures.budget', text: context.figures.budget, prose: false },
    { path: 'position.workModelDetail', text: role.position.workModelDetail, prose: true },
    ...role.mustHaves.map((x) => ({ path: `mustHaves.${x.id}`, text: x.text, prose: true })),
    ...role.qualities.map((x) => ({ path: `qualities.${x.id}`, text: x.text, prose: true })),
    ...role.niceToHaves.map((x) => ({ path: `niceToHaves.${x.id}`, text: x.text, prose: true })),
    { path: 'offer.note', text: offer.note, prose: true },
    ...offer.benefits.map((x) => ({ path: `offer.benefits.${x.id}`, text: x.text, prose: false })),
    { path: 'application.method', text: application.method, prose: true },
    { path: 'application.nextSteps', text: application.nextSteps, prose: true },
    { path: 'application.equalOpportunity', text: application.equalOpportunity, prose: true },
  ];
  return fields.filter((f) => f.text.trim().length > 0);
}

/** The bullet lists the job description prints, grouped as core/jd prints them: one per theme. */
export function roleLists(role: RoleDesign): { field: string; label: string; count: number }[] {
  return [
    { field: 'objectives.outcomes', label: '', count: role.objectives.outcomes.length },
    ...groupByTheme(role.responsibilities).map((g) => ({ field: 'responsibilities', label: g.theme, count: g.items.length })),
    { field: 'context.teams', label: '', count: role.context.teams.length },
    { field: 'mustHaves', label: '', count: role.mustHaves.length },
    { field: 'qualities', label: '', count: role.qualities.length },
    { field: 'niceToHaves', label: '', count: role.niceToHaves.length },
    { field: 'offer.benefits', label: '', count: role.offer.benefits.length },
  ];
}
