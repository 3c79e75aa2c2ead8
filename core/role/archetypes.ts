import { ARCHETYPES, type Archetype } from './vocabulary.js';
import type { ArchetypeWeights } from '../schema/role.js';
import { setShare } from './rebalance.js';

export const archetypeTotal = (w: ArchetypeWeights): number => ARCHETYPES.reduce((sum, a) => sum + w[a], 0);

/**
 * Sets one archetype's weight and shares the difference among the others in proportion to their
 * current weights, so the four always sum to 100 in whole percentage points.
 */
export function setArchetypeWeight(weights: ArchetypeWeights, changed: Archetype, value: number): ArchetypeWeights {
  const next = setShare(
    ARCHETYPES.map((a) => weights[a]),
    ARCHETYPES.indexOf(changed),
    value,
  );
  return Object.fromEntries(ARCHETYPES.map((a, i) => [a, next[i] ?? 0])) as ArchetypeWeights;
}
