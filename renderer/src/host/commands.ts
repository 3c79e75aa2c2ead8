// Commands from the host's menu (Electron's Edit → Undo / Redo). The browser host has no menu of its
// own, so there this subscribes to nothing.
import { isMenuCommand, type MenuCommand } from '../../../core/contract';

interface CommandBridge {
  onCommand?(listener: (command: string) => void): () => void;
}

export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  const bridge = (window as unknown as { cxo?: CommandBridge }).cxo;
  if (!bridge?.onCommand) return () => {};
  return bridge.onCommand((command) => {
    if (isMenuCommand(command)) listener(command);
  });
}
