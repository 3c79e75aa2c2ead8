// The starter role templates: four JSON files in /templates, bundled at build time. Pure: no Node
// built-ins and no file access, so main, the renderer, the web host and the CLI can all import it.
import cxo from '../../templates/cxo.json' with { type: 'json' };
import cco from '../../templates/cco.json' with { type: 'json' };
import culture from '../../templates/culture.json' with { type: 'json' };
import cpoEx from '../../templates/cpo-ex.json' with { type: 'json' };
import type { Template, TemplateSummary } from '../schema/project.js';

/** JSON round trip: a deep copy without structuredClone, which core's lib settings do not declare. */
export const deepCopy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The templates in Start-screen order. The JSON imports are cast through `unknown` because TypeScript
 * widens their enum strings; the unit tests validate every file against the `Template` schema.
 * Frozen so no caller can edit a template in place: use `projectFromTemplate` for an editable copy.
 */
export const TEMPLATES: readonly Template[] = Object.freeze(
  [cxo, cco, culture, cpoEx].map((t) => deepFreeze(deepCopy(t as unknown as Template))),
);

export function findTemplate(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

/** What the Start screen's cards need, without the full role design. */
export function templateSummaries(): TemplateSummary[] {
  return TEMPLATES.map(({ id, title, abbreviation, whenToChoose, locale }) => ({
    id,
    title,
    abbreviation,
    whenToChoose,
    locale,
  }));
}
