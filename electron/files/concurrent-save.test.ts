// Two processes saving the same project at once, for a few seconds, while this one reads it over
// and over: every read is one whole version written by one of them, never a mix, and a save that
// finds the other's version on disk just before replacing it is refused rather than overwriting
// it unseen. Both are then killed; the file and its backup still hold whole versions.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { largeProject } from '../testing/large-project.js';
import { backupPath, readProjectFile } from './project-file.js';

const SECONDS = Number(process.env.CONCURRENT_SECONDS ?? 4);
const dir = mkdtempSync(join(tmpdir(), 'cxo-concurrent-'));
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

interface Writer {
  proc: ChildProcess;
  saved: number;
  refused: number;
}

function startWriter(tags: string[]): Writer {
  const proc = spawn(process.execPath, [child, target, ...tags], { stdio: ['ignore', 'pipe', 'inherit'] });
  const writer: Writer = { proc, saved: 0, refused: 0 };
  proc.stdout!.on('data', (d: Buffer) => {
    const last = [...d.toString().matchAll(/saved (\d+) refused (\d+)/g)].pop();
    if (last) [writer.saved, writer.refused] = [Number(last[1]), Number(last[2])];
  });
  return writer;
}

describe('two processes saving one project at once', () => {
  it('always leaves one whole version on disk', async () => {
    const versions = new Set(['A', 'B', 'C', 'D'].map((tag) => JSON.stringify(largeProject(tag))));
    const writers = [startWriter(['A', 'B']), startWriter(['C', 'D'])];
    let reads = 0;
    const until = Date.now() + SECONDS * 1000;
    while (Date.now() < until) {
      const read = await readProjectFile(target);
      // before the first save lands there is nothing to read yet
      if (!read.ok && read.problem.code === 'file.notFound') continue;
      expect(read.ok, JSON.stringify(!read.ok && read.problem)).toBe(true);
      if (read.ok) expect(versions.has(JSON.stringify(read.value))).toBe(true);
      reads += 1;
    }
    await Promise.all(writers.map((w) => new Promise((resolve) => (w.proc.once('exit', resolve), w.proc.kill('SIGKILL')))));
    for (const file of [target, backupPath(target)]) {
      const read = await readProjectFile(file);
      expect(read.ok && versions.has(JSON.stringify(read.value)), file).toBe(true);
    }
    const [a, b] = writers as [Writer, Writer];
    console.log(
      `concurrent saves: ${a.saved + b.saved} saves landed (${a.saved} and ${b.saved}), ${a.refused + b.refused} refused because the other had just saved, ${reads} reads, every one a whole version`,
    );
    expect(a.saved).toBeGreaterThan(0);
    expect(b.saved).toBeGreaterThan(0);
    expect(
      readdirSync(dir)
        .filter((n) => !n.includes('.cxo-tmp-'))
        .sort(),
    ).toEqual(['role.cxorole', 'role.cxorole.bak', 'save-loop.cjs']);
  }, 120_000);
});
