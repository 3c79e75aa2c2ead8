import { ARCHETYPES, type Archetype } from './vocabulary.js';
import type { ArchetypeWeights } from '../schema/role.js';

export const archetypeTotal = (w: ArchetypeWeights): number => ARCHETYPES.reduce((sum, a) => sum + w[a], 0);

/**
 * Sets one archetype's weight and shares the difference among the others in proportion to their
 * current weights, so the four always sum to 100 in whole percentage points.
 */
export function setArchetypeWeight(weights: ArchetypeWeights, changed: Archetype, value: number): ArchetypeWeights {
  const target = Math.max(0, Math.min(100, Math.round(value)));
  const others = ARCHETYPES.filter((a) => a !== changed);
  const remaining = 100 - target;
  const otherTotal = others.reduce((sum, a) => sum + weights[a], 0);
  const raw = others.map((a) => (otherTotal === 0 ? remaining / others.length : (weights[a] / otherTotal) * remaining));
  const floored = raw.map(Math.floor);
  let leftover = remaining - floored.reduce((s, v) => s + v, 0);
  // hand the rounding remainder to the largest fractional parts (largest-remainder method)
  const order = raw.map((v, i) => ({ i, frac: v - Math.floor(v) })).sort((x, y) => y.frac - x.frac);
  for (const { i } of order) {
    if (leftover <= 0) break;
    floored[i] = (floored[i] ?? 0) + 1;
    leftover -= 1;
  }
  const next = { ...weights, [changed]: target };
  others.forEach((a, i) => {
    next[a] = floored[i] ?? 0;
  });
  return next;
}
