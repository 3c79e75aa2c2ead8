// Electron's security checklist, item by item, against the options and handlers the main process
// really sets: Electron itself is replaced by a recorder.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const recorded = vi.hoisted(() => ({
  options: null as Record<string, unknown> | null,
  handlers: new Map<string, (...args: unknown[]) => unknown>(),
  openHandler: null as ((details: unknown) => unknown) | null,
  loaded: '' as string,
  opened: [] as string[],
  permission: null as ((...args: unknown[]) => unknown) | null,
  permissionCheck: null as ((...args: unknown[]) => unknown) | null,
}));

vi.mock('electron', () => ({
  shell: { openExternal: (url: string) => recorded.opened.push(url) },
  BrowserWindow: class {
    webContents = {
      on: (event: string, handler: (...args: unknown[]) => unknown) => recorded.handlers.set(event, handler),
      setWindowOpenHandler: (handler: (details: unknown) => unknown) => {
        recorded.openHandler = handler;
      },
    };
    constructor(options: Record<string, unknown>) {
      recorded.options = options;
    }
    once() {}
    loadURL(url: string) {
      recorded.loaded = url;
      return Promise.resolve();
    }
  },
}));

const { createMainWindow } = await import('./window.js');
const { hardenSession } = await import('./harden-session.js');

describe('the main window', () => {
  beforeEach(() => {
    recorded.handlers.clear();
    createMainWindow('/app/preload.cjs');
  });

  it('isolates the page: context isolation, sandbox, no Node, web security on', () => {
    expect(recorded.options?.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
  });

  it('stays offline: no spell checker, which would download dictionaries', () => {
    expect(recorded.options?.webPreferences).toMatchObject({ spellcheck: false });
  });

  it('loads from the custom protocol, never file:// or a remote site', () => {
    expect(recorded.loaded).toBe('app://studio/index.html');
  });

  it('blocks navigation and new windows', () => {
    for (const event of ['will-navigate', 'will-redirect']) {
      const preventDefault = vi.fn();
      recorded.handlers.get(event)?.({ preventDefault }, 'https://example.com');
      expect(preventDefault, event).toHaveBeenCalled();
    }
    expect(recorded.openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(recorded.opened).toEqual([]);
  });

  it('opens a source’s address from the References view in the user’s browser, and no other address', () => {
    const source = 'https://doi.org/10.1037/a0022530';
    expect(recorded.openHandler?.({ url: source })).toEqual({ action: 'deny' });
    expect(recorded.openHandler?.({ url: `${source}/../evil` })).toEqual({ action: 'deny' });
    expect(recorded.openHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(recorded.opened).toEqual([source]);
  });
});

describe('the session', () => {
  it('denies every permission request and check', () => {
    const session = {
      setPermissionRequestHandler: (h: (...args: unknown[]) => unknown) => (recorded.permission = h),
      setPermissionCheckHandler: (h: (...args: unknown[]) => unknown) => (recorded.permissionCheck = h),
    };
    hardenSession(session as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      recorded.permission?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(recorded.permissionCheck?.({}, permission)).toBe(false);
    }
  });
});
