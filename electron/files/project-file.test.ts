import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serializeProject } from '../../core/formats/project.js';
import { templateProject } from '../../core/testing/roles.js';

// the fault, when set, is what the disk answers to the next atomic write
const fault = vi.hoisted(() => ({ code: null as string | null }));
vi.mock('write-file-atomic', async (original) => {
  const real = ((await original()) as { default: (...args: unknown[]) => Promise<void> }).default;
  return {
    default: (...args: unknown[]) => {
      if (!fault.code) return real(...args);
      const error = Object.assign(new Error(`simulated ${fault.code}`), { code: fault.code });
      return Promise.reject(error);
    },
  };
});

const { backupPath, readProjectFile, writeProjectFile } = await import('./project-file.js');

afterEach(() => {
  fault.code = null;
});

async function savedProject() {
  const dir = await mkdtemp(join(tmpdir(), 'cxo-save-'));
  const path = join(dir, 'role.cxorole');
  const first = templateProject('cxo');
  first.role.company.name = 'First';
  await writeFile(path, serializeProject(first));
  return { dir, path, first };
}

describe('saving a project', () => {
  it('keeps the previous version as NAME.cxorole.bak and leaves no temporary file', async () => {
    const { dir, path, first } = await savedProject();
    const second = templateProject('cxo');
    second.role.company.name = 'Second';
    expect(await writeProjectFile(path, second)).toEqual({ ok: true, value: { path } });
    expect(await readFile(backupPath(path), 'utf8')).toBe(serializeProject(first));
    expect(await readProjectFile(path)).toEqual({ ok: true, value: second });
    expect((await readdir(dir)).sort()).toEqual(['role.cxorole', 'role.cxorole.bak']);
  });

  it.each([
    ['ENOSPC', 'the disk is full'],
    ['EROFS', 'the disk is read-only'],
    ['EACCES', 'permission denied'],
  ])('reports %s clearly and leaves the original intact', async (code, reason) => {
    const { path, first } = await savedProject();
    fault.code = code;
    const result = await writeProjectFile(path, templateProject('cco'));
    expect(result).toMatchObject({ ok: false, problem: { code: 'file.notWritable', params: { reason } } });
    expect(await readFile(path, 'utf8')).toBe(serializeProject(first));
  });
});
