// Weights after scoring began: once a scorecard is submitted, moving a weight moves candidates, so
// every change is recorded with the weights before and after, why, and by whom.
import type { WeightCause } from '../../schema/panel.js';
import type { Project } from '../../schema/project.js';
import type { Hiring, Rubric } from '../../schema/rubric.js';
import { by, logged, type Stamp } from './actions.js';
import type { Actor } from './actor.js';

export const weightsFrozen = (hiring: Hiring): boolean => hiring.scorecards.some((s) => s.status === 'submitted');

export const weightRows = (rubric: Rubric) => rubric.criteria.map((c) => ({ criterionId: c.id, title: c.title, weight: c.weight }));

const weightKey = (rubric: Rubric) => rubric.criteria.map((c) => `${c.id}:${c.weight}`).join('|');
export const weightsDiffer = (a: Rubric, b: Rubric): boolean => weightKey(a) !== weightKey(b);

/** Adds the change to the record when scoring has begun and the weights really moved. */
export function recordWeights(
  hiring: Hiring,
  change: { before: Rubric; after: Rubric; cause: WeightCause; reason: string },
  who: { by: string; verified: boolean },
  stamp: Stamp,
): Hiring {
  if (!weightsFrozen(hiring) || !weightsDiffer(change.before, change.after)) return hiring;
  return logged(
    hiring,
    {
      kind: 'weights',
      cause: change.cause,
      reason: change.reason.trim(),
      before: weightRows(change.before),
      after: weightRows(change.after),
      ...who,
    },
    stamp,
  );
}

/**
 * After an edit elsewhere (the role, the criteria), the project with any weight change it caused
 * recorded: criteria added or removed, or the role's archetype weights or background moving the
 * default weights. Weights moved by hand go through the weight dialog, which asks for a reason.
 */
export function withWeightChangeRecorded(before: Project, after: Project, actor: Actor, stamp: Stamp): Project {
  if (!weightsFrozen(after.hiring) || !weightsDiffer(before.rubric, after.rubric)) return after;
  const ids = (r: Rubric) => r.criteria.map((c) => c.id).join('|');
  const cause = ids(before.rubric) === ids(after.rubric) ? 'role' : 'criteria';
  return {
    ...after,
    hiring: recordWeights(after.hiring, { before: before.rubric, after: after.rubric, cause, reason: '' }, by(actor), stamp),
  };
}
