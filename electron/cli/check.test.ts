import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { beforeEach, describe, expect, it } from 'vitest';
import { serializeProject } from '../../core/formats/project.js';
import { submitVersion } from '../../core/review/versions.js';
import { templateProject } from '../../core/testing/roles.js';
import { runCli } from './run.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cxo-cli-check-'));
});

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function projectFile(edit: (p: ReturnType<typeof templateProject>) => void = () => {}) {
  const project = templateProject('cxo');
  edit(project);
  const path = join(dir, 'role.cxorole');
  await writeFile(path, serializeProject(project));
  return path;
}

describe('cxo-studio check', () => {
  it('passes a starter template clean, exit 0', async () => {
    const { code, out } = await run('check', await projectFile());
    expect(code).toBe(0);
    expect(out).toContain('Language score: 100 out of 100');
  });

  it('lists high-severity findings with their suggestions and exits 1', async () => {
    const path = await projectFile((p) => (p.role.responsibilities[0]!.text = 'We want a rockstar ninja who is a digital native'));
    const { code, out } = await run('check', path);
    expect(code).toBe(1);
    expect(out).toMatch(/Fix before publishing · Exclusionary wording · responsibilities\.[\w-]+\.text: “digital native”/);
    expect(out).toContain('“rockstar”');
    const json = await run('check', path, '--json');
    expect(json.code).toBe(1);
    const report = JSON.parse(json.out) as { findings: { match: string; reason: string; kind: string }[] };
    expect(
      report.findings
        .filter((f) => f.kind !== 'gender')
        .map((f) => f.match)
        .sort(),
    ).toEqual(['digital native', 'ninja', 'rockstar']);
    expect(report.findings.every((f) => f.reason.length > 0)).toBe(true);
  });

  it('forgets nothing the user dismissed in the app', async () => {
    const path = await projectFile((p) => (p.role.responsibilities[0]!.text = 'Be our rockstar'));
    const listed = JSON.parse((await run('check', path, '--json')).out) as { findings: { id: string }[] };
    const again = await projectFile((p) => {
      p.role.responsibilities[0]!.text = 'Be our rockstar';
      p.language.dismissed = listed.findings.map((f) => f.id);
    });
    const { code, out } = await run('check', again);
    expect(code).toBe(0);
    expect(out).not.toContain('rockstar');
    expect(out).toContain('No wording problems found.');
  });
});

describe('cxo-studio export --board-pack', () => {
  it('writes the board pack of a project, with the version hash, and refuses a template', async () => {
    const project = submitVersion({ ...templateProject('cco') }, 'Maria', new Date('2026-06-01T10:00:00Z'));
    const path = join(dir, 'role.cxorole');
    await writeFile(path, serializeProject(project));
    const out = join(dir, 'pack.docx');
    const { code } = await run('export', path, '--board-pack', out, '--language-appendix');
    expect(code).toBe(0);
    expect((await mammoth.extractRawText({ path: out })).value).toContain(project.review.versions[0]!.hash);
    expect((await run('export', '--template', 'cxo', '--board-pack', out)).code).toBe(2);
  });
});
