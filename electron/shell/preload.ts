// The whole surface the page gets: one function that sends a contract call to main, and one that
// listens for the menu's commands (Undo, Redo). No raw ipcRenderer, no Node, nothing else.
import { contextBridge, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('cxo', {
  invoke: (channel: string, request: unknown): Promise<unknown> => ipcRenderer.invoke('cxo:invoke', channel, request),
  onCommand: (listener: (command: string) => void): (() => void) => {
    const handler = (_event: unknown, command: unknown) => typeof command === 'string' && listener(command);
    ipcRenderer.on('cxo:command', handler);
    return () => ipcRenderer.removeListener('cxo:command', handler);
  },
});
