// npm run web: build, then serve the app on loopback. The host prints its URL alone on one line.
import { spawn } from 'node:child_process';

const build = spawn(process.execPath, ['scripts/build.mjs', '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
build.on('exit', (code) => {
  if (code !== 0) process.exit(code ?? 1);
  const host = spawn(process.execPath, ['dist/electron/web.cjs'], { stdio: 'inherit' });
  const forward = (signal) => host.kill(signal);
  process.on('SIGTERM', forward);
  process.on('SIGINT', forward);
  host.on('exit', (status) => process.exit(status ?? 0));
});
