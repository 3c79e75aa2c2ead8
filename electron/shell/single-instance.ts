// One running app per user: a second launch (a .cxorole double-clicked while the app is open)
// hands its file to the window already open and quits, so two windows never edit one file
// unaware of each other.
import type { App } from 'electron';
import { launchFile } from '../files/launch-file.js';

type LockingApp = Pick<App, 'requestSingleInstanceLock'> & {
  on(event: 'second-instance', listener: (event: unknown, argv: string[], workingDirectory: string) => void): unknown;
};

/** False when another instance holds the lock: this one must quit at once. */
export function claimSingleInstance(app: LockingApp, onSecondLaunch: (file: string | null) => void): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', (_event, argv, workingDirectory) => {
    // argv[0] is the executable; in development argv[1] is the app's folder, which is no project
    onSecondLaunch(launchFile(argv.slice(1), workingDirectory));
  });
  return true;
}
