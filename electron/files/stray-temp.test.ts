// Issue 11, item 2: the sweep removes only the app's own temporary files, only at start, only once
// they are old; the user's report.docx.1 and the like are never touched, and opening sweeps nothing.
import { mkdtemp, readdir, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HandlerContext } from '../handlers/context.js';
import { dispatch } from '../handlers/dispatch.js';
import { tempNameFor } from './safe-write.js';
import { cleanUpAfterCrash } from './startup.js';

const USERS_OWN = ['report.docx.1', 'minutes.docx.20240501', 'plan.cxorole.1', 'plan.cxorole.bak.7', '.hidden.cxo-tmp-notes'];
const longAgo = new Date('2020-01-01T00:00:00Z');

async function setUp() {
  const root = await mkdtemp(join(tmpdir(), 'cxo-sweep-'));
  const ctx: HandlerContext = {
    host: 'web',
    version: 'test',
    dataDir: join(root),
    documentsDir: root,
    dialogs: null,
    openAtLaunch: null,
    now: () => new Date(),
  };
  for (const name of USERS_OWN) {
    await writeFile(join(root, name), 'mine');
    await utimes(join(root, name), longAgo, longAgo);
  }
  const old = tempNameFor(join(root, 'role.cxorole'));
  const fresh = tempNameFor(join(root, 'report.docx'));
  await writeFile(old, 'torn');
  await utimes(old, longAgo, longAgo);
  await writeFile(fresh, 'a save still running');
  return { root, ctx, old, fresh };
}

describe('leftover temporary files', () => {
  it('are named as the app names them: hidden, marked, with pid and randomness', () => {
    expect(tempNameFor('/docs/role.cxorole')).toMatch(new RegExp(`^/docs/\\.role\\.cxorole\\.cxo-tmp-${process.pid}-[0-9a-f]{12}$`));
    expect(tempNameFor('/docs/role.cxorole')).not.toBe(tempNameFor('/docs/role.cxorole'));
  });

  it('are removed at start only when old, and the user’s own look-alikes never', async () => {
    const { root, ctx, old, fresh } = await setUp();
    expect(await cleanUpAfterCrash(ctx)).toEqual([old]);
    expect((await readdir(root)).sort()).toEqual([...USERS_OWN, fresh.slice(root.length + 1)].sort());
  });

  it('are not swept by opening a file, even one that does not exist', async () => {
    const { root, ctx, old } = await setUp();
    await dispatch('project:open', { path: join(root, 'does-not-exist.cxorole') }, ctx);
    expect(await readdir(root)).toContain(old.slice(root.length + 1));
    expect(await readdir(root)).toEqual(expect.arrayContaining(USERS_OWN));
  });

  it('spare a link that merely carries such a name, and what it points to', async () => {
    const { root, ctx } = await setUp();
    const precious = join(root, 'precious.cxorole');
    await writeFile(precious, 'keep');
    const link = tempNameFor(join(root, 'x.cxorole'));
    await symlink(precious, link);
    await cleanUpAfterCrash(ctx);
    expect(await readdir(root)).toEqual(expect.arrayContaining(['precious.cxorole', link.slice(root.length + 1)]));
  });
});
