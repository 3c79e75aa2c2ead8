// Issue 11, item 9: a recovery discard sent right after a save never leaves a stale copy, whether
// the save is still being written when the discard arrives or arrives after it.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { largeProject } from '../testing/large-project.js';
import type { HandlerContext } from './context.js';
import { dispatch } from './dispatch.js';

async function context(): Promise<HandlerContext> {
  const dir = await mkdtemp(join(tmpdir(), 'cxo-order-'));
  return { host: 'web', version: 't', dataDir: dir, documentsDir: dir, dialogs: null, openAtLaunch: null, now: () => new Date() };
}
const listed = async (ctx: HandlerContext) => {
  const result = await dispatch('recovery:list', { session: 'another-session' }, ctx);
  return result.ok ? (result.value as unknown[]).length : -1;
};

describe('one session’s recovery requests', () => {
  it('run in the order sent: a discard right after a large save leaves no copy', async () => {
    const ctx = await context();
    const project = largeProject('A');
    const save = dispatch('recovery:save', { session: 'session-one', seq: 1, path: null, fingerprint: null, project }, ctx);
    const discard = dispatch('recovery:discard', { session: 'session-one', seq: 2 }, ctx);
    await Promise.all([save, discard]);
    expect(await listed(ctx)).toBe(0);
  });

  it('drop a copy that arrives after a discard sent later', async () => {
    const ctx = await context();
    await dispatch('recovery:discard', { session: 'session-one', seq: 5 }, ctx);
    const late = await dispatch(
      'recovery:save',
      { session: 'session-one', seq: 4, path: null, fingerprint: null, project: largeProject('B') },
      ctx,
    );
    expect(late).toMatchObject({ ok: false, problem: { code: 'recovery.superseded' } });
    expect(await listed(ctx)).toBe(0);
    await dispatch('recovery:save', { session: 'session-one', seq: 6, path: null, fingerprint: null, project: largeProject('B') }, ctx);
    expect(await listed(ctx)).toBe(1);
  });
});
