// The preload's whole surface, with Electron replaced by a recorder: invoke and on, nothing else;
// only the events core/events.ts names get through, and a listener sees the payload alone.
import { describe, expect, it, vi } from 'vitest';

const recorded = vi.hoisted(() => ({
  exposed: null as Record<string, unknown> | null,
  listeners: new Map<string, Set<(...args: unknown[]) => void>>(),
  invoked: [] as unknown[][],
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (_key: string, api: Record<string, unknown>) => (recorded.exposed = api) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => (recorded.invoked.push(args), Promise.resolve(null)),
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      const set = recorded.listeners.get(channel) ?? new Set();
      set.add(listener);
      recorded.listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => recorded.listeners.get(channel)?.delete(listener),
  },
}));

await import('./preload.js');
const api = recorded.exposed as {
  invoke: (channel: string, request: unknown) => Promise<unknown>;
  on: (name: string, listener: (payload: unknown) => void) => () => void;
};
const emit = (...args: unknown[]) => recorded.listeners.get('cxo:event')?.forEach((l) => l({ sender: 'ipc internals' }, ...args));

describe('the preload', () => {
  it('exposes invoke and on, nothing else', async () => {
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    await api.invoke('app:info', {});
    expect(recorded.invoked).toEqual([['cxo:invoke', 'app:info', {}]]);
  });

  it('relays a named event to its listeners with the payload alone, until they unsubscribe', () => {
    const heard: unknown[][] = [];
    const stop = api.on('app:openFile', (...args) => heard.push(args));
    emit('app:openFile', { path: '/home/ana/role.cxorole' });
    emit('app:somethingElse', { path: '/etc/passwd' });
    expect(heard).toEqual([[{ path: '/home/ana/role.cxorole' }]]);
    stop();
    emit('app:openFile', { path: '/home/ana/other.cxorole' });
    expect(heard).toHaveLength(1);
    expect(recorded.listeners.get('cxo:event')?.size).toBe(0);
  });

  it('listens for no event the contract does not name', () => {
    const listener = vi.fn();
    api.on('cxo:invoke', listener);
    api.on('__proto__', listener);
    expect(recorded.listeners.get('cxo:event')?.size ?? 0).toBe(0);
  });
});
