// Undo and Redo from the host's menu (Electron's Edit menu), which main sends as the
// 'menu:history' event. The browser host has no menu of its own, so there this hears nothing.
import { onAppEvent } from './events';

export function onMenuCommand(listener: (direction: 'undo' | 'redo') => void): () => void {
  return onAppEvent('menu:history', ({ direction }) => listener(direction));
}
