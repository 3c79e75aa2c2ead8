// The channels that get files to and from the user another way than a path: documents as bytes for
// a browser download, a project read from its text, the backup of a damaged project, and opening
// an exported file in the desktop (only files this run exported).
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { serializeProject } from '../../core/formats/project.js';
import { sampleHiringProject } from '../../core/testing/hiring.js';
import { templateProject } from '../../core/testing/roles.js';
import type { HandlerContext } from './context.js';
import { dispatch } from './dispatch.js';

let ctx: HandlerContext;
let dir: string;
const opened: string[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cxo-way-out-'));
  opened.length = 0;
  ctx = {
    host: 'electron',
    version: '0.0.0-test',
    dataDir: dir,
    documentsDir: dir,
    dialogs: null,
    shell: { open: async (path) => (opened.push(path), ''), showInFolder: (path) => void opened.push(`folder:${path}`) },
    exported: new Set(),
    openAtLaunch: null,
    now: () => new Date('2026-05-01T10:00:00Z'),
  };
});

describe('documents as bytes', () => {
  it.each(['jd', 'rubric', 'results', 'boardPack'] as const)('makes the %s as DOCX bytes', async (document) => {
    // results need candidates to report on
    const project = document === 'results' ? sampleHiringProject() : templateProject('cxo');
    const request =
      document === 'jd'
        ? { document, role: project.role }
        : document === 'boardPack'
          ? { document, project, languageAppendix: false }
          : { document, project };
    const result = await dispatch('export:bytes', request, ctx);
    expect(result.ok).toBe(true);
    const bytes = Buffer.from((result as { value: { base64: string } }).value.base64, 'base64');
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('refuses results of nobody, as an export to disk does, instead of an empty document', async () => {
    const result = await dispatch('export:bytes', { document: 'results', project: templateProject('cxo') }, ctx);
    expect(result).toMatchObject({ ok: false, problem: { code: 'export.noCandidates' } });
  });

  it('makes an interviewer’s scorecard pack and a debrief agenda, and says when a pack would hold nobody', async () => {
    const project = sampleHiringProject();
    const interviewerId = project.hiring.interviewers[0]!.id;
    const candidateIds = [project.hiring.candidates[0]!.id];
    for (const request of [
      { document: 'scorecardPack' as const, project, interviewerId, candidateIds },
      { document: 'debrief' as const, project },
    ]) {
      const result = await dispatch('export:bytes', request, ctx);
      if (!result.ok) throw new Error(result.problem.code);
      const { base64 } = result.value as { base64: string };
      expect(Buffer.from(base64, 'base64').subarray(0, 2).toString('latin1')).toBe('PK');
    }
    const nobody = { ...project, hiring: { ...project.hiring, candidates: [] } };
    expect(await dispatch('export:bytes', { document: 'scorecardPack', project: nobody, interviewerId }, ctx)).toMatchObject({
      ok: false,
      problem: { code: 'pack.nothingToPack' },
    });
  });
});

describe('projects another way', () => {
  it('reads a project from its text, and says what a file that is not one is', async () => {
    const project = templateProject('cco');
    expect(await dispatch('project:parse', { name: 'a.cxorole', text: serializeProject(project) }, ctx)).toEqual({
      ok: true,
      value: { project },
    });
    expect(await dispatch('project:parse', { name: 'a.cxorole', text: '%PDF-1.4' }, ctx)).toMatchObject({
      ok: false,
      problem: { code: 'foreign.project.pdf' },
    });
  });

  it('offers the backup of a damaged project only when the backup reads, and opens it under the project’s path', async () => {
    const path = join(dir, 'role.cxorole');
    await writeFile(path, '{"schemaVersion": 4, "role": ');
    expect(await dispatch('project:open', { path }, ctx)).toMatchObject({ ok: false, problem: { code: 'file.notJson' } });
    expect(JSON.stringify(await dispatch('project:open', { path }, ctx))).not.toContain('backup');
    await writeFile(`${path}.bak`, serializeProject(templateProject('cxo')));
    expect(await dispatch('project:open', { path }, ctx)).toMatchObject({ ok: false, problem: { params: { backup: `${path}.bak` } } });
    expect(await dispatch('project:openBackup', { path }, ctx)).toMatchObject({ ok: true, value: { path } });
  });
});

describe('opening an exported file', () => {
  it('opens and shows only files this run exported', async () => {
    const path = join(dir, 'jd.docx');
    expect(await dispatch('shell:open', { path }, ctx)).toMatchObject({ ok: false, problem: { code: 'shell.notExported' } });
    expect(await dispatch('export:jd', { path, role: templateProject('cxo').role, replace: false }, ctx)).toMatchObject({ ok: true });
    expect(await dispatch('shell:open', { path }, ctx)).toEqual({ ok: true, value: null });
    expect(await dispatch('shell:showInFolder', { path }, ctx)).toEqual({ ok: true, value: null });
    expect(opened).toEqual([path, `folder:${path}`]);
    expect(await dispatch('shell:open', { path: '/bin/sh' }, ctx)).toMatchObject({ ok: false, problem: { code: 'shell.notExported' } });
  });

  it('says so where the host cannot open files (the browser host)', async () => {
    ctx.shell = null;
    expect(await dispatch('shell:open', { path: join(dir, 'x.docx') }, ctx)).toMatchObject({
      ok: false,
      problem: { code: 'shell.unavailable' },
    });
  });
});
