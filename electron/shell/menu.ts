// The application menu. Edit's Undo and Redo act on the whole project, through the page's own
// history (sent as the 'menu:history' event), never on the browser's per-field undo. Their
// shortcuts are shown but not registered here: the page already handles the keys, and handling
// them twice would undo two steps.
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { translator } from '../../core/i18n/index.js';
import { sendEvent } from './events.js';

export function installMenu(window: BrowserWindow): void {
  const t = translator();
  const send = (direction: 'undo' | 'redo') => () => sendEvent(window.webContents, { name: 'menu:history', payload: { direction } });
  const edit: MenuItemConstructorOptions = {
    label: t('ui.menu.edit'),
    submenu: [
      { label: t('ui.undo.menuUndo'), accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: send('undo') },
      { label: t('ui.undo.menuRedo'), accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false, click: send('redo') },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    { role: 'fileMenu' },
    edit,
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
