// The app's one window, hardened per Electron's security checklist. The options stay an inline
// literal so static checkers (electronegativity) can read them; electron/shell/window.test.ts checks
// every item with a stand-in for Electron.
import { BrowserWindow, shell } from 'electron';
import { isSourceUrl } from '../../core/sources/registry.js';
import { APP_ORIGIN } from './window-options.js';

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: 'CXO Role Studio',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      // the spell checker downloads dictionaries from the internet; the app stays offline
      spellcheck: false,
    },
  });
  // the page never navigates: it is a single-page app served from our own protocol
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.webContents.on('will-redirect', (event) => event.preventDefault());
  // no new windows; the References view's links (exactly the addresses of the sources registry, and
  // nothing else) open in the user's own browser
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (isSourceUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
