// Serves a built page folder the way `npm run web` serves the app: electron/web/host.ts's
// createWebHost on loopback, here on its own free port with a HandlerContext of throwaway folders.
// The bare baseline page is served the same way, so both pay for the key's one redirect.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWebHost } from '../../electron/web/host.js';
import { launchUrl } from '../../electron/web/host-key.js';
import { APP_VERSION } from '../../electron/handlers/version.js';

export interface Served {
  url: string;
  /** the host's Documents folder, where a row can put files for the page to open */
  documentsDir: string;
  close(): Promise<void>;
}

export async function serve(dir: string): Promise<Served> {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir}/index.html is missing; was it built?`);
  const temp = await mkdtemp(join(tmpdir(), 'cxo-bench-'));
  const { server, key } = createWebHost(dir, {
    host: 'web',
    version: APP_VERSION,
    dataDir: join(temp, 'data'),
    documentsDir: join(temp, 'documents'),
    dialogs: null,
    shell: null,
    exported: new Set(),
    openAtLaunch: null,
    now: () => new Date(),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as { port: number };
  return {
    // the printed address, key and all: the page swaps it for its cookie, as in a real launch
    url: launchUrl(port, key),
    documentsDir: join(temp, 'documents'),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(temp, { recursive: true, force: true });
    },
  };
}
