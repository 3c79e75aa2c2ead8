// Upgrades older project files one version at a time. Each step is pure: vN in, vN+1 out.
// Each later schema change adds a step here and bumps CURRENT_SCHEMA_VERSION.
import { CURRENT_SCHEMA_VERSION } from '../schema/project.js';
import {
  defaultShortlist,
  emptyApplication,
  emptyHiring,
  emptyImported,
  emptyOffer,
  emptyPosition,
  emptyReview,
  emptyRubric,
  emptyScopeFigures,
} from '../project/empty.js';
import { derivedProjectId } from '../project/id.js';
import { isLocale } from '../i18n/locales.js';

type Versioned = { schemaVersion: number } & Record<string, unknown>;
type Step = (doc: Versioned) => Versioned;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whatever the file holds there, the step only adds what it must; validation judges the rest. */
function withPanelRecords(doc: Versioned): Versioned {
  const { hiring, review } = doc;
  const decisions = isRecord(review) && Array.isArray(review.decisions) ? review.decisions : null;
  return {
    ...doc,
    schemaVersion: 4,
    id: derivedProjectId(doc.role),
    hiring: isRecord(hiring) ? { ...hiring, lead: null, log: [] } : hiring,
    review:
      decisions && isRecord(review)
        ? { ...review, decisions: decisions.map((d: unknown) => (isRecord(d) ? { ...d, conflicts: [] } : d)) }
        : review,
  };
}

/** steps[n] upgrades version n to n + 1 */
const steps: Record<number, Step> = {
  // v2 adds the scoring rubric and hiring; the rubric's criteria are derived from the role on load
  1: (doc) => ({ ...doc, schemaVersion: 2, rubric: emptyRubric(), hiring: emptyHiring() }),
  // v3 adds board review (rationale, comments, versions, decisions) and dismissed language findings
  2: (doc) => ({ ...doc, schemaVersion: 3, review: emptyReview(), language: { dismissed: [] } }),
  // v4 adds the project's id, the hiring lead and the scoring record, "not assessed" ratings and
  // passphrases (both optional), and conflicts of interest declared in board decisions
  3: withPanelRecords,
  // v5 adds the reasons given for dismissing high-severity findings, and what a pasted job
  // description left unplaced
  4: (doc) => ({
    ...doc,
    schemaVersion: 5,
    language: { ...(doc.language as Record<string, unknown>), reasons: {} },
    imported: emptyImported(),
  }),
  // v6 adds the job description's location, pay, benefits, application and equal-opportunity fields
  // and the scope in figures (all empty, so nothing new is printed until the author fills them), and
  // the results shortlist (the default: the top ten)
  5: (doc) => {
    const role = objectAt(doc, 'role');
    const context = objectAt(role, 'context');
    const hiring = objectAt(doc, 'hiring');
    return {
      ...doc,
      schemaVersion: 6,
      role: {
        ...role,
        context: { ...context, figures: emptyScopeFigures() },
        position: emptyPosition(),
        offer: emptyOffer(isLocale(role.locale) ? role.locale : undefined),
        application: emptyApplication(),
      },
      hiring: { ...hiring, shortlist: defaultShortlist() },
    };
  },
};

/** A nested object of an older file; anything else stays as it is for validation to report. */
const objectAt = (doc: unknown, key: string): Record<string, unknown> => {
  const value = doc && typeof doc === 'object' ? (doc as Record<string, unknown>)[key] : undefined;
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
};

export function migrate(doc: { schemaVersion: number }): unknown {
  let current = doc as Versioned;
  while (current.schemaVersion < CURRENT_SCHEMA_VERSION) {
    const step = steps[current.schemaVersion];
    if (!step) return current; // no path: validation reports the version as wrong
    current = step(current);
  }
  return current;
}
