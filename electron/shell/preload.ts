// The whole surface the page gets: one function that sends a contract call to main, and one that
// listens for the events core/events.ts names. No raw ipcRenderer, no Node, nothing else; a
// listener receives the event's payload alone, never Electron's event object.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isEventName } from '../../core/events.js';
import { EVENT_CHANNEL } from './events.js';

contextBridge.exposeInMainWorld('cxo', {
  invoke: (channel: string, request: unknown): Promise<unknown> => ipcRenderer.invoke('cxo:invoke', channel, request),
  on: (name: string, listener: (payload: unknown) => void): (() => void) => {
    if (!isEventName(name) || typeof listener !== 'function') return () => undefined;
    const relay = (_event: IpcRendererEvent, sent: unknown, payload: unknown) => {
      if (sent === name) listener(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, relay);
    };
  },
});
