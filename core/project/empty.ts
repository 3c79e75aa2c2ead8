import type { Hiring, Rubric } from '../schema/rubric.js';
import type { Review } from '../schema/review.js';
import type { Imported, Language } from '../schema/project.js';

export const emptyRubric = (): Rubric => ({ criteria: [], weightsEdited: false });

/** Independent scoring is on by default: first impressions should not be anchored on a colleague's. */
export const emptyHiring = (): Hiring => ({
  independentScoring: true,
  lead: null,
  interviewers: [],
  candidates: [],
  scorecards: [],
  log: [],
});

export const emptyReview = (): Review => ({ rationale: {}, comments: [], versions: [], decisions: [] });

export const emptyLanguage = (): Language => ({ dismissed: [], reasons: {} });

export const emptyImported = (): Imported => ({ unplaced: '' });
