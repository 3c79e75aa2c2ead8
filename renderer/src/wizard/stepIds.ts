// The wizard's steps in order. Kept apart from the registry (which pulls in every panel) so the
// store can name steps without importing React components.
export const STEP_IDS = [
  'start',
  'company',
  'objectives',
  'responsibilities',
  'background',
  'qualifications',
  'archetypes',
  'review',
] as const;

export type StepId = (typeof STEP_IDS)[number];
