import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateProject } from '../../core/testing/roles.js';
import type { HandlerContext } from '../handlers/context.js';
import { dispatch } from '../handlers/dispatch.js';

async function context(): Promise<HandlerContext> {
  const dir = await mkdtemp(join(tmpdir(), 'cxo-recovery-'));
  return {
    host: 'web',
    version: 'test',
    dataDir: dir,
    documentsDir: dir,
    dialogs: null,
    shell: null,
    exported: new Set(),
    openAtLaunch: null,
    now: () => new Date('2026-07-01T14:32:00Z'),
  };
}

describe('recovery copies', () => {
  it('offers another session’s unsaved work, never a session its own, and forgets it once discarded', async () => {
    const ctx = await context();
    const project = templateProject('cco');
    project.role.company.name = 'Unsaved Ltd';
    expect(
      await dispatch(
        'recovery:save',
        { session: 'crashed-session-1', seq: 1, path: '/docs/role.cxorole', fingerprint: null, project },
        ctx,
      ),
    ).toMatchObject({
      ok: true,
    });
    expect(await dispatch('recovery:list', { session: 'crashed-session-1' }, ctx)).toEqual({ ok: true, value: [] });
    const listed = await dispatch('recovery:list', { session: 'next-session-22' }, ctx);
    expect(listed).toEqual({
      ok: true,
      value: [
        { session: 'crashed-session-1', savedAt: '2026-07-01T14:32:00.000Z', path: '/docs/role.cxorole', fingerprint: null, project },
      ],
    });
    await dispatch('recovery:discard', { session: 'crashed-session-1', seq: 2 }, ctx);
    expect(await dispatch('recovery:list', { session: 'next-session-22' }, ctx)).toEqual({ ok: true, value: [] });
  });

  it('skips a damaged copy rather than offering it', async () => {
    const ctx = await context();
    await dispatch('recovery:save', { session: 'good-session-1', seq: 1, path: null, fingerprint: null, project: templateProject() }, ctx);
    await writeFile(
      join(ctx.dataDir, 'recovery', 'torn-session.json'),
      '{"savedAt":"2026-07-01T14:00:00Z","path":null,"project":{"schemaVer',
    );
    const listed = await dispatch('recovery:list', { session: 'other-session-1' }, ctx);
    expect(listed.ok && (listed.value as { session: string }[]).map((c) => c.session)).toEqual(['good-session-1']);
    expect((await readdir(join(ctx.dataDir, 'recovery'))).sort()).toEqual(['good-session-1.json', 'torn-session.json']);
  });
});
