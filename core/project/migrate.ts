// Upgrades older project files one version at a time. Each step is pure: vN in, vN+1 out.
// Version 1 is the first; later schema changes add a step here and bump CURRENT_SCHEMA_VERSION.
import { CURRENT_SCHEMA_VERSION } from '../schema/project.js';

type Versioned = { schemaVersion: number } & Record<string, unknown>;
type Step = (doc: Versioned) => Versioned;

/** steps[n] upgrades version n to n + 1 */
const steps: Record<number, Step> = {};

export function migrate(doc: { schemaVersion: number }): unknown {
  let current = doc as Versioned;
  while (current.schemaVersion < CURRENT_SCHEMA_VERSION) {
    const step = steps[current.schemaVersion];
    if (!step) return current; // no path: validation reports the version as wrong
    current = step(current);
  }
  return current;
}
