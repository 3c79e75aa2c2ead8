import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import mammoth from 'mammoth';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './cli.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cxo-cli-'));
});

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cxo-studio', () => {
  it('lists the templates', async () => {
    const { code, out } = await run('templates');
    expect(code).toBe(0);
    expect(out.split('\n')).toHaveLength(4);
    expect(out).toMatch(/^cxo\s+Chief Experience Officer$/m);
  });

  it('writes a new project from a template, validates it, and refuses to overwrite it', async () => {
    const file = join(dir, 'role.cxorole');
    expect((await run('new', '--template', 'cco', file)).code).toBe(0);
    const validated = await run('validate', file);
    expect(validated).toMatchObject({ code: 0 });
    expect(validated.out.split('\n')).toHaveLength(1);
    expect((await run('new', '--template', 'cco', file)).code).toBe(1);
    expect((await run('new', '--template', 'cco', file, '--force')).code).toBe(0);
  });

  it('names each bad field of an invalid file and exits 1', async () => {
    const file = join(dir, 'bad.cxorole');
    expect((await run('new', '--template', 'cxo', file)).code).toBe(0);
    const project = JSON.parse(await readFile(file, 'utf8'));
    project.role.company.name = 'x'.repeat(500);
    project.role.context.reportingLine = 'cfo';
    delete project.role.title;
    await writeFile(file, JSON.stringify(project));
    const { code, err } = await run('validate', file);
    expect(code).toBe(1);
    expect(err).toContain('role.company.name: is longer than 120 characters');
    expect(err).toContain('role.context.reportingLine: must be one of: ceo, coo, cmo, chro, other');
    expect(err).toContain('role.title: is missing');
  });

  it('says clearly when a file is not JSON or does not exist', async () => {
    const file = join(dir, 'broken.cxorole');
    await writeFile(file, '{"schemaVersion": 1, "role": {');
    expect(await run('validate', file)).toMatchObject({ code: 1, err: expect.stringContaining('not valid JSON') });
    expect(await run('validate', join(dir, 'missing.cxorole'))).toMatchObject({ code: 1, err: expect.stringContaining('There is no file') });
  });

  it('validates template files too', async () => {
    const { code, out } = await run('validate', 'templates/cpo-ex.json');
    expect(code).toBe(0);
    expect(out).toContain('a valid CXO Role Studio template (cpo-ex)');
  });

  it('exports a job description from a project file and from a template', async () => {
    const file = join(dir, 'role.cxorole');
    await run('new', '--template', 'culture', file);
    const fromFile = join(dir, 'from-file.docx');
    const fromTemplate = join(dir, 'from-template.docx');
    expect((await run('export', file, '--jd', fromFile)).code).toBe(0);
    expect((await run('export', '--template', 'cxo', '--jd', fromTemplate)).code).toBe(0);
    expect((await mammoth.extractRawText({ path: fromFile })).value).toContain('Chief Culture Officer');
    expect((await mammoth.extractRawText({ path: fromTemplate })).value).toContain('Chief Experience Officer');
  });

  it('exits 2 with the usage on a mistyped command', async () => {
    for (const argv of [['frobnicate'], ['export', '--template', 'cxo'], ['export', '--jd', 'x.docx'], ['new', '--bogus'], []]) {
      const { code, err, out } = await run(...argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(err + out).toContain('Usage:');
    }
  });

  it('exits 1 for an unknown template', async () => {
    expect(await run('export', '--template', 'cfo', '--jd', join(dir, 'x.docx'))).toMatchObject({ code: 1, err: expect.stringContaining('no template called “cfo”') });
  });

  it('runs as the installed bin, with real exit codes', async () => {
    const exec = promisify(execFile);
    const { stdout } = await exec(process.execPath, ['bin/cxo-studio.mjs', 'templates']);
    expect(stdout).toContain('cpo-ex');
    await expect(exec(process.execPath, ['bin/cxo-studio.mjs', 'validate', join(dir, 'nope.cxorole')])).rejects.toMatchObject({ code: 1 });
  }, 30_000);
});
