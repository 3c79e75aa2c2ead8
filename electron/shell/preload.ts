// The whole surface the page gets: one function that sends a contract call to main. No raw
// ipcRenderer, no Node, nothing else.
import { contextBridge, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('cxo', {
  invoke: (channel: string, request: unknown): Promise<unknown> => ipcRenderer.invoke('cxo:invoke', channel, request),
});
