// The checker and its rule books (word lists, stemmer, syllable counts) load on first use, once a
// role is open: the Start screen does not wait for them. Until then every part shows nothing.
import { useEffect, useSyncExternalStore } from 'react';

export type Checker = typeof import('../../../core/language/check');

let loaded: Checker | null = null;
let loading: Promise<Checker> | null = null;
const listeners = new Set<() => void>();

/** The checker, loading it if no part of the page has yet (an export asked before the Review step showed). */
export function loadChecker(): Promise<Checker> {
  return load();
}

function load(): Promise<Checker> {
  loading ??= import('../../../core/language/check').then((checker) => {
    loaded = checker;
    for (const listener of listeners) listener();
    return checker;
  });
  return loading;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The checker once loaded; asking with `wanted` starts the load. */
export function useChecker(wanted = true): Checker | null {
  const checker = useSyncExternalStore(subscribe, () => loaded);
  useEffect(() => {
    if (wanted && !checker) void load();
  }, [wanted, checker]);
  return checker;
}
