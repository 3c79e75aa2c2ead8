import type { Hiring, Rubric, Shortlist } from '../schema/rubric.js';
import type { Application, Offer, Position, ScopeFigures } from '../schema/role.js';
import type { Review } from '../schema/review.js';
import type { Imported, Language } from '../schema/project.js';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.js';

export const emptyRubric = (): Rubric => ({ criteria: [], weightsEdited: false });

/** Independent scoring is on by default: first impressions should not be anchored on a colleague's. */
export const emptyHiring = (): Hiring => ({
  independentScoring: true,
  lead: null,
  interviewers: [],
  candidates: [],
  scorecards: [],
  log: [],
  shortlist: defaultShortlist(),
});

/** The top ten by score get a full page in the results; the user adds others by hand. */
export const defaultShortlist = (): Shortlist => ({ top: 10, added: [] });

// The job-description fields of schema v6, empty: a design from before them says nothing it did not
// say before (no location, no pay, no application details) until its author fills them in.
export const emptyScopeFigures = (): ScopeFigures => ({ teamSize: null, budget: '', regions: '' });
export const emptyPosition = (): Position => ({ location: '', workModel: 'unspecified', workModelDetail: '' });
/** A pay range's currency until the author picks one: the one the role's language is usually paid in. */
const USUAL_CURRENCY: Record<Locale, string> = { en: 'GBP', it: 'EUR', nl: 'EUR', pl: 'PLN', uk: 'UAH' };
export const emptyOffer = (locale: Locale = DEFAULT_LOCALE): Offer => ({
  disclosure: 'not-stated',
  currency: USUAL_CURRENCY[locale],
  minimum: null,
  maximum: null,
  period: 'year',
  note: '',
  benefits: [],
});
export const emptyApplication = (): Application => ({
  method: '',
  contact: '',
  deadline: '',
  nextSteps: '',
  adjustmentsContact: '',
  equalOpportunity: '',
});

export const emptyReview = (): Review => ({ rationale: {}, comments: [], versions: [], decisions: [] });

export const emptyLanguage = (): Language => ({ dismissed: [], reasons: {} });

export const emptyImported = (): Imported => ({ unplaced: '' });
