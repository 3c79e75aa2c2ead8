// The wizard's step ids, in order. Kept apart from the registry (which pulls in every panel) so the
// store can name steps without importing React components; the registry gives each its panel, and
// its test checks that both list the same steps in the same order.
export const STEP_IDS = [
  'start',
  'company',
  'objectives',
  'responsibilities',
  'background',
  'qualifications',
  'archetypes',
  'offer',
  'rubric',
  'review',
] as const;
export type StepId = (typeof STEP_IDS)[number];
