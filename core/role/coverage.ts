// Which responsibilities nothing measures. A responsibility with no outcome or metric behind it is
// hard to judge a hire on, so the wizard points it out (gently: it is advice, not a rule).
import type { RoleDesign } from '../schema/role.js';

export function unmeasuredResponsibilities(role: RoleDesign): string[] {
  const known = new Set([...role.objectives.outcomes.map((o) => o.id), ...role.objectives.metrics.map((m) => m.id)]);
  return role.responsibilities.filter((r) => !r.measuredBy.some((id) => known.has(id))).map((r) => r.id);
}
