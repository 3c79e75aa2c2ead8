// Keeps the rubric in step with the role: one criterion per must-have, quality and archetype, in
// that order, then the user's own criteria. Edits to a criterion's anchors, questions and weight
// survive; a criterion whose must-have or quality was removed goes with it.
import type { Translate } from '../i18n/index.js';
import { proportional } from '../role/rebalance.js';
import { ARCHETYPES } from '../role/vocabulary.js';
import type { RoleDesign } from '../schema/role.js';
import type { Criterion, CriterionGroup, Rubric } from '../schema/rubric.js';
import type { ContentSource } from './content.js';
import { defaultWeights } from './weights.js';

interface Wanted {
  group: CriterionGroup;
  source: string;
  title: string;
}

const PREFIX: Record<CriterionGroup, string> = { mustHave: 'mh', quality: 'q', archetype: 'a', custom: 'c' };
/** Sourced criteria get ids derived from their source, so syncing twice gives the same rubric. */
export const criterionId = (group: CriterionGroup, source: string) => `${PREFIX[group]}-${source}`.slice(0, 64);

function wantedCriteria(role: RoleDesign, t: Translate): Wanted[] {
  return [
    ...role.mustHaves.map((m) => ({ group: 'mustHave' as const, source: m.id, title: m.text.trim() })),
    ...role.qualities.map((q) => ({ group: 'quality' as const, source: q.id, title: q.text.trim() })),
    ...ARCHETYPES.map((a) => ({ group: 'archetype' as const, source: a, title: t(`vocab.archetype.${a}`) })),
  ].filter((w) => w.title.length > 0);
}

export function syncRubric(role: RoleDesign, rubric: Rubric, content: ContentSource, t: Translate): Rubric {
  const existing = new Map(rubric.criteria.filter((c) => c.source !== null).map((c) => [`${c.group}|${c.source}`, c]));
  const sourced: Criterion[] = wantedCriteria(role, t).map((w) => {
    const kept = existing.get(`${w.group}|${w.source}`);
    if (kept) return { ...kept, title: w.title };
    const fresh = content(w.group, w.source, w.title);
    return {
      id: criterionId(w.group, w.source),
      group: w.group,
      source: w.source,
      title: w.title,
      weight: 0,
      anchors: fresh.anchors,
      questions: fresh.questions,
      evidence: fresh.evidence,
    };
  });
  const criteria = [...sourced, ...rubric.criteria.filter((c) => c.group === 'custom')];
  return { ...rubric, criteria: reweigh(role, rubric, criteria, content) };
}

function reweigh(role: RoleDesign, before: Rubric, criteria: Criterion[], content: ContentSource): Criterion[] {
  if (!before.weightsEdited) {
    const weights = defaultWeights(
      role,
      criteria.map((c) => ({ group: c.group, source: c.source, leaning: content(c.group, c.source, c.title).leaning })),
    );
    return criteria.map((c, i) => ({ ...c, weight: weights[i] ?? 0 }));
  }
  // edited weights are kept; a newcomer gets the average weight, then all are scaled back to 100
  const previous = new Set(before.criteria.map((c) => c.id));
  const kept = criteria.filter((c) => previous.has(c.id));
  const average = kept.length ? kept.reduce((s, c) => s + c.weight, 0) / kept.length : 100 / Math.max(criteria.length, 1);
  const shares = criteria.map((c) => (previous.has(c.id) ? c.weight : average));
  const weights = proportional(shares, 100);
  return criteria.map((c, i) => ({ ...c, weight: weights[i] ?? 0 }));
}
