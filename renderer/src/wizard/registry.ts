// The wizard as data: each step's title, its completeness check and the panel that edits it.
// Adding, removing or reordering a step is a change to this array alone.
import type { ComponentType } from 'react';
import {
  checkArchetypes,
  checkCompany,
  checkNothing,
  checkObjectives,
  checkOffer,
  checkQualifications,
  checkResponsibilities,
  type FieldIssue,
  type RoleCheck,
} from '../../../core/role/checks';
import type { Project } from '../../../core/schema/project';
import type { ReviewSection } from '../../../core/schema/review';
import type { RoleDesign } from '../../../core/schema/role';
import { checkRubric } from '../../../core/rubric/check';
import { CRITERION_GROUPS } from '../../../core/schema/rubric';
import type { StepId } from './stepIds';
import { StartStep } from './steps/start';
import { lazyPanel } from './lazyPanel';

// Every step but Start loads on demand (its own chunk), so the first screen waits for none of them;
// lazyPanel's preload fetches them all once the Start screen is idle, so no step ever waits either.
const CompanyStep = lazyPanel(() => import('./steps/company').then((m) => m.CompanyStep));
const ObjectivesStep = lazyPanel(() => import('./steps/objectives').then((m) => m.ObjectivesStep));
const ResponsibilitiesStep = lazyPanel(() => import('./steps/responsibilities').then((m) => m.ResponsibilitiesStep));
const BackgroundStep = lazyPanel(() => import('./steps/background').then((m) => m.BackgroundStep));
const QualificationsStep = lazyPanel(() => import('./steps/qualifications').then((m) => m.QualificationsStep));
const ArchetypesStep = lazyPanel(() => import('./steps/archetypes').then((m) => m.ArchetypesStep));
const RubricStep = lazyPanel(() => import('./steps/rubric').then((m) => m.RubricStep));
const ReviewStep = lazyPanel(() => import('./steps/review').then((m) => m.ReviewStep));
const OfferStep = lazyPanel(() => import('./steps/offer').then((m) => m.OfferStep));

export type RoleEdit = (role: RoleDesign) => RoleDesign;
export type StepCheck = (project: Project) => FieldIssue[];

export interface PanelProps {
  role: RoleDesign;
  update: (edit: RoleEdit) => void;
  /** the whole project, for steps that edit more than the role (the rubric) */
  project: Project;
}

export interface StepDefinition {
  id: StepId;
  titleKey: string;
  introKey: string;
  check: StepCheck;
  Panel: ComponentType<PanelProps>;
  /** the board-review section this step shapes: the step then asks why the choice was made */
  reviewSection?: ReviewSection;
  /** the step edits words the job description prints, so it shows their language-check status */
  checksWording?: boolean;
  /**
   * false: the step's gaps stop its own Next but leave the later steps open. Pay and application
   * is near the end, and a writer should see the Review before naming who receives applications.
   */
  gatesLaterSteps?: boolean;
  /** a long step's parts, listed under it in the step list and marked as they are read */
  sections?: (project: Project) => { id: string; labelKey: string }[];
}

const onRole =
  (check: RoleCheck): StepCheck =>
  (project) =>
    check(project.role);

type StepExtras = Pick<StepDefinition, 'reviewSection' | 'checksWording' | 'gatesLaterSteps' | 'sections'>;

/** The Rubric step's parts: each group of criteria, then who asks what. */
const rubricSections = (project: Project) => [
  ...CRITERION_GROUPS.map((group) => ({ id: `rubric-group-${group}`, labelKey: `ui.rubric.group.${group}` })),
  { id: 'rubric-coverage', labelKey: 'ui.coverage.heading' },
  ...(project.hiring.interviewers.length ? [{ id: 'focus-matrix-caption', labelKey: 'ui.coverage.matrixNav' }] : []),
];

const step = (id: StepId, check: StepCheck, Panel: ComponentType<PanelProps>, extras: StepExtras = {}): StepDefinition => ({
  id,
  titleKey: `ui.step.${id}.title`,
  introKey: `ui.step.${id}.intro`,
  check,
  Panel,
  ...extras,
});

export const STEPS: readonly StepDefinition[] = [
  step('start', onRole(checkNothing), StartStep),
  step('company', onRole(checkCompany), CompanyStep, { reviewSection: 'company', checksWording: true }),
  step('objectives', onRole(checkObjectives), ObjectivesStep, { reviewSection: 'objectives', checksWording: true }),
  step('responsibilities', onRole(checkResponsibilities), ResponsibilitiesStep, { reviewSection: 'responsibilities', checksWording: true }),
  step('background', onRole(checkNothing), BackgroundStep, { reviewSection: 'background' }),
  step('qualifications', onRole(checkQualifications), QualificationsStep, { reviewSection: 'qualifications', checksWording: true }),
  step('archetypes', onRole(checkArchetypes), ArchetypesStep, { reviewSection: 'archetypes' }),
  step('offer', onRole(checkOffer), OfferStep, { checksWording: true, gatesLaterSteps: false }),
  // the rubric's prose (anchors, questions) is for interviewers, not printed in the job description
  step('rubric', (project) => checkRubric(project.rubric), RubricStep, { reviewSection: 'rubric', sections: rubricSections }),
  step('review', onRole(checkNothing), ReviewStep),
];

/** Which steps the progress list lets you jump to: any visited, and any up to the first with gaps. */
export function reachableSteps(project: Project | null, visited: readonly StepId[]): Set<StepId> {
  if (!project) return new Set<StepId>(['start']);
  const firstGap = STEPS.findIndex((s) => s.gatesLaterSteps !== false && s.check(project).length > 0);
  const limit = firstGap === -1 ? STEPS.length - 1 : firstGap;
  return new Set(STEPS.filter((s, i) => i <= limit || visited.includes(s.id)).map((s) => s.id));
}
