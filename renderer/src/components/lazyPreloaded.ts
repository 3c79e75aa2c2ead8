// A component loaded on demand, remembered so it can be fetched ahead of need: every wizard step
// but Start, and the dialogs and panels the first screen does not show (the file dialog, the
// save-conflict and recovery comparisons, the pasted job description, the live job description).
// preloadAll() fetches them while the person reads the Start screen, so nobody waits for one.
// Render each inside its own <Suspense>, so a part still arriving never blanks the rest of the page.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

const loaders: (() => Promise<unknown>)[] = [];

export function lazyPreloaded<P extends object>(load: () => Promise<ComponentType<P>>): LazyExoticComponent<ComponentType<P>> {
  let loading: Promise<ComponentType<P>> | null = null;
  const once = () => (loading ??= load());
  loaders.push(once);
  return lazy(() => once().then((Component) => ({ default: Component })));
}

/** Starts loading every such component not loaded yet; a failure is left for the component itself to meet. */
export function preloadAll(): void {
  for (const load of loaders) void load().catch(() => undefined);
}
