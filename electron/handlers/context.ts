import type { DialogChoice, FileKind } from '../../core/contract.js';

/** Native file dialogs: only the Electron shell has them; the browser host's renderer draws its own. */
export interface NativeDialogs {
  open(kind: FileKind, multiple: boolean): Promise<DialogChoice>;
  save(kind: FileKind, suggestedName: string): Promise<DialogChoice>;
}

/** Opening a file the app wrote, in the desktop's own way: only the Electron shell can. */
export interface DesktopShell {
  /** resolves to an error message, empty on success (Electron's shell.openPath) */
  open(path: string): Promise<string>;
  showInFolder(path: string): void;
}

/** What the handlers need from whichever shell hosts them: the same handler code serves both. */
export interface HandlerContext {
  host: 'electron' | 'web';
  version: string;
  /** the app's own folder for recent files and recovery copies; never the user's documents */
  dataDir: string;
  /** where file dialogs start */
  documentsDir: string;
  dialogs: NativeDialogs | null;
  /** Electron's shell, to open an exported file or show it in its folder; absent elsewhere */
  shell?: DesktopShell | null;
  /** the files exported in this run: the only ones shell:open and shell:showInFolder will touch */
  exported?: Set<string>;
  /** the .cxorole file the app was started with, if any */
  openAtLaunch: string | null;
  /** the system's preferred languages, where the shell can tell (Electron); the renderer asks the browser otherwise */
  systemLocales?: () => readonly string[];
  /** injected so exports are reproducible in tests */
  now: () => Date;
}
