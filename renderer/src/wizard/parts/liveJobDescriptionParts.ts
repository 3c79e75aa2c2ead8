// Which steps show the live job description beside them (1440 px and wider), and the part of the
// document each shapes: apart from the view itself, which loads on demand (Wizard.tsx), so the
// first screen does not carry the job description's builder.
import type { SectionId } from '../../../../core/documents/tree';
import type { StepId } from '../stepIds';

export const WIDE_ENOUGH = '(min-width: 1440px)';

/** The part of the document each step shapes. */
export const SHAPES: Partial<Record<StepId, SectionId>> = {
  company: 'company',
  objectives: 'objective',
  responsibilities: 'responsibilities',
  background: 'background',
  qualifications: 'mustHaves',
  // the archetype weights are internal and not in the job description; the offer is where it is based, its pay and how to apply
  offer: 'location',
};

export const showsLiveJobDescription = (step: StepId): boolean => SHAPES[step] !== undefined;
