// Issue 11, item 9: the data folder and what the app writes into it are this user's alone, and a
// file the user saves keeps the permissions it had.
import { chmod, mkdir, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateProject } from '../../core/testing/roles.js';
import type { HandlerContext } from '../handlers/context.js';
import { dispatch } from '../handlers/dispatch.js';
import { ensurePrivateFolder } from './private-folder.js';
import { cleanUpAfterCrash } from './startup.js';
import { writeFileSafely } from './safe-write.js';

const mode = async (path: string) => (await stat(path)).mode & 0o777;
const posix = process.platform !== 'win32';

describe.runIf(posix)('permissions', () => {
  it('makes the data folder 0700 and, at start, tightens files an older version left readable', async () => {
    const root = await mkdtemp(join(tmpdir(), 'cxo-private-'));
    const data = join(root, 'data');
    await mkdir(data, { mode: 0o755 });
    await chmod(data, 0o755);
    await writeFile(join(data, 'recent-files.json'), '[]', { mode: 0o644 });
    await chmod(join(data, 'recent-files.json'), 0o644);
    // the real start-up of either shell: the folder as the web host's entry makes it, then the clean-up
    ensurePrivateFolder(data);
    await cleanUpAfterCrash({
      host: 'web',
      version: 't',
      dataDir: data,
      documentsDir: root,
      dialogs: null,
      openAtLaunch: null,
      now: () => new Date(),
    });
    expect(await mode(data)).toBe(0o700);
    expect(await mode(join(data, 'recent-files.json'))).toBe(0o600);
  });

  it('writes recovery copies and the recent list 0600 in a 0700 folder', async () => {
    const data = ensurePrivateFolder(join(await mkdtemp(join(tmpdir(), 'cxo-private-')), 'data'));
    const ctx: HandlerContext = {
      host: 'web',
      version: 't',
      dataDir: data,
      documentsDir: data,
      dialogs: null,
      openAtLaunch: null,
      now: () => new Date(),
    };
    const project = templateProject();
    await dispatch('recovery:save', { session: 'session-one', seq: 1, path: null, fingerprint: null, project }, ctx);
    await dispatch('project:save', { path: join(data, 'role.cxorole'), project, expected: { kind: 'new' } }, ctx);
    expect(await mode(join(data, 'recovery'))).toBe(0o700);
    expect(await mode(join(data, 'recovery', 'session-one.json'))).toBe(0o600);
    expect(await mode(join(data, 'recent-files.json'))).toBe(0o600);
  });

  it('keeps the permissions of a file it replaces, and is private while writing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cxo-modes-'));
    const shared = join(dir, 'shared.docx');
    await writeFile(shared, 'old');
    await chmod(shared, 0o640);
    expect((await writeFileSafely(shared, 'new', { extensions: ['.docx'] })).ok).toBe(true);
    expect(await mode(shared)).toBe(0o640);
    expect(await readFile(shared, 'utf8')).toBe('new');
  });
});

describe('creating without replacing', () => {
  it('refuses a file that is already there, and writes one that is not', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cxo-create-'));
    const path = join(dir, 'jd.docx');
    await writeFile(path, 'theirs');
    expect(await writeFileSafely(path, 'mine', { extensions: ['.docx'], createOnly: true })).toMatchObject({
      ok: false,
      problem: { code: 'file.exists' },
    });
    expect(await readFile(path, 'utf8')).toBe('theirs');
    expect((await writeFileSafely(join(dir, 'new.docx'), 'mine', { extensions: ['.docx'], createOnly: true })).ok).toBe(true);
  });
});
