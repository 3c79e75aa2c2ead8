// `npm run web`: serve the app to any browser on loopback. Prints the URL alone on one line; it
// carries this launch's key, without which the host answers nothing (host-key.ts).
import { join } from 'node:path';
import { defaultDataDir, defaultDocumentsDir } from '../files/app-paths.js';
import { createWebHost } from './host.js';
import { launchUrl } from './host-key.js';
import type { HandlerContext } from '../handlers/context.js';
import { cleanUpAfterCrash } from '../files/startup.js';
import { APP_VERSION } from '../handlers/version.js';
import { launchFile } from '../files/launch-file.js';

const requested = process.env.PORT ? Number(process.env.PORT) : 0;
if (!Number.isInteger(requested) || requested < 0 || requested > 65535) {
  console.error(`PORT must be a whole number from 0 to 65535, not "${process.env.PORT}".`);
  process.exit(2);
}

const rendererDir = process.env.CXO_RENDERER_DIR ?? join(__dirname, '..', 'renderer');
const context: HandlerContext = {
  host: 'web',
  version: APP_VERSION,
  dataDir: defaultDataDir(),
  documentsDir: defaultDocumentsDir(),
  dialogs: null,
  shell: null,
  exported: new Set(),
  openAtLaunch: launchFile(process.argv.slice(2)),
  now: () => new Date(),
};
const { server, key } = createWebHost(rendererDir, context);

server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${requested} is already in use; set PORT to a free one.` : error.message);
  process.exit(1);
});

// clean up first, so a test that starts the host and looks for stray files sees the result
void cleanUpAfterCrash(context).finally(() =>
  server.listen(requested, '127.0.0.1', () => {
    const { port } = server.address() as { port: number };
    console.log(launchUrl(port, key));
  }),
);

const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
