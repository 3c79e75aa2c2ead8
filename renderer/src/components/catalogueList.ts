import type { TFunction } from 'i18next';

/** A catalogue entry that is a list of sentences (pros, cons), read as plain strings. */
export function catalogueList(t: TFunction, key: string, context?: string): string[] {
  const value: unknown = t(key, { returnObjects: true, ...(context ? { context } : {}) });
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
