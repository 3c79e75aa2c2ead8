// The wizard's step ids. Kept apart from the registry (which pulls in every panel) so the store
// can name steps without importing React components; the registry gives their order.
export type StepId =
  'start' | 'company' | 'objectives' | 'responsibilities' | 'background' | 'qualifications' | 'archetypes' | 'offer' | 'rubric' | 'review';
