import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../core/schema/project.js';
import { templateProject } from '../../core/testing/roles.js';
import type { HandlerContext } from './context.js';
import { dispatch } from './dispatch.js';

let ctx: HandlerContext;
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cxo-handlers-'));
  ctx = {
    host: 'web',
    version: '0.0.0-test',
    dataDir: join(dir),
    documentsDir: dir,
    dialogs: null,
    shell: null,
    exported: new Set(),
    openAtLaunch: null,
    now: () => new Date('2026-05-01T10:00:00Z'),
  };
});

describe('dispatch', () => {
  it('refuses an unknown channel and a payload that fails the schema', async () => {
    expect(await dispatch('fs:rm', {}, ctx)).toMatchObject({ ok: false, problem: { code: 'host.unknownChannel' } });
    expect(await dispatch('__proto__', {}, ctx)).toMatchObject({ ok: false, problem: { code: 'host.unknownChannel' } });
    const bad = await dispatch('project:open', { path: 42, extra: true }, ctx);
    expect(bad).toMatchObject({ ok: false, problem: { code: 'host.badRequest' } });
    expect(JSON.stringify(bad)).toContain('path');
  });

  it('saves, reopens deep-equal, and remembers the file as recent', async () => {
    const project = templateProject('cxo');
    project.role.company.name = 'Ørsted & Søn «Тест»';
    const path = join(dir, 'role.cxorole');
    const saved = await dispatch('project:save', { path, project, expected: { kind: 'new' } }, ctx);
    expect(saved).toMatchObject({
      ok: true,
      value: { path, fingerprint: { size: expect.any(Number), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } },
    });
    expect(await readFile(path, 'utf8')).toMatch(new RegExp(`^\\{\\n {2}"schemaVersion": ${CURRENT_SCHEMA_VERSION},`));
    const opened = await dispatch('project:open', { path }, ctx);
    expect(opened).toEqual({
      ok: true,
      value: { path, project, fingerprint: (saved as { value: { fingerprint: unknown } }).value.fingerprint },
    });
    expect(await dispatch('recent:list', {}, ctx)).toMatchObject({ ok: true, value: [{ path, name: 'role.cxorole' }] });
  });

  it('refuses to save archetype weights that do not sum to 100, and the wrong extension', async () => {
    const project = templateProject('cxo');
    project.role.archetypes.futurist += 1;
    const saved = await dispatch('project:save', { path: join(dir, 'a.cxorole'), project, expected: { kind: 'new' } }, ctx);
    expect(saved).toMatchObject({
      ok: false,
      problem: { code: 'project.invalidToSave', fields: [{ field: 'role.archetypes', code: 'validation.archetypeTotal' }] },
    });
    const wrong = await dispatch('project:save', { path: join(dir, 'a.txt'), project: templateProject(), expected: { kind: 'new' } }, ctx);
    expect(wrong).toMatchObject({ ok: false, problem: { code: 'file.wrongExtension' } });
  });

  it('names the bad field of a corrupted file and leaves it untouched', async () => {
    const path = join(dir, 'bad.cxorole');
    const project = templateProject('cco') as unknown as { role: { context: { scope: string } } };
    project.role.context.scope = 'everything';
    const text = JSON.stringify(project);
    await writeFile(path, text);
    const opened = await dispatch('project:open', { path }, ctx);
    expect(opened).toMatchObject({
      ok: false,
      problem: { code: 'file.invalid', fields: [{ field: 'role.context.scope', code: 'validation.enum' }] },
    });
    expect(await readFile(path, 'utf8')).toBe(text);
  });

  it('reports a missing file and a file that is not JSON', async () => {
    expect(await dispatch('project:open', { path: join(dir, 'none.cxorole') }, ctx)).toMatchObject({
      ok: false,
      problem: { code: 'file.notFound' },
    });
    await writeFile(join(dir, 'half.cxorole'), '{"schemaVersion":1,"ro');
    expect(await dispatch('project:open', { path: join(dir, 'half.cxorole') }, ctx)).toMatchObject({
      ok: false,
      problem: { code: 'file.notJson' },
    });
  });

  it('exports a job description and lists folders with files of one kind', async () => {
    const path = join(dir, 'jd.docx');
    expect(await dispatch('export:jd', { path, role: templateProject().role, replace: false }, ctx)).toEqual({ ok: true, value: { path } });
    await writeFile(join(dir, 'notes.txt'), 'x');
    const listing = await dispatch('files:list', { dir, kind: 'docx' }, ctx);
    expect(listing).toMatchObject({ ok: true, value: { dir, entries: [{ name: 'jd.docx', kind: 'file' }] } });
  });

  it('says native dialogs are unavailable in the browser host', async () => {
    expect(await dispatch('dialog:open', { kind: 'project' }, ctx)).toMatchObject({ ok: false, problem: { code: 'dialog.unavailable' } });
    expect(await dispatch('app:info', {}, ctx)).toMatchObject({
      ok: true,
      value: { host: 'web', nativeDialogs: false, documentsDir: dir },
    });
  });
});
