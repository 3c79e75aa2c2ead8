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
  type RoleCheck,
} from '../../../core/role/checks';
import type { RoleDesign } from '../../../core/schema/role';
import type { StepId } from './stepIds';
import { ArchetypesStep } from './steps/archetypes';
import { BackgroundStep } from './steps/background';
import { CompanyStep } from './steps/company';
import { ObjectivesStep } from './steps/objectives';
import { QualificationsStep } from './steps/qualifications';
import { ResponsibilitiesStep } from './steps/responsibilities';
import { ReviewStep } from './steps/review';
import { StartStep } from './steps/start';

export type RoleEdit = (role: RoleDesign) => RoleDesign;

export interface PanelProps {
  role: RoleDesign;
  update: (edit: RoleEdit) => void;
}

export interface StepDefinition {
  id: StepId;
  titleKey: string;
  introKey: string;
  check: RoleCheck;
  Panel: ComponentType<PanelProps>;
}

const step = (id: StepId, check: RoleCheck, Panel: ComponentType<PanelProps>): StepDefinition => ({
  id,
  titleKey: `ui.step.${id}.title`,
  introKey: `ui.step.${id}.intro`,
  check,
  Panel,
});

export const STEPS: readonly StepDefinition[] = [
  step('start', checkNothing, StartStep),
  step('company', checkCompany, CompanyStep),
  step('objectives', checkObjectives, ObjectivesStep),
  step('responsibilities', checkResponsibilities, ResponsibilitiesStep),
  step('background', checkNothing, BackgroundStep),
  step('qualifications', checkQualifications, QualificationsStep),
  step('archetypes', checkArchetypes, ArchetypesStep),
  step('review', checkNothing, ReviewStep),
];

/** Which steps the progress list lets you jump to: any visited, and any up to the first with gaps. */
export function reachableSteps(role: RoleDesign | null, visited: readonly StepId[]): Set<StepId> {
  if (!role) return new Set<StepId>(['start']);
  const firstGap = STEPS.findIndex((s) => s.check(role).length > 0);
  const limit = firstGap === -1 ? STEPS.length - 1 : firstGap;
  return new Set(STEPS.filter((s, i) => i <= limit || visited.includes(s.id)).map((s) => s.id));
}
