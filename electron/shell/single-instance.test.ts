// The single-instance lock with a stand-in for Electron's app: a second launch hands its file,
// made whole against its own folder, to the running instance; without the lock the app must quit.
import { describe, expect, it, vi } from 'vitest';
import { claimSingleInstance } from './single-instance.js';
import { sendEvent } from './events.js';

function fakeApp(locked: boolean) {
  const listeners = new Map<string, (...args: unknown[]) => void>();
  return {
    listeners,
    requestSingleInstanceLock: () => locked,
    on: (event: string, listener: (...args: unknown[]) => void) => listeners.set(event, listener),
  };
}

describe('the single-instance lock', () => {
  it('tells a second instance to quit', () => {
    const app = fakeApp(false);
    expect(claimSingleInstance(app as never, vi.fn())).toBe(false);
    expect(app.listeners.size).toBe(0);
  });

  it("hands a second launch's project file to the running window, resolved from the launch's folder", () => {
    const app = fakeApp(true);
    const handOver = vi.fn();
    expect(claimSingleInstance(app as never, handOver)).toBe(true);
    const second = app.listeners.get('second-instance')!;
    second({}, ['/opt/cxo/cxo-role-studio', '--no-sandbox', 'Roles/cco.cxorole'], '/home/ana');
    second({}, ['/opt/cxo/cxo-role-studio'], '/home/ana');
    second({}, ['/usr/bin/electron', '.', 'notes.txt'], '/home/ana');
    expect(handOver.mock.calls).toEqual([['/home/ana/Roles/cco.cxorole'], [null], [null]]);
  });

  it('sends the page one named event on one channel', () => {
    const send = vi.fn();
    sendEvent({ send }, { name: 'app:openFile', payload: { path: '/home/ana/cco.cxorole' } });
    expect(send).toHaveBeenCalledWith('cxo:event', 'app:openFile', { path: '/home/ana/cco.cxorole' });
  });
});
