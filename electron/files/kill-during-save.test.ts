// Kill during save: a child process saves two large projects in a loop and is killed with SIGKILL
// at random moments, hundreds of times. The file must always parse and equal one of the two, and
// the next start must clear the temporary files the kills left behind.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../core/formats/project.js';
import { largeProject } from '../testing/large-project.js';
import { removeStrayTempFiles } from './stray-temp.js';
import { backupPath } from './project-file.js';

const KILLS = Number(process.env.KILLS ?? 200);
const dir = mkdtempSync(join(tmpdir(), 'cxo-kill-'));
const child = join(dir, 'save-loop.cjs');
const target = join(dir, 'role.cxorole');

beforeAll(async () => {
  await build({
    entryPoints: ['electron/testing/save-loop.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: child,
    logLevel: 'error',
  });
});

function runAndKill(afterMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, target], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    proc.stdout.once('data', () => setTimeout(() => proc.kill('SIGKILL'), afterMs));
    proc.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`save loop ended on its own: ${stderr}`))));
  });
}

describe('a save killed at a random moment', () => {
  it(`never leaves a torn file, over ${KILLS} kills`, async () => {
    const expected = new Set([JSON.stringify(largeProject('A')), JSON.stringify(largeProject('B'))]);
    let strays = 0;
    for (let i = 0; i < KILLS; i += 1) {
      await runAndKill(Math.floor(Math.random() * 40));
      // the backup exists from the second save on; a kill before it is no reason to have one
      for (const file of [target, backupPath(target)].filter(existsSync)) {
        const loaded = loadProject(readFileSync(file, 'utf8'));
        expect(loaded.ok, `kill ${i}: ${file}`).toBe(true);
        if (loaded.ok) expect(expected.has(JSON.stringify(loaded.value)), `kill ${i}: ${file} is neither project`).toBe(true);
      }
      strays += (await removeStrayTempFiles([dir])).length;
      expect(
        readdirSync(dir)
          .filter((n) => n !== 'role.cxorole.bak')
          .sort(),
      ).toEqual(['role.cxorole', 'save-loop.cjs']);
    }
    console.log(`kill-during-save: ${KILLS} kills, ${strays} stray temporary files cleaned, nothing lost`);
  }, 600_000);
});
