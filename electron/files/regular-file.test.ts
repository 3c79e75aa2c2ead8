// Issue 11, items 5 and 7: only regular files are read, never past their limit, and their bytes
// must be strict UTF-8. Every case here returned, hung or misread on main before.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeProject } from '../../core/formats/project.js';
import { syntheticProject } from '../../core/testing/hiring.js';
import { templateProject } from '../../core/testing/roles.js';
import { readFormatFile } from './read-file.js';
import { readScorecards } from './scorecard-file.js';

const folder = () => mkdtemp(join(tmpdir(), 'cxo-read-'));

describe('reading only regular files', () => {
  it('refuses /dev/zero as a scorecard at once, reading nothing', async () => {
    const dir = await folder();
    await symlink('/dev/zero', join(dir, 'card.json'));
    expect(await readFormatFile('/dev/zero', 'scorecard')).toMatchObject({ ok: false, problem: { code: 'file.notRegular' } });
    expect(await readFormatFile(join(dir, 'card.json'), 'scorecard')).toMatchObject({ ok: false, problem: { code: 'file.linkTarget' } });
  });

  it('refuses a FIFO without waiting for a writer that never comes', async () => {
    const dir = await folder();
    const fifo = join(dir, 'role.cxorole');
    execFileSync('mkfifo', [fifo]);
    expect(await readFormatFile(fifo, 'project')).toMatchObject({
      ok: false,
      problem: { code: 'file.notRegular', params: { path: fifo } },
    });
    const cards = await readScorecards([{ path: fifo }]);
    expect(cards.problems[0]?.problem.code).toBe('file.notRegular');
  });

  it('refuses a file over the limit before reading it', async () => {
    const dir = await folder();
    const big = join(dir, 'big.json');
    await writeFile(big, Buffer.alloc(2 * 1024 * 1024 + 1, 0x20));
    expect(await readFormatFile(big, 'scorecard')).toMatchObject({ ok: false, problem: { code: 'file.tooLarge', params: { limitMb: 2 } } });
  });

  it('opens the largest panel the app saves (1,000 × 10 × 20, about 28 MB) and refuses a project over 64 MB', async () => {
    const dir = await folder();
    const large = join(dir, 'large.cxorole');
    const text = serializeProject(syntheticProject({ candidates: 1000, interviewers: 10, criteria: 20 }));
    expect(Buffer.byteLength(text)).toBeGreaterThan(20 * 1024 * 1024);
    await writeFile(large, text);
    const opened = await readFormatFile(large, 'project');
    expect(opened.ok && opened.value.hiring.scorecards.length).toBe(10_000);
    const huge = join(dir, 'huge.cxorole');
    await writeFile(huge, Buffer.alloc(64 * 1024 * 1024 + 1, 0x20));
    expect(await readFormatFile(huge, 'project')).toMatchObject({ ok: false, problem: { code: 'file.tooLarge', params: { limitMb: 64 } } });
  });

  it('follows a link only to a file of the kind expected, and says when it leads nowhere', async () => {
    const dir = await folder();
    const real = join(dir, 'real.cxorole');
    await writeFile(real, serializeProject(templateProject()));
    await symlink(real, join(dir, 'link.cxorole'));
    await symlink('/etc/passwd', join(dir, 'passwd.cxorole'));
    await symlink(join(dir, 'gone.cxorole'), join(dir, 'dangling.cxorole'));
    expect((await readFormatFile(join(dir, 'link.cxorole'), 'project')).ok).toBe(true);
    expect(await readFormatFile(join(dir, 'passwd.cxorole'), 'project')).toMatchObject({ ok: false, problem: { code: 'file.linkTarget' } });
    expect(await readFormatFile(join(dir, 'dangling.cxorole'), 'project')).toMatchObject({
      ok: false,
      problem: { code: 'file.brokenLink' },
    });
  });

  it('says which it is: a folder, a missing folder, a missing file, a NUL in the path', async () => {
    const dir = await folder();
    await mkdir(join(dir, 'x.cxorole'));
    expect(await readFormatFile(join(dir, 'x.cxorole'), 'project')).toMatchObject({ ok: false, problem: { code: 'file.isDirectory' } });
    expect(await readFormatFile(join(dir, 'nowhere', 'x.cxorole'), 'project')).toMatchObject({
      ok: false,
      problem: { code: 'file.folderNotFound', params: { folder: join(dir, 'nowhere') } },
    });
    expect(await readFormatFile(join(dir, 'none.cxorole'), 'project')).toMatchObject({ ok: false, problem: { code: 'file.notFound' } });
    expect(await readFormatFile(join(dir, 'a\u0000b.cxorole'), 'project')).toMatchObject({ ok: false, problem: { code: 'file.badPath' } });
  });
});

describe('strict UTF-8', () => {
  it('refuses a project with a byte that is no character, instead of turning it into U+FFFD', async () => {
    const dir = await folder();
    const project = templateProject();
    project.role.company.name = 'Caf\u00e9';
    const bytes = Buffer.from(serializeProject(project), 'utf8');
    const at = bytes.indexOf(Buffer.from('Caf\u00e9', 'utf8')) + 3;
    bytes[at] = 0xe9; // Latin-1 é: one lone byte, not UTF-8
    const path = join(dir, 'latin1.cxorole');
    await writeFile(path, bytes);
    expect(await readFormatFile(path, 'project')).toMatchObject({ ok: false, problem: { code: 'file.notUtf8' } });
  });

  it('still reads a byte-order mark and any real character', async () => {
    const dir = await folder();
    const project = templateProject();
    project.role.company.name = 'Ørsted «Тест» 東京 🚀';
    const path = join(dir, 'bom.cxorole');
    await writeFile(path, `\uFEFF${serializeProject(project)}`);
    expect(await readFormatFile(path, 'project')).toMatchObject({
      ok: true,
      value: { role: { company: { name: 'Ørsted «Тест» 東京 🚀' } } },
    });
  });
});
