// The wizard as data: each step's title, its completeness check and the panel that edits it.
// Adding, removing or reordering a step is a change to this array alone.
import type { ComponentType } from 'react';
import {
  checkArchetypes,
  checkCompany,
  checkNothing,
  checkObjectives,
  checkQualifications,
  checkResponsibilities,
  type FieldIssue,
  type RoleCheck,
} from '../../../core/role/checks';
import type { Project } from '../../../core/schema/project';
import type { ReviewSection } from '../../../core/schema/review';
import type { RoleDesign } from '../../../core/schema/role';
import { checkRubric } from '../../../core/scoring/rubric-check';
import type { StepId } from './stepIds';
import { ArchetypesStep } from './steps/archetypes';
import { BackgroundStep } from './steps/background';
import { CompanyStep } from './steps/company';
import { ObjectivesStep } from './steps/objectives';
import { QualificationsStep } from './steps/qualifications';
import { ResponsibilitiesStep } from './steps/responsibilities';
import { ReviewStep } from './steps/review';
import { RubricStep } from './steps/rubric';
import { StartStep } from './steps/start';

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
}

const onRole =
  (check: RoleCheck): StepCheck =>
  (project) =>
    check(project.role);

const step = (id: StepId, check: StepCheck, Panel: ComponentType<PanelProps>, reviewSection?: ReviewSection): StepDefinition => ({
  id,
  titleKey: `ui.step.${id}.title`,
  introKey: `ui.step.${id}.intro`,
  check,
  Panel,
  ...(reviewSection ? { reviewSection } : {}),
});

export const STEPS: readonly StepDefinition[] = [
  step('start', onRole(checkNothing), StartStep),
  step('company', onRole(checkCompany), CompanyStep, 'company'),
  step('objectives', onRole(checkObjectives), ObjectivesStep, 'objectives'),
  step('responsibilities', onRole(checkResponsibilities), ResponsibilitiesStep, 'responsibilities'),
  step('background', onRole(checkNothing), BackgroundStep, 'background'),
  step('qualifications', onRole(checkQualifications), QualificationsStep, 'qualifications'),
  step('archetypes', onRole(checkArchetypes), ArchetypesStep, 'archetypes'),
  step('rubric', (project) => checkRubric(project.rubric), RubricStep, 'rubric'),
  step('review', onRole(checkNothing), ReviewStep),
];

/** Which steps the progress list lets you jump to: any visited, and any up to the first with gaps. */
export function reachableSteps(project: Project | null, visited: readonly StepId[]): Set<StepId> {
  if (!project) return new Set<StepId>(['start']);
  const firstGap = STEPS.findIndex((s) => s.check(project).length > 0);
  const limit = firstGap === -1 ? STEPS.length - 1 : firstGap;
  return new Set(STEPS.filter((s, i) => i <= limit || visited.includes(s.id)).map((s) => s.id));
}
