// The first step of `npm test`: the end-to-end tests drive Debian's Chromium, and the document
// tests convert exports with LibreOffice and render pages with poppler. On a fresh machine none of
// them is there, so this installs them from Debian where it can (as root, with apt-get), and
// otherwise stops at once, in one line, with the exact command to run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const onPath = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian package → whether this machine already has it. */
const NEEDED = {
  chromium: () => existsSync(chromium),
  'libreoffice-writer-nogui': () => onPath('soffice'),
  'poppler-utils': () => onPath('pdftoppm'),
  // Calibri's metric twin, so LibreOffice lays exported pages out as Word does
  'fonts-crosextra-carlito': () => existsSync('/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf'),
};

const missing = Object.entries(NEEDED)
  .filter(([, present]) => !present())
  .map(([name]) => name);
if (missing.length === 0) process.exit(0);

const install = `apt-get install -y ${missing.join(' ')}`;
const isRoot = process.getuid?.() === 0;
if (!isRoot || !onPath('apt-get')) {
  const how = onPath('apt-get')
    ? `sudo apt-get update && sudo ${install}`
    : `install ${missing.join(', ')} with your system's package manager`;
  console.error(`npm test needs ${missing.join(', ')}: run \`${how}\`, then npm test again.`);
  process.exit(1);
}

console.log(`npm test: installing ${missing.join(', ')} from Debian (needed by the end-to-end and document tests)…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [
  ['update', '-qq'],
  ['install', '-y', '-qq', ...missing],
]) {
  const run = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (run.status !== 0) {
    console.error(
      `npm test could not install ${missing.join(', ')} (apt-get ${args[0]} failed): run \`${install}\` and look at its output.`,
    );
    process.exit(1);
  }
}
const still = Object.entries(NEEDED).filter(([, present]) => !present());
if (still.length) {
  console.error(
    `npm test: apt-get finished but ${still.map(([n]) => n).join(', ')} is still missing: run \`${install}\` and look at its output.`,
  );
  process.exit(1);
}
