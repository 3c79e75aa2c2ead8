// npm start: the Electron app, or, where Electron's binary is missing (it downloads from outside
// the package registry), the same app in the browser host.
import { spawn } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

const binary = electronBinary();
const build = spawn(process.execPath, ['scripts/build.mjs', '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
build.on('exit', (code) => {
  if (code !== 0) process.exit(code ?? 1);
  if (!binary) {
    console.log("Electron's binary is not installed on this machine, so the app is served to your browser instead:");
  }
  const child = binary
    ? spawn(binary, ['.'], { stdio: 'inherit' })
    : spawn(process.execPath, ['dist/electron/web.cjs'], { stdio: 'inherit' });
  const forward = (signal) => child.kill(signal);
  process.on('SIGTERM', forward);
  process.on('SIGINT', forward);
  child.on('exit', (status) => process.exit(status ?? 0));
});
