import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import mammoth from 'mammoth';
import { beforeEach, describe, expect, it } from 'vitest';
import { blankScorecardFile } from '../../core/hiring/exchange.js';
import { sampleHiringProject } from '../../core/testing/hiring.js';
import { templateProject } from '../../core/testing/roles.js';
import type { ScorecardFile } from '../../core/schema/scorecard-file.js';
import { runCli } from './run.js';
import { writeProjectFile } from '../files/project-file.js';

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
    expect(out).toMatch(/^cxo\s+Chief Experience Officer\s+languages: en(, [a-z]{2})*$/m);
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
    expect(err).toContain('role.context.reportingLine: must be one of: unspecified, ceo, coo, cmo, chro, other');
    expect(err).toContain('role.title: is missing');
  });

  it('says clearly when a file is not JSON or does not exist', async () => {
    const file = join(dir, 'broken.cxorole');
    await writeFile(file, '{"schemaVersion": 1, "role": {');
    expect(await run('validate', file)).toMatchObject({ code: 1, err: expect.stringContaining('not valid JSON') });
    expect(await run('validate', join(dir, 'missing.cxorole'))).toMatchObject({
      code: 1,
      err: expect.stringContaining('There is no file'),
    });
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

  it('exports the interviewer guide from a project file and from a template', async () => {
    const file = join(dir, 'role.cxorole');
    expect((await writeProjectFile(file, sampleHiringProject(), { kind: 'replace' })).ok).toBe(true);
    const fromFile = join(dir, 'rubric.docx');
    const fromTemplate = join(dir, 'cco-rubric.docx');
    expect(await run('export', file, '--rubric', fromFile)).toMatchObject({
      code: 0,
      out: `Wrote the interviewer guide and blank scorecards to ${fromFile}.`,
    });
    expect((await run('export', '--template', 'cco', '--rubric', fromTemplate)).code).toBe(0);
    const guide = (await mammoth.extractRawText({ path: fromFile })).value;
    for (const name of ['Ana Souza', 'Ben Okafor', 'Chloé Dubois']) expect(guide).toContain(`Scorecard: ${name}`);
    const generic = (await mammoth.extractRawText({ path: fromTemplate })).value;
    expect(generic).toContain('Chief Customer Officer');
    expect(generic).toMatch(/^Scorecard$/m); // a template has no interviewers: one generic card
  });

  it('writes the job description, the guide and the results in one call', async () => {
    const file = join(dir, 'role.cxorole');
    await writeProjectFile(file, sampleHiringProject(), { kind: 'replace' });
    const [jd, rubric, results] = ['jd.docx', 'rubric.docx', 'results.docx'].map((name) => join(dir, name));
    const { code, out } = await run('export', file, '--jd', jd!, '--rubric', rubric!, '--results', results!);
    expect(code).toBe(0);
    expect(out.split('\n')).toHaveLength(3);
    expect((await mammoth.extractRawText({ path: jd! })).value).toContain('Key responsibilities');
    expect((await mammoth.extractRawText({ path: rubric! })).value).toContain('How to rate');
    const text = (await mammoth.extractRawText({ path: results! })).value;
    for (const name of ['Maria Kowalska', 'James Whitfield', 'Noor Haddad']) expect(text).toContain(name);
  });

  it('says there is nothing to report for a project without candidates, writes nothing and exits 1', async () => {
    const file = join(dir, 'empty.cxorole');
    await writeProjectFile(file, templateProject('cco'), { kind: 'replace' });
    const out = join(dir, 'empty-results.docx');
    const { code, err } = await run('export', file, '--results', out);
    expect(code).toBe(1);
    expect(err).toContain('This project has no candidates, so there are no results to export.');
    await expect(readFile(out)).rejects.toThrow();
  });

  it('refuses results from a template: a usage error, exit 2', async () => {
    const { code, err } = await run('export', '--template', 'cxo', '--results', join(dir, 'r.docx'));
    expect(code).toBe(2);
    expect(err).toContain('--results needs a project file');
    expect(err).toContain('Usage:');
  });

  it('exits 2 with the usage on a mistyped command', async () => {
    for (const argv of [
      ['frobnicate'],
      ['export', '--template', 'cxo'],
      ['export', '--jd', 'x.docx'],
      ['new', '--bogus'],
      ['merge', 'role.cxorole'],
      [],
    ]) {
      const { code, err, out } = await run(...argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(err + out).toContain('Usage:');
    }
  });

  it('exits 1 for an unknown template', async () => {
    expect(await run('export', '--template', 'cfo', '--jd', join(dir, 'x.docx'))).toMatchObject({
      code: 1,
      err: expect.stringContaining('no template called “cfo”'),
    });
  });

  it('runs as the installed bin, with real exit codes', async () => {
    const exec = promisify(execFile);
    const { stdout } = await exec(process.execPath, ['bin/cxo-studio.mjs', 'templates']);
    expect(stdout).toContain('cpo-ex');
    await expect(exec(process.execPath, ['bin/cxo-studio.mjs', 'validate', join(dir, 'nope.cxorole')])).rejects.toMatchObject({ code: 1 });
  }, 30_000);
});

describe('cxo-studio merge', () => {
  const project = sampleHiringProject();
  const cardFile = (candidateId: string, interviewerId: string, edit: (card: ScorecardFile) => void = () => {}) => {
    const card = blankScorecardFile(project, candidateId, interviewerId, new Date('2026-03-04T09:00:00Z'))!;
    edit(card);
    return card;
  };
  async function setUp() {
    const role = join(dir, 'role.cxorole');
    await writeProjectFile(role, project, { kind: 'replace' });
    const write = async (name: string, content: unknown) => {
      const path = join(dir, name);
      await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
      return path;
    };
    return {
      role,
      // Noor has no scorecards yet: Ana's is new
      added: await write(
        'noor-ana.json',
        cardFile('noor', 'ana', (c) => {
          c.scorecard.status = 'submitted';
          c.scorecard.ratings.forEach((r) => (r.rating = 4));
          c.scorecard.recommendation = 'yes';
        }),
      ),
      // Maria's card from Ana, exactly as the project has it
      duplicate: await write('maria-ana.json', cardFile('maria', 'ana')),
      // James's card from Ben, with a different first rating and recommendation
      conflict: await write(
        'james-ben.json',
        cardFile('james', 'ben', (c) => {
          c.scorecard.ratings[0]!.rating = 3;
          c.scorecard.ratings[0]!.evidence = 'On reflection, a solid journey-mapping example.';
          c.scorecard.recommendation = 'yes';
        }),
      ),
      unknown: await write(
        'ghost.json',
        cardFile('noor', 'chloe', (c) => {
          c.candidate.id = 'ghost';
          c.scorecard.candidateId = 'ghost';
        }),
      ),
      invalid: await write(
        'broken.json',
        cardFile('noor', 'ben', (c) => {
          (c.scorecard.ratings[0] as { rating: number }).rating = 9;
          (c.scorecard as { status: string }).status = 'done';
        }),
      ),
      notJson: await write('notes.json', 'these are my notes, not a scorecard'),
    };
  }
  const saved = async (role: string) => JSON.parse(await readFile(role, 'utf8')) as typeof project;
  const card = (p: typeof project, candidateId: string, interviewerId: string) =>
    p.hiring.scorecards.find((s) => s.candidateId === candidateId && s.interviewerId === interviewerId);

  it('adds new cards, skips duplicates, and leaves conflicts, unknown and invalid files unmerged with exit 1', async () => {
    const f = await setUp();
    const { code, out } = await run('merge', f.role, f.added, f.duplicate, f.conflict, f.unknown, f.invalid, f.notJson);
    expect(code).toBe(1);
    expect(out).toContain(`${f.added}: added (Noor Haddad, interviewed by Ana Souza).`);
    expect(out).toContain(`${f.duplicate}: the project already has this scorecard; skipped.`);
    expect(out).toContain(
      `${f.conflict}: differs from the scorecard the project already has for James Whitfield, interviewed by Ben Okafor; left unmerged.`,
    );
    expect(out).toContain(
      `${f.unknown}: is for Noor Haddad, interviewed by Chloé Dubois, but this project has no such candidate or interviewer; skipped.`,
    );
    expect(out).toContain(`${f.invalid}: is not a scorecard this app can read; skipped:`);
    expect(out).toMatch(/scorecard\.ratings\[0\]\.rating: is above 5/);
    expect(out).toMatch(/scorecard\.status: must be one of: draft, submitted/);
    expect(out).toContain(`${f.notJson}: is not a scorecard this app can read; skipped:`);
    expect(out).toContain('Saved');
    // the conflict, side by side: the differing criterion and recommendation are starred
    const lines = out.split('\n');
    const table = lines.slice(lines.findIndex((l) => l.startsWith(`${f.conflict}:`)) + 1);
    expect(table[0]).toMatch(/Criterion\s+In the project\s+In this file/);
    expect(table.find((l) => l.startsWith('   * Deep knowledge'))).toMatch(/1 · “Could not name one.*3 · “On reflection/);
    expect(table.find((l) => l.includes('Recommendation'))).toMatch(/^ {3}\* Recommendation\s+No\s+Yes$/);
    expect(table.find((l) => l.includes('A thorough understanding'))).toMatch(/^ {5}A thorough/);

    const after = await saved(f.role);
    expect(card(after, 'noor', 'ana')?.recommendation).toBe('yes');
    expect(card(after, 'james', 'ben')?.recommendation).toBe('no'); // untouched
    expect(after.hiring.scorecards).toHaveLength(project.hiring.scorecards.length + 1);
    expect((await run('validate', f.role)).code).toBe(0);
  });

  it('settles conflicts with the incoming card under --keep-incoming, and exits 0 when everything merged', async () => {
    const f = await setUp();
    const { code, out } = await run('merge', f.role, f.conflict, f.duplicate, '--keep-incoming');
    expect(code).toBe(0);
    expect(out).toContain(
      `${f.conflict}: differed from the project's scorecard for James Whitfield, interviewed by Ben Okafor; replaced it with this file's version (--keep-incoming).`,
    );
    const after = await saved(f.role);
    expect(card(after, 'james', 'ben')).toMatchObject({ recommendation: 'yes', id: card(project, 'james', 'ben')!.id });
    expect(after.hiring.scorecards).toHaveLength(project.hiring.scorecards.length);
  });

  it('writes nothing when nothing is new', async () => {
    const f = await setUp();
    const before = await readFile(f.role, 'utf8');
    const { code, out } = await run('merge', f.role, f.duplicate, f.conflict);
    expect(code).toBe(1); // the conflict is still there to settle
    expect(out).toContain(`Nothing new to merge; ${f.role} was left untouched (1 already there, 1 left to settle).`);
    expect(await readFile(f.role, 'utf8')).toBe(before);
    expect((await run('merge', f.role, f.duplicate)).code).toBe(0);
  });

  it('says which project could not be read', async () => {
    const f = await setUp();
    expect(await run('merge', join(dir, 'missing.cxorole'), f.added)).toMatchObject({
      code: 1,
      err: expect.stringContaining('There is no file'),
    });
  });
});
