// The 'export:boardPack' channel end to end through dispatch(): the request schema, the .docx check
// and an atomic write of a pack that opens, with the appendix only when the request asks for it.
import { mkdtemp, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { beforeEach, describe, expect, it } from 'vitest';
import { reviewedProject } from '../../core/testing/review.js';
import type { HandlerContext } from './context.js';
import { dispatch } from './dispatch.js';

let ctx: HandlerContext;
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cxo-board-pack-'));
  ctx = {
    host: 'web',
    version: '0.0.0-test',
    dataDir: dir,
    documentsDir: dir,
    dialogs: null,
    shell: null,
    exported: new Set(),
    openAtLaunch: null,
    now: () => new Date('2026-06-08T12:00:00Z'),
  };
});

const textOf = async (path: string) => (await mammoth.extractRawText({ buffer: await readFile(path) })).value;

describe("'export:boardPack'", () => {
  it('writes the board pack, with the language appendix only when asked', async () => {
    const project = reviewedProject();
    const plain = join(dir, 'pack.docx');
    const full = join(dir, 'pack-appendix.DOCX');
    expect(await dispatch('export:boardPack', { path: plain, project, languageAppendix: false, replace: false }, ctx)).toEqual({
      ok: true,
      value: { path: plain },
    });
    expect(await dispatch('export:boardPack', { path: full, project, languageAppendix: true, replace: false }, ctx)).toEqual({
      ok: true,
      value: { path: full },
    });
    const [a, b] = await Promise.all([textOf(plain), textOf(full)]);
    expect(a).toContain(project.review.versions[1]!.hash);
    expect(a).not.toContain('Appendix: language checks');
    expect(b).toContain('Appendix: language checks');
  });

  it('refuses another extension and a request without the appendix choice', async () => {
    const path = join(dir, 'pack.pdf');
    expect(
      await dispatch('export:boardPack', { path, project: reviewedProject(), languageAppendix: false, replace: false }, ctx),
    ).toMatchObject({
      ok: false,
      problem: { code: 'file.wrongExtension' },
    });
    expect(existsSync(path)).toBe(false);
    expect(
      await dispatch('export:boardPack', { path: join(dir, 'x.docx'), project: reviewedProject(), replace: false }, ctx),
    ).toMatchObject({
      ok: false,
      problem: { code: 'host.badRequest' },
    });
  });
});
