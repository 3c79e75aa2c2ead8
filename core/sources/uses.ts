// What each source is cited for across the app: the research facts, the language checker's rule
// sets and computed checks, and the studies it relays. The References view lists it under each entry.
import { builtInRules } from '../language/load-rules.js';
import { FACTS, type FactId } from './facts.js';
import { SOURCES } from './registry.js';

export interface SourceUses {
  facts: FactId[];
  /** rule-set ids of the built-in language rules */
  ruleSets: string[];
  /** keys of the language checker's computed checks (checks.json) */
  checks: string[];
  /** sources whose figures reached us through this one */
  relays: string[];
}

export function sourceUses(locale: string): ReadonlyMap<string, SourceUses> {
  const uses = new Map(SOURCES.map((s) => [s.id, { facts: [], ruleSets: [], checks: [], relays: [] } as SourceUses]));
  const at = (id: string) => uses.get(id);
  for (const [fact, ids] of Object.entries(FACTS) as [FactId, readonly string[]][]) for (const id of ids) at(id)?.facts.push(fact);
  const rules = builtInRules(locale);
  for (const set of rules.sets) {
    const ids = new Set([...(set.sourceIds ?? []), ...set.rules.flatMap((r) => r.sourceIds ?? [])]);
    for (const id of ids) at(id)?.ruleSets.push(set.id);
  }
  for (const [check, { sourceIds = [] }] of Object.entries(rules.thresholds)) for (const id of sourceIds) at(id)?.checks.push(check);
  for (const source of SOURCES) if (source.via) at(source.via.source)?.relays.push(source.id);
  return uses;
}
