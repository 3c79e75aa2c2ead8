// A blank role: every text empty, every list empty, every choice "not decided yet" where the
// vocabulary has such a choice, and neutral weights elsewhere (the four archetypes equal, both
// backgrounds open). Nothing is invented for the user: the wizard's hints say what belongs where.
import { CURRENT_SCHEMA_VERSION, type Project } from '../schema/project.js';
import type { RoleDesign } from '../schema/role.js';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.js';
import { withRubricInStep } from '../rubric/role-rubric.js';
import { newProjectId } from './id.js';
import {
  emptyApplication,
  emptyHiring,
  emptyImported,
  emptyLanguage,
  emptyOffer,
  emptyPosition,
  emptyReview,
  emptyRubric,
  emptyScopeFigures,
} from './empty.js';

/** The template id a blank role carries: no template has it, so no template's suggestions are offered. */
export const BLANK_TEMPLATE_ID = 'blank';

export function blankRole(locale: Locale = DEFAULT_LOCALE): RoleDesign {
  return {
    locale,
    templateId: BLANK_TEMPLATE_ID,
    title: '',
    company: { name: '', industry: '', size: 'unspecified', stage: 'unspecified', description: '' },
    context: {
      whyNow: 'unspecified',
      whyNowDetail: '',
      reportingLine: 'unspecified',
      reportingLineOther: '',
      scope: 'unspecified',
      executiveBoardSeat: false,
      teams: [],
      teamsOther: '',
      figures: emptyScopeFigures(),
    },
    objectives: { purpose: '', outcomes: [], metrics: [] },
    responsibilities: [],
    background: { choice: 'open-to-both' },
    mustHaves: [],
    qualities: [],
    niceToHaves: [],
    archetypes: { practitioner: 25, technologist: 25, dataArchitect: 25, futurist: 25 },
    // where it is based, pay and how to apply: empty, so the job description prints none of it until
    // the Pay and application step is filled in, and the checker names what is missing
    position: emptyPosition(),
    offer: emptyOffer(locale),
    application: emptyApplication(),
  };
}

export function projectFromRole(role: RoleDesign): Project {
  return withRubricInStep({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: newProjectId(),
    role,
    rubric: emptyRubric(),
    hiring: emptyHiring(),
    review: emptyReview(),
    language: emptyLanguage(),
    imported: emptyImported(),
  });
}

export const blankProject = (locale: Locale = DEFAULT_LOCALE): Project => projectFromRole(blankRole(locale));
