// Hostile and careless paths across the contract: each one refused in words, or made plain, and
// never a file created where nobody meant one.
import { chmod, mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { serializeProject } from '../../core/formats/project.js';
import { templateProject } from '../../core/testing/roles.js';
import type { HandlerContext } from './context.js';
import { dispatch } from './dispatch.js';

let ctx: HandlerContext;
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cxo-paths-'));
  ctx = {
    host: 'web',
    version: 't',
    dataDir: join(dir, 'data'),
    documentsDir: dir,
    dialogs: null,
    openAtLaunch: null,
    now: () => new Date(),
  };
  await mkdir(ctx.dataDir);
});

const save = (path: string) => dispatch('project:save', { path, project: templateProject(), expected: { kind: 'new' } }, ctx);
const rootUser = process.getuid?.() === 0;

describe('paths over the contract', () => {
  it('refuses a relative path, a Windows path on this system and a NUL, creating nothing', async () => {
    const cwd = await readdir(process.cwd());
    const relative = process.platform === 'win32' ? 'file.notAbsoluteWindows' : 'file.notAbsolute';
    for (const [path, code] of [
      ['role.cxorole', relative],
      ['C:\\Users\\ana\\role.cxorole', relative],
      [join(dir, 'ro\u0000le.cxorole'), 'file.badPath'],
      [join(dir, 'line\nbreak.cxorole'), 'file.badPath'],
    ] as const) {
      if (path.startsWith('C:') && process.platform === 'win32') continue;
      expect(await save(path), path).toMatchObject({ ok: false, problem: { code } });
      expect(await dispatch('project:open', { path }, ctx), path).toMatchObject({ ok: false, problem: { code } });
    }
    expect(await readdir(process.cwd())).toEqual(cwd);
  });

  it('makes `..` plain: the file is saved and reported where it really is', async () => {
    await mkdir(join(dir, 'sub'));
    const saved = await save(join(dir, 'sub', '..', 'role.cxorole'));
    expect(saved).toMatchObject({ ok: true, value: { path: join(dir, 'role.cxorole') } });
    expect(await dispatch('project:open', { path: join(dir, 'sub', '..', 'role.cxorole') }, ctx)).toMatchObject({
      ok: true,
      value: { path: join(dir, 'role.cxorole') },
    });
  });

  it('says a folder named like a project is a folder, for opening and for saving', async () => {
    await mkdir(join(dir, 'x.cxorole'));
    expect(await dispatch('project:open', { path: join(dir, 'x.cxorole') }, ctx)).toMatchObject({
      ok: false,
      problem: { code: 'file.isDirectory' },
    });
    expect(await save(join(dir, 'x.cxorole'))).toMatchObject({ ok: false, problem: { code: 'file.isDirectory' } });
    expect(await dispatch('files:probe', { path: join(dir, 'x.cxorole') }, ctx)).toEqual({ ok: true, value: { kind: 'folder' } });
  });

  it.skipIf(rootUser)('names the permission a file or folder lacks', async () => {
    const locked = join(dir, 'locked.cxorole');
    await writeFile(locked, serializeProject(templateProject()));
    await chmod(locked, 0o000);
    expect(await dispatch('project:open', { path: locked }, ctx)).toMatchObject({
      ok: false,
      problem: { code: 'file.notReadable', params: { reason: 'EACCES' } },
    });
    const shut = join(dir, 'shut');
    await mkdir(shut);
    await chmod(shut, 0o500);
    expect(await save(join(shut, 'role.cxorole'))).toMatchObject({
      ok: false,
      problem: { code: 'file.notWritable', params: { reason: 'EACCES' } },
    });
    expect(await readdir(shut)).toEqual([]);
  });
});
