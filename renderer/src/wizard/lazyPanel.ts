// A step panel loaded on demand: React.lazy over the step's own module, remembered so every step can
// be fetched ahead of need (preloadPanels) while the person reads the Start screen.
import { lazy, type ComponentType } from 'react';
import type { PanelProps } from './registry';

type Loader = () => Promise<ComponentType<PanelProps>>;
const loaders: Loader[] = [];

export function lazyPanel(load: Loader): ComponentType<PanelProps> {
  let loading: Promise<ComponentType<PanelProps>> | null = null;
  const once = () => (loading ??= load());
  loaders.push(once);
  return lazy(() => once().then((Panel) => ({ default: Panel })));
}

/** Starts loading every step panel not loaded yet; a failure is left for the step itself to meet. */
export function preloadPanels(): void {
  for (const load of loaders) void load().catch(() => undefined);
}
