// Starts the built browser host (dist/electron/web.cjs) on a free loopback port, with its own data
// and documents folders, exactly as `npm run web` does. The URL it prints carries the launch's key;
// `cookie()` swaps it for the cookie a browser would get, for tests that call the host directly.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface RunningHost {
  /** the printed address, key included: what a person opens */
  url: string;
  /** http://127.0.0.1:PORT, without the key */
  origin: string;
  /** the Cookie header a browser sends after opening `url` */
  cookie(): Promise<string>;
  root: string;
  dataDir: string;
  documentsDir: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** `root` reuses the data and documents folders of an earlier host, as a restart after a crash would. */
export async function startHost(root = mkdtempSync(join(tmpdir(), 'cxo-e2e-'))): Promise<RunningHost> {
  const dataDir = join(root, 'data');
  const documentsDir = join(root, 'documents');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(documentsDir, { recursive: true });
  const child = spawn(process.execPath, ['dist/electron/web.cjs'], {
    env: { ...process.env, PORT: '0', CXO_DATA_DIR: dataDir, CXO_DOCUMENTS_DIR: documentsDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    // a host that never printed its URL is stopped here: nobody else holds it to stop it later
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('the web host did not print its URL within 15 s'));
    }, 15_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the web host exited early with code ${code}`));
    });
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      resolve(line.trim());
    });
  });
  const origin = new URL(url).origin;
  return {
    url,
    origin,
    cookie: async () => {
      const response = await fetch(url, { redirect: 'manual' });
      return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    },
    root,
    dataDir,
    documentsDir,
    process: child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
