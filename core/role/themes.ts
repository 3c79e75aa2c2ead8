import type { Responsibility } from '../schema/role.js';

export interface ThemeGroup {
  theme: string;
  items: Responsibility[];
}

/** Groups responsibilities by theme in the order each theme first appears, keeping the user's order within it. */
export function groupByTheme(responsibilities: readonly Responsibility[]): ThemeGroup[] {
  const groups = new Map<string, Responsibility[]>();
  for (const r of responsibilities) {
    if (!r.text.trim()) continue;
    const theme = r.theme.trim();
    const list = groups.get(theme) ?? [];
    list.push(r);
    groups.set(theme, list);
  }
  return [...groups].map(([theme, items]) => ({ theme, items }));
}
