import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serializeProject } from '../../core/formats/project.js';
import { templateProject } from '../../core/testing/roles.js';

// the fault, when set, is what the disk answers: while a temporary file is written, or on the rename
const fault = vi.hoisted(() => ({ code: null as string | null, on: 'write' as 'write' | 'rename' }));
vi.mock('node:fs/promises', async (original) => {
  const real = (await original()) as typeof import('node:fs/promises');
  const simulated = () => Object.assign(new Error(`simulated ${fault.code}`), { code: fault.code });
  return {
    ...real,
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args);
      if (!fault.code || fault.on !== 'write' || !String(args[0]).includes('.cxo-tmp-')) return handle;
      return Object.assign(handle, { writeFile: () => Promise.reject(simulated()) });
    },
    rename: (...args: Parameters<typeof real.rename>) =>
      fault.code && fault.on === 'rename' && !String(args[1]).endsWith('.bak') ? Promise.reject(simulated()) : real.rename(...args),
  };
});

const { backupPath, readProjectFile, readProjectVersion, writeProjectFile } = await import('./project-file.js');

afterEach(() => {
  fault.code = null;
});

async function savedProject() {
  const dir = await mkdtemp(join(tmpdir(), 'cxo-save-'));
  const path = join(dir, 'role.cxorole');
  const first = templateProject('cxo');
  first.role.company.name = 'First';
  await writeFile(path, serializeProject(first));
  const opened = await readProjectVersion(path);
  if (!opened.ok) throw new Error('the fixture did not open');
  return { dir, path, first, fingerprint: opened.value.fingerprint };
}

const second = () => {
  const project = templateProject('cxo');
  project.role.company.name = 'Second';
  return project;
};

describe('saving a project', () => {
  it('keeps the previous version as NAME.cxorole.bak, leaves no temporary file, and returns the new fingerprint', async () => {
    const { dir, path, first, fingerprint } = await savedProject();
    const saved = await writeProjectFile(path, second(), { kind: 'opened', fingerprint });
    expect(saved).toMatchObject({ ok: true, value: { path } });
    expect(await readFile(backupPath(path), 'utf8')).toBe(serializeProject(first));
    expect(await readProjectFile(path)).toEqual({ ok: true, value: second() });
    expect((await readdir(dir)).sort()).toEqual(['role.cxorole', 'role.cxorole.bak']);
    // the next save expects exactly what this one wrote
    const reopened = await readProjectVersion(path);
    expect(saved.ok && reopened.ok && saved.value.fingerprint).toEqual(reopened.ok && reopened.value.fingerprint);
  });

  it.each([
    ['ENOSPC', 'the disk is full'],
    ['EROFS', 'the disk is read-only'],
    ['EACCES', 'permission denied'],
  ])('reports %s clearly and changes nothing, backup included', async (code) => {
    const { dir, path, first, fingerprint } = await savedProject();
    fault.code = code;
    const result = await writeProjectFile(path, templateProject('cco'), { kind: 'opened', fingerprint });
    expect(result).toMatchObject({ ok: false, problem: { code: 'file.notWritable', params: { reason: code } } });
    expect(await readFile(path, 'utf8')).toBe(serializeProject(first));
    expect(await readdir(dir)).toEqual(['role.cxorole']);
  });

  it('says the backup was refreshed when the file itself could not be replaced (never "nothing was changed")', async () => {
    const { path, first, fingerprint } = await savedProject();
    fault.code = 'EIO';
    fault.on = 'rename';
    const result = await writeProjectFile(path, second(), { kind: 'opened', fingerprint });
    fault.on = 'write';
    expect(result).toMatchObject({ ok: false, problem: { code: 'file.notWritableAfterBackup', params: { backup: backupPath(path) } } });
    expect(await readFile(path, 'utf8')).toBe(serializeProject(first));
  });
});

describe('a save never replaces a version the user has not seen', () => {
  it('refuses when another writer changed the file since it was opened, leaving file and backup as they were', async () => {
    const { dir, path, fingerprint } = await savedProject();
    const theirs = templateProject('cxo');
    theirs.hiring.candidates = [{ id: 'c1', name: 'Added by merge', currentRole: 'COO', origin: 'external' }];
    await writeFile(path, serializeProject(theirs));
    expect(await writeProjectFile(path, second(), { kind: 'opened', fingerprint })).toMatchObject({
      ok: false,
      problem: { code: 'file.changedOnDisk', params: { path } },
    });
    expect(await readProjectFile(path)).toEqual({ ok: true, value: theirs });
    expect(await readdir(dir)).toEqual(['role.cxorole']);
    // replacing knowingly is the user's choice, and keeps their version as the backup
    expect((await writeProjectFile(path, second(), { kind: 'replace' })).ok).toBe(true);
    expect(await readFile(backupPath(path), 'utf8')).toBe(serializeProject(theirs));
  });

  it('takes a file touched but not changed (same bytes, new time) as the same version', async () => {
    const { path, fingerprint } = await savedProject();
    await utimes(path, new Date('2030-01-01'), new Date('2030-01-01'));
    expect((await writeProjectFile(path, second(), { kind: 'opened', fingerprint })).ok).toBe(true);
  });

  it('refuses a file deleted since it was opened, and a file that appeared where a new one was to go', async () => {
    const { dir, path, fingerprint } = await savedProject();
    const { unlink } = await import('node:fs/promises');
    await unlink(path);
    expect(await writeProjectFile(path, second(), { kind: 'opened', fingerprint })).toMatchObject({
      ok: false,
      problem: { code: 'file.vanished' },
    });
    const other = join(dir, 'other.cxorole');
    await writeFile(other, serializeProject(templateProject('cco')));
    expect(await writeProjectFile(other, second(), { kind: 'new' })).toMatchObject({ ok: false, problem: { code: 'file.appeared' } });
    expect((await writeProjectFile(join(dir, 'fresh.cxorole'), second(), { kind: 'new' })).ok).toBe(true);
  });
});

describe('targets that are not regular files', () => {
  it('refuses a FIFO, a device, a folder named like a project and a read-only file, touching none', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cxo-odd-'));
    const fifo = join(dir, 'pipe.cxorole');
    execFileSync('mkfifo', [fifo]);
    await mkdir(join(dir, 'folder.cxorole'));
    const locked = join(dir, 'locked.cxorole');
    await writeFile(locked, serializeProject(templateProject()));
    await chmod(locked, 0o444);
    const devFull = join(dir, 'full.cxorole');
    await symlink('/dev/full', devFull);
    const cases: [string, string][] = [
      [fifo, 'file.notRegular'],
      [join(dir, 'folder.cxorole'), 'file.isDirectory'],
      [devFull, 'file.linkTarget'],
    ];
    for (const [path, code] of cases)
      expect(await writeProjectFile(path, second(), { kind: 'replace' }), path).toMatchObject({ ok: false, problem: { code } });
    if (process.getuid?.() !== 0)
      expect(await writeProjectFile(locked, second(), { kind: 'replace' })).toMatchObject({
        ok: false,
        problem: { code: 'file.readOnly' },
      });
    expect((await readdir(dir)).sort()).toEqual(['folder.cxorole', 'full.cxorole', 'locked.cxorole', 'pipe.cxorole']);
  });

  it('follows a link to another project (keeping the link), never to /etc/passwd', async () => {
    const { dir, path, fingerprint } = await savedProject();
    const link = join(dir, 'shortcut.cxorole');
    await symlink(path, link);
    expect((await writeProjectFile(link, second(), { kind: 'opened', fingerprint })).ok).toBe(true);
    expect(await readProjectFile(path)).toEqual({ ok: true, value: second() });
    const passwd = join(dir, 'passwd.cxorole');
    await symlink('/etc/passwd', passwd);
    expect(await readProjectFile(passwd)).toMatchObject({
      ok: false,
      problem: { code: 'file.linkTarget', params: { target: '/etc/passwd' } },
    });
    expect(await writeProjectFile(passwd, second(), { kind: 'replace' })).toMatchObject({
      ok: false,
      problem: { code: 'file.linkTarget' },
    });
  });
});
