// Default rubric weights, derived from the role: each group gets a share of 100, archetype
// criteria split theirs by the role's archetype weights, and the background trade-off tilts the
// must-haves towards the gap the chosen path is known to leave (the background trade-off in Medallia's job-description template, 2024).
import type { BackgroundChoice } from '../role/vocabulary.js';
import { proportional } from '../role/rebalance.js';
import type { RoleDesign } from '../schema/role.js';
import type { CriterionContent } from '../schema/project.js';
import type { CriterionGroup } from '../schema/rubric.js';

export const GROUP_SHARES: Record<CriterionGroup, number> = { mustHave: 45, quality: 25, archetype: 30, custom: 10 };

/** A leader from another function is strong on the business and new to the craft; a career professional the reverse. */
const TILT: Record<BackgroundChoice, Record<CriterionContent['leaning'], number>> = {
  'internal-leader': { practice: 1.5, business: 1, neutral: 1 },
  'career-professional': { practice: 1, business: 1.5, neutral: 1 },
  'open-to-both': { practice: 1, business: 1, neutral: 1 },
};

export interface WeightInput {
  group: CriterionGroup;
  source: string | null;
  leaning: CriterionContent['leaning'];
}

export function defaultWeights(role: RoleDesign, criteria: readonly WeightInput[]): number[] {
  const tilt = TILT[role.background.choice];
  const groupTotals = new Map<CriterionGroup, number>();
  const raw = criteria.map((c) => {
    if (c.group === 'archetype') return role.archetypes[c.source as keyof RoleDesign['archetypes']] ?? 0;
    return c.group === 'mustHave' ? tilt[c.leaning] : 1;
  });
  criteria.forEach((c, i) => groupTotals.set(c.group, (groupTotals.get(c.group) ?? 0) + (raw[i] ?? 0)));
  const present = [...new Set(criteria.map((c) => c.group))];
  const shareTotal = present.reduce((s, g) => s + GROUP_SHARES[g], 0);
  // each criterion's exact share: its group's part of 100, split within the group by `raw`
  const exact = criteria.map((c, i) => {
    const groupShare = (GROUP_SHARES[c.group] / shareTotal) * 100;
    const within = groupTotals.get(c.group) ?? 0;
    const count = criteria.filter((x) => x.group === c.group).length;
    return within === 0 ? groupShare / count : ((raw[i] ?? 0) / within) * groupShare;
  });
  return proportional(exact, 100);
}
