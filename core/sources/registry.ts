// The one registry of sources: every figure, rule and citation the app prints names one of these
// ids, and everything a reader sees of a source (an inline citation, a References entry, a link)
// is formatted from this data by cite.ts.
import { LAW_AND_WRITING_SOURCES } from './law-and-writing.js';
import { ROLE_SOURCES } from './role-research.js';
import type { Source, SourceGroup } from './types.js';

export type { Person, Published, Relay, Source, SourceGroup } from './types.js';

export const SOURCES: readonly Source[] = [...ROLE_SOURCES, ...LAW_AND_WRITING_SOURCES];

/** The order the References view lists the groups in. */
export const SOURCE_GROUPS: readonly SourceGroup[] = ['role', 'research', 'law', 'writing'];

const byId = new Map(SOURCES.map((s) => [s.id, s]));

export const isSourceId = (id: string): boolean => byId.has(id);

const urls = new Set(SOURCES.flatMap((s) => (s.url ? [s.url] : [])));
/** Exactly one of the registry's addresses: the only links the app ever opens outside itself. */
export const isSourceUrl = (url: string): boolean => urls.has(url);

/** A source by id; an unknown id is a bug in this repository, and the registry's tests catch it. */
export function sourceById(id: string): Source {
  const source = byId.get(id);
  if (!source) throw new Error(`unknown source ${id}`);
  return source;
}

/** How a References list orders a source: by the organisation or the first author's surname. */
export const sortKey = (s: Source): string => s.organisation ?? s.authors?.[0]?.last ?? s.title ?? s.id;

/** The sources a set of citations rests on, each once, with the articles that relayed them, in reference-list order. */
export function withRelays(ids: Iterable<string>, locale = 'en'): Source[] {
  const seen = new Set<string>();
  const out: Source[] = [];
  const add = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const source = sourceById(id);
    out.push(source);
    if (source.via) add(source.via.source);
  };
  for (const id of ids) add(id);
  const collator = new Intl.Collator(locale);
  return out.sort((a, b) => collator.compare(sortKey(a), sortKey(b)));
}
