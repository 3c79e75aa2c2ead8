// Ids of the review page's parts: the targets of its contents links and of focus moves.
import type { ReviewSection } from '../../../core/schema/review';

export const ANCHOR = {
  versions: 'review-versions',
  compare: 'review-compare',
  decisions: 'review-decisions',
  pack: 'review-pack',
} as const;

export const sectionAnchor = (section: ReviewSection): string => `review-${section}`;
