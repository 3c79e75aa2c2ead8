// A step panel loaded on demand (components/lazyPreloaded.ts), so every step can be fetched ahead of
// need while the person reads the Start screen.
import type { ComponentType } from 'react';
import { lazyPreloaded } from '../components/lazyPreloaded';
import type { PanelProps } from './registry';

export const lazyPanel = (load: () => Promise<ComponentType<PanelProps>>): ComponentType<PanelProps> => lazyPreloaded(load);
