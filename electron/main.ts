// The Electron shell: a hardened window, the renderer served from a custom protocol, and every
// contract call routed through the same dispatch() the browser host uses.
import { app, BrowserWindow, dialog, ipcMain, net, protocol, session } from 'electron';
import { join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DialogChoice, FileKind } from '../core/contract.js';
import { defaultDocumentsDir } from './app-paths.js';
import { SECURITY_HEADERS } from './csp.js';
import { FILE_EXTENSIONS, type HandlerContext } from './handlers/context.js';
import { dispatch } from './handlers/dispatch.js';
import { launchFile } from './launch-file.js';
import { APP_VERSION } from './version.js';
import { APP_ORIGIN, APP_SCHEME, windowOptions } from './window-options.js';

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const rendererDir = join(__dirname, '..', 'renderer');
// macOS passes a double-clicked file through an event, before the app is ready
let openedByFinder: string | null = null;
app.on('open-file', (event, path) => {
  event.preventDefault();
  openedByFinder = path;
});
const filters = (kind: FileKind) => [{ name: kind === 'project' ? 'CXO Role Studio project' : 'Word document', extensions: [FILE_EXTENSIONS[kind].slice(1)] }];
const chosen = (path: string | undefined): DialogChoice => (path ? { path } : { cancelled: true });

function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = normalize(join(rendererDir, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)));
    if (!file.startsWith(rendererDir + sep)) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    Object.entries(SECURITY_HEADERS).forEach(([k, v]) => headers.set(k, v));
    return new Response(response.body, { status: response.status, headers });
  });
}

function createWindow(): void {
  const window = new BrowserWindow(windowOptions(join(__dirname, 'preload.cjs')));
  const context: HandlerContext = {
    host: 'electron',
    version: APP_VERSION,
    dataDir: app.getPath('userData'),
    documentsDir: app.getPath('documents') || defaultDocumentsDir(),
    now: () => new Date(),
    openAtLaunch: launchFile(process.argv.slice(app.isPackaged ? 1 : 2)) ?? openedByFinder,
    dialogs: {
      open: async (kind) => chosen((await dialog.showOpenDialog(window, { filters: filters(kind), properties: ['openFile'] })).filePaths[0]),
      save: async (kind, suggestedName) =>
        chosen((await dialog.showSaveDialog(window, { filters: filters(kind), defaultPath: join(context.documentsDir, suggestedName) })).filePath),
    },
  };
  ipcMain.handle('cxo:invoke', (event, channel: unknown, request: unknown) => {
    // only our own page, in the top frame, may call main
    if (!event.senderFrame || !event.senderFrame.url.startsWith(`${APP_ORIGIN}/`) || event.senderFrame.parent) {
      return { ok: false, problem: { code: 'host.forbidden' } };
    }
    return dispatch(channel, request, context);
  });
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

void app.whenReady().then(() => {
  // the app needs no camera, microphone, notifications or geolocation: refuse every request
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  serveRenderer();
  createWindow();
});

app.on('window-all-closed', () => app.quit());
