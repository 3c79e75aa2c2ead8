// Edits to a role's lists that must keep the rest of the design consistent: ordering inside a
// theme, and forgetting a removed outcome or metric wherever a responsibility pointed at it.
import type { Responsibility, RoleDesign } from '../schema/role.js';

export type Direction = 'up' | 'down';

const themeOf = (r: Responsibility) => r.theme.trim();

/** Swaps a responsibility with its nearest neighbour of the same theme, the unit the editor shows. */
export function moveWithinTheme(list: readonly Responsibility[], id: string, direction: Direction): Responsibility[] {
  const from = list.findIndex((r) => r.id === id);
  const moving = list[from];
  if (!moving) return [...list];
  const step = direction === 'up' ? -1 : 1;
  let to = from + step;
  while (to >= 0 && to < list.length && themeOf(list[to] as Responsibility) !== themeOf(moving)) to += step;
  const other = list[to];
  if (!other) return [...list];
  const next = [...list];
  next[from] = other;
  next[to] = moving;
  return next;
}

/** Where a responsibility sits inside its theme, 1-based, and how many share that theme. */
export function positionInTheme(list: readonly Responsibility[], id: string): { position: number; count: number } {
  const item = list.find((r) => r.id === id);
  if (!item) return { position: 0, count: 0 };
  const same = list.filter((r) => themeOf(r) === themeOf(item));
  return { position: same.findIndex((r) => r.id === id) + 1, count: same.length };
}

/** Removes an outcome or metric and every "measured by" link to it, so no link dangles. */
export function removeMeasure(role: RoleDesign, id: string): RoleDesign {
  return {
    ...role,
    objectives: {
      ...role.objectives,
      outcomes: role.objectives.outcomes.filter((o) => o.id !== id),
      metrics: role.objectives.metrics.filter((m) => m.id !== id),
    },
    responsibilities: role.responsibilities.map((r) =>
      r.measuredBy.includes(id) ? { ...r, measuredBy: r.measuredBy.filter((m) => m !== id) } : r,
    ),
  };
}

export interface EditorGroup {
  theme: string;
  items: Responsibility[];
}

/**
 * Groups for the editor, in the order each theme first appears. Unlike the job description's
 * grouping it keeps half-written rows, since those are exactly the ones still being edited.
 */
export function themeGroups(list: readonly Responsibility[]): EditorGroup[] {
  const groups = new Map<string, Responsibility[]>();
  for (const r of list) groups.set(themeOf(r), [...(groups.get(themeOf(r)) ?? []), r]);
  return [...groups].map(([theme, items]) => ({ theme, items }));
}
