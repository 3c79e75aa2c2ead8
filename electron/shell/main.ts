// The Electron shell: a hardened window, the renderer served from a custom protocol, and every
// contract call routed through the same dispatch() the browser host uses. One instance per user.
import { app, dialog, ipcMain, net, protocol, session, shell, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DialogChoice, FileKind } from '../../core/contract.js';
import { defaultDocumentsDir } from '../files/app-paths.js';
import { ensurePrivateFolder } from '../files/private-folder.js';
import { SECURITY_HEADERS } from '../handlers/security-headers.js';
import { EXTENSIONS, OPENED_EXTENSIONS } from '../../core/formats/kinds.js';
import type { HandlerContext } from '../handlers/context.js';
import { dispatch } from '../handlers/dispatch.js';
import { launchFile } from '../files/launch-file.js';
import { APP_VERSION } from '../handlers/version.js';
import { APP_ORIGIN, APP_SCHEME } from './window-options.js';
import { createMainWindow } from './window.js';
import { installMenu } from './menu.js';
import { translator } from '../../core/i18n/index.js';
import { hardenSession } from './harden-session.js';
import { cleanUpAfterCrash } from '../files/startup.js';
import { rendererFileFor } from './renderer-file.js';
import { claimSingleInstance } from './single-instance.js';
import { sendEvent } from './events.js';

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const rendererDir = join(__dirname, '..', 'renderer');
let mainWindow: BrowserWindow | null = null;
// a file handed over before the window exists: macOS passes a double-clicked file through an
// event, and a second launch can come while this one is still starting
let openedByFinder: string | null = null;

/** A file handed over while the app runs: the open window opens it (asking first if work is unsaved). */
function handOver(path: string | null): void {
  const window = mainWindow;
  // not open yet: the window opens it at launch
  if (!window) {
    openedByFinder = path ?? openedByFinder;
    return;
  }
  if (window.isMinimized()) window.restore();
  window.focus();
  if (path) sendEvent(window.webContents, { name: 'app:openFile', payload: { path } });
}

if (!claimSingleInstance(app, handOver)) {
  app.quit();
} else {
  app.on('open-file', (event, path) => {
    event.preventDefault();
    handOver(path);
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    serveRenderer();
    createWindow();
  });
  app.on('window-all-closed', () => app.quit());
}

const FILTER_NAMES: Record<FileKind, string> = {
  project: 'CXO Role Studio project',
  docx: 'Word document',
  scorecard: 'Scorecard file or pack',
};
// opening a scorecard also lists Word scorecard packs; saving writes the kind's own extension
const filters = (kind: FileKind, mode: 'open' | 'save') => [
  { name: FILTER_NAMES[kind], extensions: (mode === 'open' ? OPENED_EXTENSIONS[kind] : [EXTENSIONS[kind]]).map((ext) => ext.slice(1)) },
];
const chosen = (paths: (string | undefined)[]): DialogChoice => {
  const real = paths.filter((p): p is string => Boolean(p));
  return real[0] ? { path: real[0], paths: real } : { cancelled: true };
};

function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const found = rendererFileFor(rendererDir, request.url);
    if ('status' in found) return new Response(found.status === 400 ? 'Bad request' : 'Not found', { status: found.status });
    const response = await net.fetch(pathToFileURL(found.file).toString());
    const headers = new Headers(response.headers);
    Object.entries(SECURITY_HEADERS).forEach(([k, v]) => headers.set(k, v));
    return new Response(response.body, { status: response.status, headers });
  });
}

function createWindow(): void {
  const window = createMainWindow(join(__dirname, 'preload.cjs'));
  mainWindow = window;
  window.on('closed', () => (mainWindow = null));
  installMenu(window);
  // the page asked to stay (unsaved changes): Electron would otherwise just keep the window open
  window.webContents.on('will-prevent-unload', (event) => {
    const t = translator();
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: [t('ui.leave.leave'), t('ui.leave.stay')],
      defaultId: 1,
      cancelId: 1,
      title: t('ui.leave.title'),
      message: t('ui.leave.title'),
      detail: t('ui.leave.body'),
    });
    // preventDefault here lets the close or reload go ahead
    if (choice === 0) event.preventDefault();
  });
  const context: HandlerContext = {
    host: 'electron',
    version: APP_VERSION,
    // recovery copies and the recent list name candidates: for this user's eyes only (0700)
    dataDir: ensurePrivateFolder(app.getPath('userData')),
    documentsDir: app.getPath('documents') || defaultDocumentsDir(),
    now: () => new Date(),
    systemLocales: () => [...app.getPreferredSystemLanguages(), app.getLocale()],
    openAtLaunch: launchFile(process.argv.slice(app.isPackaged ? 1 : 2)) ?? openedByFinder,
    // only files this run exported are opened or shown (handlers check context.exported)
    shell: { open: (path) => shell.openPath(path), showInFolder: (path) => shell.showItemInFolder(path) },
    exported: new Set(),
    dialogs: {
      open: async (kind, multiple) =>
        chosen(
          (
            await dialog.showOpenDialog(window, {
              filters: filters(kind, 'open'),
              properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
            })
          ).filePaths,
        ),
      // the native dialog asks before replacing a file (Linux needs to be told to)
      save: async (kind, suggestedName) =>
        chosen([
          (
            await dialog.showSaveDialog(window, {
              filters: filters(kind, 'save'),
              defaultPath: join(context.documentsDir, suggestedName),
              properties: ['showOverwriteConfirmation'],
            })
          ).filePath,
        ]),
    },
  };
  ipcMain.handle('cxo:invoke', (event, channel: unknown, request: unknown) => {
    // only our own page, in the top frame, may call main
    if (!event.senderFrame || !event.senderFrame.url.startsWith(`${APP_ORIGIN}/`) || event.senderFrame.parent) {
      return { ok: false, problem: { code: 'host.forbidden' } };
    }
    return dispatch(channel, request, context);
  });
  void cleanUpAfterCrash(context);
}
