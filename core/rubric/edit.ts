// Edits the Rubric step makes, kept pure so the renderer and the tests share them.
import { setShare } from '../role/rebalance.js';
import type { Criterion, Rubric } from '../schema/rubric.js';
import type { ContentSource } from './content.js';
import { proportional } from '../role/rebalance.js';

export const rubricTotal = (rubric: Rubric): number => rubric.criteria.reduce((s, c) => s + c.weight, 0);

/** Sets one criterion's weight; the others share the rest in proportion, so the total stays 100. */
export function setCriterionWeight(rubric: Rubric, id: string, weight: number): Rubric {
  const index = rubric.criteria.findIndex((c) => c.id === id);
  if (index < 0) return rubric;
  const next = setShare(
    rubric.criteria.map((c) => c.weight),
    index,
    weight,
  );
  return { weightsEdited: true, criteria: rubric.criteria.map((c, i) => ({ ...c, weight: next[i] ?? 0 })) };
}

/** Adds a criterion of the user's own with the catalogue's generic anchors and questions. */
export function addCustomCriterion(rubric: Rubric, id: string, title: string, content: ContentSource): Rubric {
  const fresh = content('custom', null, title);
  const criterion: Criterion = { id, group: 'custom', source: null, title, weight: 0, ...withoutLeaning(fresh) };
  const criteria = [...rubric.criteria, criterion];
  const average = 100 / criteria.length;
  const weights = proportional(
    criteria.map((c) => (c.id === id ? average : c.weight)),
    100,
  );
  return { weightsEdited: true, criteria: criteria.map((c, i) => ({ ...c, weight: weights[i] ?? 0 })) };
}

export function removeCustomCriterion(rubric: Rubric, id: string): Rubric {
  const criteria = rubric.criteria.filter((c) => !(c.id === id && c.group === 'custom'));
  const weights = proportional(
    criteria.map((c) => c.weight),
    100,
  );
  return { ...rubric, criteria: criteria.map((c, i) => ({ ...c, weight: weights[i] ?? 0 })) };
}

function withoutLeaning({ anchors, questions, evidence }: ReturnType<ContentSource>) {
  return { anchors, questions, evidence };
}
